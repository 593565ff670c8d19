package org.microcred.assertion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.microcred.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import io.quarkus.test.junit.QuarkusTest;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;

@QuarkusTest
class AssertionResourceTest {

    private String issuer;
    private String key;
    private String badge;

    @BeforeEach
    void setUp() {
        issuer = Api.createIssuer("Assertion issuer " + System.nanoTime());
        key = Api.createKey(issuer);
        badge = Api.createBadgeClass(key, issuer, "Whiteboards", "5", Map.of("validity", "P4Y"));
    }

    @Test
    void signedAssertionIsACompactRs256JwsOfTheOpenBadgesAssertion() throws Exception {
        var issued = Api.issue(key, badge, "  Teacher.One@Example.org ");
        String jws = issued.getString("jws");
        JWSObject parsed = JWSObject.parse(jws);
        assertThat(parsed.getHeader().toJSONObject()).isEqualTo(Map.of("alg", "RS256"));

        JsonNode payload = new ObjectMapper().readTree(parsed.getPayload().toString());
        String id = issued.getString("id");
        assertThat(payload.get("@context").asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(payload.get("type").asText()).isEqualTo("Assertion");
        assertThat(payload.get("id").asText()).isEqualTo("urn:uuid:" + id);
        assertThat(payload.get("badge").asText()).isEqualTo("http://localhost:8081/public/badge-classes/" + badge);
        JsonNode recipient = payload.get("recipient");
        assertThat(recipient.get("type").asText()).isEqualTo("email");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        assertThat(recipient.get("identity").asText())
                .isEqualTo(RecipientIdentity.hash("teacher.one@example.org", recipient.get("salt").asText()));
        assertThat(payload.get("issuedOn").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(payload.get("expires").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(payload.get("evidence").get(0).get("id").asText()).startsWith("https://video.example.org/");
        JsonNode verification = payload.get("verification");
        assertThat(verification.get("type").asText()).isEqualTo("SignedBadge");
        String creator = verification.get("creator").asText();
        assertThat(creator).startsWith("http://localhost:8081/public/keys/");

        // The key the payload names is served publicly, owned by the issuer, and verifies the signature.
        String keyPath = creator.substring("http://localhost:8081".length());
        var keyDoc = given().get(keyPath).then().statusCode(200).extract().jsonPath();
        assertThat(keyDoc.getString("type")).isEqualTo("CryptographicKey");
        assertThat(keyDoc.getString("owner")).isEqualTo("http://localhost:8081/public/issuers/" + issuer);
        String pem = keyDoc.getString("publicKeyPem");
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPublicKey rsa = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        assertThat(rsa.getModulus().bitLength()).isGreaterThanOrEqualTo(2048);
        assertThat(parsed.verify(new RSASSAVerifier(rsa))).isTrue();
        given().get("/public/issuers/" + issuer).then().statusCode(200)
                .body("publicKey", hasSize(1)).body("publicKey[0]", equalTo(creator));
        assertThat(issued.getString("recipient.identity")).isEqualTo("teacher.one@example.org");
        assertThat(issued.getString("contactHours")).isEqualTo("5");
    }

    @Test
    void hostedAssertionIsServedAtItsIdAndRevokedAnswers410() {
        var issued = as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "hosted@example.org"),
                        "delivery", "hosted", "narrative", "Strong lesson"))
                .post("/api/v1/badge-classes/" + badge + "/assertions")
                .then().statusCode(201).extract().jsonPath();
        String id = issued.getString("id");
        String url = issued.getString("publicUrl");
        assertThat(url).isEqualTo("http://localhost:8081/public/assertions/" + id);
        assertThat(issued.getString("jws")).isNull();
        given().get("/public/assertions/" + id).then().statusCode(200)
                .contentType("application/ld+json")
                .body("id", equalTo(url))
                .body("verification.type", equalTo("HostedBadge"))
                .body("narrative", equalTo("Strong lesson"));
        given().accept("application/json").get("/public/assertions/" + id).then().statusCode(200)
                .contentType("application/json");

        as(key).body(Map.of("reason", "Evidence was not the teacher's own")).post("/api/v1/assertions/" + id + "/revoke")
                .then().statusCode(200).body("revoked", equalTo(true));
        given().get("/public/assertions/" + id).then().statusCode(410)
                .body("revoked", equalTo(true))
                .body("id", equalTo(url))
                .body("revocationReason", equalTo("Evidence was not the teacher's own"));
        as(key).body(Map.of("reason", "again")).post("/api/v1/assertions/" + id + "/revoke").then().statusCode(409);
        given().get("/public/issuers/" + issuer + "/revocation-list").then().statusCode(200)
                .body("type", equalTo("RevocationList"))
                .body("revokedAssertions[0].id", equalTo(url));
    }

    @Test
    void revokedSignedAssertionEntersTheRevocationList() {
        String id = Api.issue(key, badge, "revoked@example.org").getString("id");
        as(key).body(Map.of("reason", "Issued in error")).post("/api/v1/assertions/" + id + "/revoke")
                .then().statusCode(200);
        given().get("/public/issuers/" + issuer + "/revocation-list").then().statusCode(200)
                .body("revokedAssertions", hasSize(1))
                .body("revokedAssertions[0].id", equalTo("urn:uuid:" + id))
                .body("revokedAssertions[0].revocationReason", equalTo("Issued in error"));
        as(key).get("/api/v1/assertions/" + id).then().statusCode(200)
                .body("revocationReason", equalTo("Issued in error"));
    }

    @Test
    void duplicateAwardIsRefusedWith409UnlessAllowed() {
        Api.issue(key, badge, "dup@example.org");
        as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "DUP@example.org")))
                .post("/api/v1/badge-classes/" + badge + "/assertions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("recipient"));
        String repeatable = Api.createBadgeClass(key, issuer, "Repeatable", "1", Map.of("allowDuplicates", true));
        Api.issue(key, repeatable, "dup@example.org");
        Api.issue(key, repeatable, "dup@example.org");
    }

    @Test
    void idempotencyKeyReturnsTheSameAssertionAndCreatesNothingNew() {
        Map<String, Object> body = Map.of("recipient", Map.of("type", "email", "identity", "idem@example.org"));
        String first = as(key).header("Idempotency-Key", "req-1").body(body)
                .post("/api/v1/badge-classes/" + badge + "/assertions")
                .then().statusCode(201).extract().path("id");
        String again = as(key).header("Idempotency-Key", "req-1").body(body)
                .post("/api/v1/badge-classes/" + badge + "/assertions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        as(key).get("/api/v1/assertions?recipient=idem@example.org").then().statusCode(200).body("total", equalTo(1));
        as(key).header("Idempotency-Key", "req-1")
                .body(Map.of("recipient", Map.of("type", "email", "identity", "other@example.org")))
                .post("/api/v1/badge-classes/" + badge + "/assertions")
                .then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void batchIsAllOrNothing() {
        var bad = Map.of("assertions", List.of(
                Map.of("recipient", Map.of("type", "email", "identity", "b1@example.org")),
                Map.of("recipient", Map.of("type", "email", "identity", "b2@example.org"),
                        "evidence", List.of(Map.of("url", "javascript:alert(1)")))));
        as(key).body(bad).post("/api/v1/badge-classes/" + badge + "/assertions/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assertions[1].evidence[0].url"));
        as(key).get("/api/v1/assertions?badgeClassId=" + badge).then().body("total", equalTo(0));

        var good = Map.of("assertions", List.of(
                Map.of("recipient", Map.of("type", "email", "identity", "b1@example.org"),
                        "evidence", List.of(Map.of("url", "https://v.example.org/1"))),
                Map.of("recipient", Map.of("type", "telephone", "identity", "+1 202 555 0100"),
                        "evidence", List.of(Map.of("url", "https://v.example.org/2")))));
        as(key).header("Idempotency-Key", "batch-1").body(good)
                .post("/api/v1/badge-classes/" + badge + "/assertions/batch")
                .then().statusCode(201).body("assertions", hasSize(2))
                .body("assertions[1].recipient.identity", equalTo("+12025550100"));
        as(key).header("Idempotency-Key", "batch-1").body(good)
                .post("/api/v1/badge-classes/" + badge + "/assertions/batch").then().statusCode(201);
        as(key).get("/api/v1/assertions?badgeClassId=" + badge).then().body("total", equalTo(2));

        var duplicateInBatch = Map.of("assertions", List.of(
                Map.of("recipient", Map.of("type", "email", "identity", "same@example.org")),
                Map.of("recipient", Map.of("type", "email", "identity", "same@example.org"))));
        as(key).body(duplicateInBatch).post("/api/v1/badge-classes/" + badge + "/assertions/batch")
                .then().statusCode(409).body("errors[0].field", equalTo("assertions[1].recipient"));
        as(key).get("/api/v1/assertions?recipient=same@example.org").then().body("total", equalTo(0));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String path = "/api/v1/badge-classes/" + badge + "/assertions";
        as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "f@example.org"),
                        "issuedOn", "2999-01-01T00:00:00Z"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("issuedOn"))
                .body("errors[0].reason", equalTo("must not be in the future"));
        as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "f@example.org"),
                        "evidence", List.of(Map.of("url", "ftp://files.example.org/video"))))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("evidence[0].url"));
        as(key).body(Map.of("recipient", Map.of("type", "fax", "identity", "f@example.org")))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("recipient.type"));
        as(key).body(Map.of("recipient", "f@example.org"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("recipient"));
        as(key).body("{\"recipient\": {\"type\": \"email\", \"identity\": \"f@example.org\"}, \"issuedOn\": \"yesterday\"}")
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("issuedOn"));
        as(key).body("{}").post(path).then().statusCode(400).body("errors[0].field", equalTo("recipient"));
        as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "f@example.org")))
                .post("/api/v1/badge-classes/00000000-0000-0000-0000-000000000000/assertions")
                .then().statusCode(404).contentType("application/problem+json");
        as(key).get("/api/v1/assertions?recipient=f@example.org").then().body("total", equalTo(0));
        as(key).get("/api/v1/assertions?badgeClassId=nope").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("badgeClassId"));
        as(key).get("/api/v1/assertions?size=abc").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(key).get("/api/v1/assertions?size=201").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(key).get("/api/v1/assertions?recipientType=email").then().statusCode(400)
                .body("errors[0].field", equalTo("recipientType"));
    }

    @Test
    void evidenceRequiredBadgeRefusesAnAwardWithout() {
        String strict = Api.createBadgeClass(key, issuer, "Strict", "2", Map.of("evidenceRequired", true));
        as(key).body(Map.of("recipient", Map.of("type", "email", "identity", "e@example.org")))
                .post("/api/v1/badge-classes/" + strict + "/assertions")
                .then().statusCode(400).body("errors[0].field", equalTo("evidence"));
    }

    @Test
    void anotherIssuersKeyCannotSeeOrTouch() {
        String other = Api.createIssuer("Other " + System.nanoTime());
        String otherKey = Api.createKey(other);
        String id = Api.issue(key, badge, "private@example.org").getString("id");
        as(otherKey).get("/api/v1/assertions/" + id).then().statusCode(404);
        as(otherKey).body(Map.of("reason", "x")).post("/api/v1/assertions/" + id + "/revoke").then().statusCode(404);
        as(otherKey).body(Map.of("recipient", Map.of("type", "email", "identity", "x@example.org")))
                .post("/api/v1/badge-classes/" + badge + "/assertions").then().statusCode(404);
        as(otherKey).get("/api/v1/assertions?badgeClassId=" + badge).then().statusCode(404);
        as(otherKey).get("/api/v1/assertions").then().body("total", equalTo(0));
        as(otherKey).get("/api/v1/badge-classes/" + badge).then().statusCode(404);
        as(key).get("/api/v1/assertions/" + id).then().statusCode(200).body("revokedAt", nullValue());
    }

    @Test
    void badgeClassDocumentIsPublic() {
        given().get("/public/badge-classes/" + badge).then().statusCode(200)
                .contentType("application/ld+json")
                .body("type", equalTo("BadgeClass"))
                .body("issuer", equalTo("http://localhost:8081/public/issuers/" + issuer))
                .body("criteria.narrative", containsString("classroom video"));
    }
}
