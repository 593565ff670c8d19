package org.microcred;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.microcred.testing.Api.admin;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;

/** Hostile and careless input: always a 4xx problem+json naming the field, never a 500, nothing written. */
@QuarkusTest
class BadInputTest {

    private String issuer;
    private String key;
    private String badge;

    @BeforeEach
    void setUp() {
        issuer = Api.createIssuer("Bad input " + System.nanoTime());
        key = Api.createKey(issuer);
        badge = Api.createBadgeClass(key, issuer, "Target", "1", Map.of());
    }

    private void refused(String path, String body, String field) {
        as(key).body(body).post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
    }

    @Test
    void textThatPostgresCannotStoreIsRefused() {
        String assertions = "/api/v1/badge-classes/" + badge + "/assertions";
        refused(assertions, "{\"recipient\": {\"type\": \"email\", \"identity\": \"a@example.org\"},"
                + " \"narrative\": \"a\\u0000b\"}", "narrative");
        refused(assertions, "{\"recipient\": {\"type\": \"email\", \"identity\": \"a@example.org\"},"
                + " \"evidence\": [{\"url\": \"https://v.example.org\", \"narrative\": \"a\\ud800b\"}]}",
                "evidence[0].narrative");
        as(key).queryParam("recipient", "a\u0000@example.org").get("/api/v1/recipients/hours")
                .then().statusCode(400).body("errors[0].field", equalTo("recipient"));
        as(key).get("/api/v1/assertions?recipient=a@example.org").then().body("total", equalTo(0));
    }

    @Test
    void datesMustBeIsoWithinRange() {
        String assertions = "/api/v1/badge-classes/" + badge + "/assertions";
        String recipient = "\"recipient\": {\"type\": \"email\", \"identity\": \"d@example.org\"}";
        refused(assertions, "{" + recipient + ", \"issuedOn\": 1700000000}", "issuedOn");
        refused(assertions, "{" + recipient + ", \"issuedOn\": \"1700000000\"}", "issuedOn");
        refused(assertions, "{" + recipient + ", \"issuedOn\": \"-999999999-01-01T00:00:00Z\"}", "issuedOn");
        refused(assertions, "{" + recipient + ", \"expires\": \"+1000000000-12-31T23:59:59Z\"}", "expires");
        as(key).queryParam("recipient", "d@example.org").queryParam("to", "+300000-01-01T00:00:00Z")
                .get("/api/v1/recipients/hours").then().statusCode(400).body("errors[0].field", equalTo("to"));
        refused("/api/v1/issuers/" + issuer + "/badge-classes", "{\"name\": \"B\", \"description\": \"d\","
                + " \"image\": \"https://example.org/b.png\", \"criteria\": {\"narrative\": \"n\"},"
                + " \"contactHours\": 1, \"validity\": \"P300000Y\"}", "validity");
    }

    @Test
    void jsonMustBeExactlyOneValueWithUniqueKeysAndRightTypes() {
        String issuers = "/api/v1/issuers";
        admin().body("{\"name\": \"x\", \"url\": \"https://x.example.org\", \"email\": \"a@example.org\"} xyz")
                .post(issuers).then().statusCode(400).body("errors[0].field", equalTo("body"));
        admin().body("{\"name\": \"x\", \"name\": \"y\", \"url\": \"https://x.example.org\","
                + " \"email\": \"a@example.org\"}").post(issuers).then().statusCode(400)
                .contentType("application/problem+json");
        refused("/api/v1/issuers/" + issuer + "/badge-classes", "{\"name\": \"B\", \"description\": \"d\","
                + " \"image\": \"https://example.org/b.png\", \"criteria\": {\"narrative\": \"n\"},"
                + " \"contactHours\": 1, \"evidenceRequired\": 1}", "evidenceRequired");
        refused("/api/v1/issuers/" + issuer + "/badge-classes", "{\"name\": \"B\", \"description\": \"d\","
                + " \"image\": \"https://example.org/b.png\", \"criteria\": {\"narrative\": \"n\"},"
                + " \"contactHours\": 1, \"alignments\": [null]}", "alignments[0]");
        refused("/api/v1/issuers/" + issuer + "/badge-classes", "{\"name\": \"B\", \"description\": \"d\","
                + " \"image\": \"https://example.org/b.png\", \"criteria\": {\"narrative\": \"n\"},"
                + " \"contactHours\": 1, \"alignments\": {}}", "alignments");
        refused("/api/v1/badge-classes/" + badge + "/assertions", "null", "body");
        admin().body("{\"name\": \"x\", \"url\": \"https://x.example.org\", \"email\": \"a@example.org\","
                + " \"renewalPolicy\": {\"requiredHours\": 90, \"cycleYears\": 99999999999999}}").post(issuers)
                .then().statusCode(400).body("errors[0].field", equalTo("renewalPolicy.cycleYears"))
                .body("errors[0].reason", equalTo("number out of range"));
        as(key).get("/api/v1/issuers/" + issuer + "/badge-classes").then().body("total", equalTo(1));
    }

    @Test
    void scriptedSvgIsRefused() {
        String svg = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes());
        refused("/api/v1/issuers/" + issuer + "/badge-classes", "{\"name\": \"B\", \"description\": \"d\","
                + " \"image\": \"" + svg + "\", \"criteria\": {\"narrative\": \"n\"}, \"contactHours\": 1}", "image");
    }

    @Test
    void queriesAndHeadersGetTheRealAnswer() {
        as(key).get("/api/v1/assertions?page=20000000&size=200").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        String other = Api.createIssuer("Other " + System.nanoTime());
        String theirBadge = Api.createBadgeClass(Api.createKey(other), other, "Theirs", "1", Map.of());
        as(key).get("/api/v1/assertions?badgeClassId=" + theirBadge).then().statusCode(404);
        given().accept("application/problem+json").get("/api/v1/issuers").then().statusCode(401)
                .contentType("application/problem+json");
        given().accept("text/html").header("Authorization", "Bearer " + key).get("/api/v1/issuers/" + other)
                .then().statusCode(404).contentType("application/problem+json");
        as(key).delete("/api/v1/issuers").then().statusCode(405).contentType("application/problem+json");
        given().accept("text/html").get("/public/issuers/" + issuer).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsA413Problem() throws Exception {
        // Announce a body over the 10 MB limit; the server answers before reading it.
        for (String path : new String[] {"/api/v1/issuers", "/api/v1/verify"}) {
            try (Socket socket = new Socket("localhost", 8081)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + Api.ADMIN_KEY + "\r\nContent-Length: 20000000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                StringBuilder response = new StringBuilder();
                byte[] buffer = new byte[4096];
                while (response.indexOf("}") < 0) {
                    int read = socket.getInputStream().read(buffer);
                    if (read < 0) {
                        break;
                    }
                    response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                }
                assertThat(response.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json")
                        .contains("\"status\":413");
            }
        }
    }
}
