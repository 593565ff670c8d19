package org.microcred.issuer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.microcred.testing.Api.admin;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;

@QuarkusTest
class IssuerResourceTest {

    @Test
    void adminCreatesIssuerWithDefaultRenewalPolicy() {
        admin().body(Map.of("name", "District A", "url", "https://district-a.example.org", "email", "pd@a.example.org"))
                .post("/api/v1/issuers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/issuers/"))
                .body("name", equalTo("District A"))
                .body("renewalPolicy.requiredHours", equalTo(90))
                .body("renewalPolicy.cycleYears", equalTo(4))
                .body("publicUrl", containsString("http://localhost:8081/public/issuers/"));
    }

    @Test
    void noKeyIs401ProblemJson() {
        given().get("/api/v1/issuers")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("missing API key"));
        as("wrong-key").get("/api/v1/issuers").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void issuerKeySeesOnlyItsOwnIssuer() {
        String mine = Api.createIssuer("Mine");
        String theirs = Api.createIssuer("Theirs");
        String key = Api.createKey(mine);
        as(key).get("/api/v1/issuers").then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(mine));
        as(key).get("/api/v1/issuers/" + theirs).then().statusCode(404).contentType("application/problem+json");
        as(key).body(Map.of("name", "Hijacked")).patch("/api/v1/issuers/" + theirs).then().statusCode(404);
        as(key).body(Map.of("name", "X", "url", "https://x.example.org", "email", "x@example.org"))
                .post("/api/v1/issuers").then().statusCode(403).contentType("application/problem+json");
        as(key).body(Map.of()).post("/api/v1/issuers/" + mine + "/api-keys").then().statusCode(403);
        admin().get("/api/v1/issuers/" + theirs).then().statusCode(200).body("name", equalTo("Theirs"));
    }

    @Test
    void revokedKeyStopsWorking() {
        String issuer = Api.createIssuer("Revoker");
        var created = admin().body(Map.of()).post("/api/v1/issuers/" + issuer + "/api-keys")
                .then().statusCode(201).extract();
        String keyId = created.path("id");
        String key = created.path("key");
        as(key).get("/api/v1/issuers/" + issuer).then().statusCode(200);
        admin().delete("/api/v1/api-keys/" + keyId).then().statusCode(200).body("revokedAt", notNullValue());
        as(key).get("/api/v1/issuers/" + issuer).then().statusCode(401);
        admin().get("/api/v1/issuers/" + issuer + "/api-keys").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].key", nullValue())
                .body("[0].prefix", equalTo(key.substring(0, 10)));
    }

    @Test
    void patchUpdatesOnlyGivenFieldsAndClearsExplicitNulls() {
        String id = admin().body(Map.of("name", "Patchy", "url", "https://p.example.org", "email", "p@example.org",
                        "description", "old"))
                .post("/api/v1/issuers").then().statusCode(201).extract().path("id");
        admin().body("{\"description\": null, \"renewalPolicy\": {\"requiredHours\": 120, \"cycleYears\": 5}}")
                .patch("/api/v1/issuers/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Patchy"))
                .body("description", nullValue())
                .body("renewalPolicy.requiredHours", equalTo(120))
                .body("renewalPolicy.cycleYears", equalTo(5));
        admin().body("{\"name\": null}").patch("/api/v1/issuers/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void badInputNamesTheField() {
        admin().body("{\"name\": \"X\", \"url\": \"ftp://x\", \"email\": \"x@example.org\"}").post("/api/v1/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].reason", containsString("http or https"));
        admin().body("{\"name\": 42, \"url\": \"https://x\", \"email\": \"x@example.org\"}").post("/api/v1/issuers")
                .then().statusCode(400).body("errors[0].field", equalTo("name"))
                .body("errors[0].reason", equalTo("must be a string"));
        admin().body("{\"name\": \"X\"").post("/api/v1/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        admin().body("{\"url\": \"https://x.example.org\", \"email\": \"nope\"}").post("/api/v1/issuers")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"));
        admin().body("{\"name\": \"X\", \"url\": \"https://x\", \"email\": \"x@example.org\", \"colour\": 1}")
                .post("/api/v1/issuers")
                .then().statusCode(400).body("errors[0].field", equalTo("colour"));
        admin().get("/api/v1/issuers/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        admin().contentType(ContentType.TEXT).body("hello").post("/api/v1/issuers")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
