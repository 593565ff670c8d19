package org.microcred.openbadges.v2;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;
import org.microcred.testing.OpenBadgesContexts;

/** Every public document is Open Badges 2.0 JSON-LD that expands under the bundled context with no term dropped. */
@QuarkusTest
class PublicDocumentsJsonLdTest {

    @Test
    void everyPublicDocumentExpandsWithNoDroppedTerms() throws Exception {
        String issuer = as(Api.ADMIN_KEY).body(Map.of("name", "JSON-LD District", "url", "https://ld.example.org",
                        "email", "ld@example.org", "description", "Tests JSON-LD",
                        "image", "https://ld.example.org/logo.png"))
                .post("/api/v1/issuers").then().statusCode(201).extract().path("id");
        String key = Api.createKey(issuer);
        String badge = Api.createBadgeClass(key, issuer, "Exit Tickets", "2.5", Map.of(
                "criteria", Map.of("url", "https://ld.example.org/criteria", "narrative", "Do it."),
                "alignments", List.of(Map.of("targetName", "Teach 5", "targetUrl", "https://ld.example.org/t5",
                        "targetDescription", "Checking for understanding", "targetFramework", "Essential Practices",
                        "targetCode", "T5")),
                "tags", List.of("formative"), "validity", "P2Y"));
        Map<String, Object> evidence = Map.of("url", "https://v.example.org/1", "name", "Video",
                "description", "A lesson", "narrative", "Students wrote answers", "genre", "Video",
                "audience", "Grade 5");
        var signed = as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "ld@example.org"),
                        "evidence", List.of(evidence), "narrative", "Well done"))
                .post("/api/v1/badge-classes/" + badge + "/assertions").then().statusCode(201).extract().jsonPath();
        var hosted = as(key).body(Map.of("recipient", Map.of("type", "telephone", "identity", "+12025550100"),
                        "evidence", List.of(evidence), "delivery", "hosted"))
                .post("/api/v1/badge-classes/" + badge + "/assertions").then().statusCode(201).extract().jsonPath();
        String revokedHosted = as(key).body(Map.of("recipient", Map.of("type", "url",
                        "identity", "https://teacher.example.org"), "delivery", "hosted"))
                .post("/api/v1/badge-classes/" + badge + "/assertions").then().statusCode(201).extract().path("id");
        as(key).body(Map.of("reason", "Issued in error")).post("/api/v1/assertions/" + revokedHosted + "/revoke")
                .then().statusCode(200);
        as(key).body(Map.of("reason", "Plagiarism")).post("/api/v1/assertions/" + signed.getString("id") + "/revoke")
                .then().statusCode(200);

        String signedPayload = new String(Base64.getUrlDecoder().decode(signed.getString("jws").split("\\.")[1]));
        String keyPath = signed.getString("openBadge.verification.creator").replace("http://localhost:8081", "");
        Map<String, String> documents = Map.of(
                "issuer", fetch("/public/issuers/" + issuer, 200),
                "badge class", fetch("/public/badge-classes/" + badge, 200),
                "key", fetch(keyPath, 200),
                "revocation list", fetch("/public/issuers/" + issuer + "/revocation-list", 200),
                "hosted assertion", fetch("/public/assertions/" + hosted.getString("id"), 200),
                "revoked hosted assertion", fetch("/public/assertions/" + revokedHosted, 410),
                "signed assertion payload", signedPayload);

        for (var document : documents.entrySet()) {
            JsonObject compact = Json.createReader(new StringReader(document.getValue())).readObject();
            assertThat(compact.getString("@context")).as(document.getKey()).isEqualTo("https://w3id.org/openbadges/v2");
            JsonArray expanded = OpenBadgesContexts.expand(document.getValue());
            assertThat(OpenBadgesContexts.expandedTerms(expanded)).as(document.getKey() + " keeps every term")
                    .hasSameSizeAs(OpenBadgesContexts.compactTerms(compact));
        }

        JsonObject badgeExpanded = OpenBadgesContexts.expand(documents.get("badge class")).getJsonObject(0);
        assertThat(badgeExpanded.getJsonArray("@type").getString(0)).isEqualTo("https://w3id.org/openbadges#BadgeClass");
        assertThat(badgeExpanded).containsKeys("https://w3id.org/openbadges#alignment",
                "https://w3id.org/openbadges#criteria", "https://w3id.org/openbadges#issuer",
                "http://schema.org/keywords", "http://schema.org/image");
        JsonObject assertion = OpenBadgesContexts.expand(signedPayload).getJsonObject(0);
        assertThat(assertion).containsKeys("https://w3id.org/openbadges#recipient",
                "https://w3id.org/openbadges#verify", "https://w3id.org/openbadges#issueDate",
                "https://w3id.org/security#expiration", "https://w3id.org/openbadges#evidence",
                "https://w3id.org/openbadges#narrative", "https://w3id.org/openbadges#badge");
    }

    private static String fetch(String path, int status) {
        return given().accept("application/ld+json").get(path).then().statusCode(status)
                .contentType("application/ld+json").extract().asString();
    }
}
