package org.microcred.hours;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.microcred.testing.Api.admin;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;

@QuarkusTest
class HoursResourceTest {

    private static final String TEACHER = "hours@example.org";
    private String issuer;
    private String key;
    private String badge;

    @BeforeEach
    void setUp() {
        issuer = Api.createIssuer("Hours " + System.nanoTime());
        key = Api.createKey(issuer);
        badge = Api.createBadgeClass(key, issuer, "Hours badge", "3.25", Map.of("allowDuplicates", true));
    }

    private void award(String issuedOn, String expires) {
        as(key).body(Map.of("recipient", Map.of("type", "email", "identity", TEACHER), "issuedOn", issuedOn,
                        "expires", expires))
                .post("/api/v1/badge-classes/" + badge + "/assertions").then().statusCode(201);
    }

    @Test
    void expiredAwardsStopCountingButCountedWhileTheWindowWasOpen() {
        award("2020-03-01T10:00:00Z", "2021-03-01T10:00:00Z");
        award("2024-03-01T10:00:00Z", "2099-01-01T00:00:00Z");
        as(key).queryParam("recipient", TEACHER).get("/api/v1/recipients/hours").then().statusCode(200)
                .body("totalHours", equalTo(3.25f))
                .body("assertions", hasSize(1))
                .body("excluded", hasSize(1))
                .body("excluded[0].excludedBecause", equalTo("expired"));
        // Judged at the end of a past window, the 2020 award had not yet expired.
        as(key).queryParam("recipient", TEACHER).queryParam("from", "2020-01-01").queryParam("to", "2021-01-01")
                .get("/api/v1/recipients/hours").then().statusCode(200)
                .body("totalHours", equalTo(3.25f))
                .body("evaluatedAt", equalTo("2021-01-01T00:00:00Z"));
        as(key).queryParam("recipient", TEACHER).queryParam("from", "2024-01-01T00:00:00Z")
                .get("/api/v1/recipients/hours").then().body("totalHours", equalTo(3.25f));
        as(key).queryParam("recipient", TEACHER).queryParam("from", "2025-01-01")
                .get("/api/v1/recipients/hours").then().body("totalHours", equalTo(0));
    }

    @Test
    void renewalUsesTheIssuersPolicy() {
        admin().body(Map.of("renewalPolicy", Map.of("requiredHours", 6, "cycleYears", 2)))
                .patch("/api/v1/issuers/" + issuer).then().statusCode(200);
        award("2024-03-01T10:00:00Z", "2099-01-01T00:00:00Z");
        award("2024-06-01T10:00:00Z", "2099-01-01T00:00:00Z");
        award("2026-06-01T10:00:00Z", "2099-01-01T00:00:00Z");
        as(key).queryParam("recipient", TEACHER).queryParam("cycleStart", "2024-01-01")
                .get("/api/v1/recipients/renewal").then().statusCode(200)
                .body("cycleEnd", equalTo("2026-01-01T00:00:00Z"))
                .body("earnedHours", equalTo(6.5f))
                .body("remainingHours", equalTo(0))
                .body("met", equalTo(true))
                .body("assertions", hasSize(2));
        admin().queryParam("recipient", TEACHER).queryParam("cycleStart", "2024-01-01")
                .get("/api/v1/recipients/renewal").then().statusCode(400)
                .body("errors[0].field", equalTo("issuerId"));
        admin().queryParam("recipient", TEACHER).queryParam("cycleStart", "2024-01-01").queryParam("issuerId", issuer)
                .get("/api/v1/recipients/renewal").then().statusCode(200).body("policy.requiredHours", equalTo(6));
    }

    @Test
    void badQueriesNameTheParameter() {
        as(key).get("/api/v1/recipients/hours").then().statusCode(400).body("errors[0].field", equalTo("recipient"));
        as(key).queryParam("recipient", TEACHER).queryParam("from", "last year").get("/api/v1/recipients/hours")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(key).queryParam("recipient", TEACHER).queryParam("from", "2025-01-01").queryParam("to", "2024-01-01")
                .get("/api/v1/recipients/hours").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(key).queryParam("recipient", "not an email").get("/api/v1/recipients/hours").then().statusCode(400)
                .body("errors[0].field", equalTo("recipient"));
        as(key).queryParam("recipient", TEACHER).get("/api/v1/recipients/renewal").then().statusCode(400)
                .body("errors[0].field", equalTo("cycleStart"));
        as(key).queryParam("recipient", TEACHER).queryParam("recipientType", "fax").get("/api/v1/recipients/hours")
                .then().statusCode(400).body("errors[0].field", equalTo("recipientType"));
    }
}
