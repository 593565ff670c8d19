package org.microcred.badgeclass;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;

@QuarkusTest
class BadgeClassResourceTest {

    private String issuer;
    private String key;

    @BeforeEach
    void setUp() {
        issuer = Api.createIssuer("Badge classes " + System.nanoTime());
        key = Api.createKey(issuer);
    }

    private Map<String, Object> body(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Exit Tickets", "description", "Uses exit tickets",
                "image", "https://example.org/b.png", "criteria", Map.of("narrative", "Submit a video"),
                "contactHours", new BigDecimal("2.5")));
        body.putAll(overrides);
        return body;
    }

    private io.restassured.response.ValidatableResponse create(Map<String, Object> overrides) {
        return as(key).body(body(overrides)).post("/api/v1/issuers/" + issuer + "/badge-classes").then();
    }

    @Test
    void acceptsPngAndSvgDataUris() throws Exception {
        byte[] png;
        try (InputStream in = getClass().getResourceAsStream("/heart.png")) {
            png = in.readAllBytes();
        }
        String pngUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        create(Map.of("image", pngUri)).statusCode(201).body("image", equalTo(pngUri));
        String svg = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".getBytes(StandardCharsets.UTF_8));
        create(Map.of("image", svg)).statusCode(201);
    }

    @Test
    void refusesImagesThatAreNotPngOrSvgOrTooLarge() {
        create(Map.of("image", "data:image/gif;base64,R0lGODlhAQABAAAAACw=")).statusCode(400)
                .body("errors[0].field", equalTo("image"))
                .body("errors[0].reason", containsString("image/png or image/svg+xml"));
        create(Map.of("image", "data:image/png;base64," + Base64.getEncoder().encodeToString("not a png".getBytes())))
                .statusCode(400).body("errors[0].reason", containsString("not a PNG"));
        byte[] big = new byte[300_000];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, big, 0, 8);
        as(key).body(body(Map.of("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(big))))
                .post("/api/v1/issuers/" + issuer + "/badge-classes").then().statusCode(400)
                .body("errors[0].field", equalTo("image"));
        create(Map.of("image", "http://example.org/insecure.png")).statusCode(400)
                .body("errors[0].reason", containsString("https"));
        create(Map.of("image", "data:image/png;base64,%%%")).statusCode(400);
    }

    @Test
    void refusesBadFieldsNamingThem() {
        create(Map.of("contactHours", -1)).statusCode(400).body("errors[0].field", equalTo("contactHours"));
        create(Map.of("contactHours", "five")).statusCode(400).body("errors[0].field", equalTo("contactHours"));
        create(Map.of("contactHours", new BigDecimal("1.234"))).statusCode(400)
                .body("errors[0].field", equalTo("contactHours"));
        create(Map.of("validity", "4 years")).statusCode(400).body("errors[0].field", equalTo("validity"));
        create(Map.of("criteria", Map.of())).statusCode(400).body("errors[0].field", equalTo("criteria"));
        create(Map.of("criteria", Map.of("url", "mailto:x@example.org"))).statusCode(400)
                .body("errors[0].field", equalTo("criteria.url"));
        create(Map.of("alignments", List.of(Map.of("targetName", "T5", "targetUrl", "file:///etc/passwd"))))
                .statusCode(400).body("errors[0].field", equalTo("alignments[0].targetUrl"));
        create(Map.of("alignments", List.of(Map.of("targetUrl", "https://example.org/t5"))))
                .statusCode(400).body("errors[0].field", equalTo("alignments[0].targetName"));
        create(Map.of("tags", "not-a-list")).statusCode(400).body("errors[0].field", equalTo("tags"));
        Map<String, Object> missing = body(Map.of());
        missing.remove("contactHours");
        as(key).body(missing).post("/api/v1/issuers/" + issuer + "/badge-classes").then().statusCode(400)
                .body("errors[0].field", equalTo("contactHours"));
        as(key).get("/api/v1/issuers/" + issuer + "/badge-classes").then().body("total", equalTo(0));
    }

    @Test
    void patchChangesTheBadgeClassButNotHoursAlreadyAwarded() {
        String badge = create(Map.of()).statusCode(201).extract().path("id");
        String awarded = Api.issue(key, badge, "kept@example.org").getString("id");
        as(key).body("{\"contactHours\": 4, \"validity\": \"P1Y\", \"tags\": [\"x\"]}")
                .patch("/api/v1/badge-classes/" + badge).then().statusCode(200)
                .body("contactHours", equalTo(4)).body("validity", equalTo("P1Y")).body("tags", hasSize(1))
                .body("name", equalTo("Exit Tickets"));
        as(key).get("/api/v1/assertions/" + awarded).then().body("contactHours", equalTo(2.5f));
        as(key).body("{\"name\": null}").patch("/api/v1/badge-classes/" + badge).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(key).body("[1, 2]").patch("/api/v1/badge-classes/" + badge).then().statusCode(400);
        as(key).body("{\"contactHours\": \"x\"}").patch("/api/v1/badge-classes/" + badge).then().statusCode(400)
                .body("errors[0].field", equalTo("contactHours"));
    }

    @Test
    void listsAreScopedAndPaginated() {
        for (int i = 0; i < 3; i++) {
            create(Map.of("name", "Badge " + i)).statusCode(201);
        }
        as(key).queryParam("size", 2).get("/api/v1/issuers/" + issuer + "/badge-classes").then().statusCode(200)
                .body("items", hasSize(2)).body("total", equalTo(3)).body("items[0].name", equalTo("Badge 0"));
        as(key).queryParam("size", 2).queryParam("page", 1).get("/api/v1/issuers/" + issuer + "/badge-classes")
                .then().body("items", hasSize(1));
        as(key).queryParam("size", 0).get("/api/v1/issuers/" + issuer + "/badge-classes").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        String other = Api.createIssuer("Other " + System.nanoTime());
        as(key).get("/api/v1/issuers/" + other + "/badge-classes").then().statusCode(404);
    }
}
