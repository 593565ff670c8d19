package org.microcred.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.microcred.testing.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.signing.SigningKeyService;
import org.microcred.testing.Api;

/** The public verifier's HTTP contract, against assertions issued through the API. */
@QuarkusTest
class VerificationResourceTest {

    private static final String BASE = "http://localhost:8081";
    private static final String[] NAMES = {"structure", "signature", "keyOwnership", "revocation", "expiry",
            "issuedOn", "recipient"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SigningKeyService signingKeys;

    private String issuer;
    private String key;
    private String badge;

    @BeforeEach
    void setUp() {
        issuer = Api.createIssuer("Verified issuer " + System.nanoTime());
        key = Api.createKey(issuer);
        badge = Api.createBadgeClass(key, issuer, "Whiteboards " + System.nanoTime(), "5", Map.of());
    }

    private static String email() {
        return "teacher" + System.nanoTime() + "@example.org";
    }

    private JsonPath issue(String email, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("recipient", Map.of("type", "email", "identity", email),
                "evidence", List.of(Map.of("url", "https://video.example.org/lesson.mp4"))));
        body.putAll(extra);
        return as(key).body(body).post("/api/v1/badge-classes/" + badge + "/assertions")
                .then().statusCode(201).extract().jsonPath();
    }

    private void revoke(String assertionId) {
        as(key).body(Map.of("reason", "Evidence was not the teacher's own work"))
                .post("/api/v1/assertions/" + assertionId + "/revoke").then().statusCode(200);
    }

    private static ValidatableResponse verify(Object body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/api/v1/verify")
                .then();
    }

    private static ValidatableResponse report(Object body, String... statuses) {
        return verify(body).statusCode(200).contentType(ContentType.JSON)
                .body("checks.name", contains(NAMES))
                .body("checks.status", contains(statuses));
    }

    private static ValidatableResponse unreadable(Object assertion, String message) {
        return report(Map.of("assertion", assertion), "failed", "skipped", "skipped", "skipped", "skipped",
                "skipped", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[0].message", containsString(message));
    }

    private String signWithOurKey(String creatorUrl, byte[] payload) {
        UUID keyId = UUID.fromString(creatorUrl.substring(creatorUrl.lastIndexOf('/') + 1));
        return QuarkusTransaction.requiringNew().call(() -> signingKeys.sign(keyId, payload));
    }

    private static ObjectNode payloadOf(String jws) throws Exception {
        return (ObjectNode) JSON.readTree(JWSObject.parse(jws).getPayload().toBytes());
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signedJwsIsValidWithEveryCheckPassed() {
        JsonPath issued = issue(email(), Map.of());
        String creator = issued.getString("openBadge.verification.creator");
        report(Map.of("assertion", issued.getString("jws")),
                "passed", "passed", "passed", "passed", "passed", "passed", "skipped")
                .body("verdict", equalTo("valid"))
                .body("assertionId", equalTo("urn:uuid:" + issued.getString("id")))
                .body("issuer", equalTo(BASE + "/public/issuers/" + issuer))
                .body("badgeClass", equalTo(BASE + "/public/badge-classes/" + badge))
                .body("checks[0].message", containsString("SignedBadge"))
                .body("checks[1].message", equalTo("the RS256 signature verifies with key " + creator))
                .body("checks[2].message", containsString("is owned by " + BASE + "/public/issuers/" + issuer))
                .body("checks[3].message", containsString("not in the issuer's RevocationList"))
                .body("checks[4].message", equalTo("the assertion does not expire"))
                .body("checks[6].message", containsString("no recipient was given"));
    }

    @Test
    void verifierIsPublicAndDocumented() {
        JsonPath issued = issue(email(), Map.of());
        // No Authorization header at all, and a wrong one is not even looked at.
        given().contentType(ContentType.JSON).header("Authorization", "Bearer nonsense")
                .body(Map.of("assertion", issued.getString("jws"))).post("/api/v1/verify")
                .then().statusCode(200).body("verdict", equalTo("valid"));
        JsonPath openapi = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> post = openapi.getMap("paths.'/api/v1/verify'.post");
        assertThat(post).containsKey("summary").doesNotContainKey("security");
        assertThat(openapi.getMap("paths.'/api/v1/verify'.post.requestBody.content")).containsKey("application/json");
        assertThat(openapi.getMap("paths.'/api/v1/verify'.post.responses")).containsKeys("200", "400");
    }

    @Test
    void recipientMatchesAfterNormalizingAndMismatchFails() {
        String email = email();
        String jws = issue(email, Map.of()).getString("jws");
        report(Map.of("assertion", jws, "recipient", "  " + email.toUpperCase() + " "),
                "passed", "passed", "passed", "passed", "passed", "passed", "passed")
                .body("verdict", equalTo("valid"))
                .body("checks[6].message", containsString("sha256 hash of the email with the assertion's salt"));
        report(Map.of("assertion", jws, "recipient", "someone.else@example.org", "recipientType", "email"),
                "passed", "passed", "passed", "passed", "passed", "passed", "failed")
                .body("verdict", equalTo("invalid"))
                .body("checks[6].message", containsString("awarded to someone else"));
        report(Map.of("assertion", jws, "recipient", "https://teacher.example.org"),
                "passed", "passed", "passed", "passed", "passed", "passed", "failed")
                .body("checks[6].message", equalTo("the assertion identifies its recipient by email, not by url"));
    }

    @Test
    void malformedRecipientIsTheCallersMistake() {
        String jws = issue(email(), Map.of()).getString("jws");
        verify(Map.of("assertion", jws, "recipient", "not an email")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("recipient"));
        verify(Map.of("assertion", jws, "recipient", "a@example.org", "recipientType", "fax")).statusCode(400)
                .body("errors[0].field", equalTo("recipientType"));
        verify(Map.of("assertion", jws, "recipientType", "email")).statusCode(400)
                .body("errors[0].field", equalTo("recipient"));
    }

    @Test
    void tamperedPayloadFailsTheSignature() throws Exception {
        String jws = issue(email(), Map.of()).getString("jws");
        String[] parts = jws.split("\\.");
        ObjectNode payload = payloadOf(jws);
        payload.put("expires", "2099-01-01T00:00:00Z");
        String tampered = parts[0] + "." + b64(JSON.writeValueAsString(payload)) + "." + parts[2];
        report(Map.of("assertion", tampered), "passed", "failed", "skipped", "passed", "passed", "passed", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[1].message", containsString("does not verify"))
                .body("checks[2].message", containsString("not checked"));
        // A flipped signature byte, the payload untouched.
        char last = parts[2].charAt(10);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        report(Map.of("assertion", badSignature), "passed", "failed", "skipped", "passed", "passed", "passed",
                "skipped");
    }

    @Test
    void revokedSignedAssertionFailsRevocation() {
        JsonPath issued = issue(email(), Map.of());
        revoke(issued.getString("id"));
        report(Map.of("assertion", issued.getString("jws")),
                "passed", "passed", "passed", "failed", "passed", "passed", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[3].message", equalTo("revoked by the issuer: Evidence was not the teacher's own work "
                        + "(listed in " + BASE + "/public/issuers/" + issuer + "/revocation-list)"));
    }

    @Test
    void hostedAssertionByUrlIsValidUntilRevoked() {
        String email = email();
        JsonPath issued = issue(email, Map.of("delivery", "hosted"));
        String url = issued.getString("publicUrl");
        assertThat(url).isEqualTo(BASE + "/public/assertions/" + issued.getString("id"));
        report(Map.of("assertion", url, "recipient", email),
                "passed", "passed", "passed", "passed", "passed", "passed", "passed")
                .body("verdict", equalTo("valid"))
                .body("assertionId", equalTo(url))
                .body("issuer", equalTo(BASE + "/public/issuers/" + issuer))
                .body("checks[0].message", containsString("HostedBadge"))
                .body("checks[1].message", equalTo("hosted by this service at " + url
                        + "; the hosted document was verified"))
                .body("checks[2].message", startsWith("hosted verification uses no key"));
        // The same, as the whole body.
        given().contentType(ContentType.TEXT).body(url).post("/api/v1/verify").then().statusCode(200)
                .body("verdict", equalTo("valid"));

        revoke(issued.getString("id"));
        report(Map.of("assertion", url), "passed", "passed", "passed", "failed", "passed", "passed", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[3].message", containsString("Evidence was not the teacher's own work"))
                .body("checks[3].message", containsString("answers 410 Gone"));
    }

    @Test
    void jsonObjectFormVerifiesHostedAssertionsAgainstTheHostedCopy() {
        JsonPath hosted = issue(email(), Map.of("delivery", "hosted"));
        Map<String, Object> document = hosted.getMap("openBadge");
        report(Map.of("assertion", document), "passed", "passed", "passed", "passed", "passed", "passed", "skipped")
                .body("verdict", equalTo("valid"))
                .body("checks[1].message", containsString("identical to the submitted copy"));

        Map<String, Object> altered = new HashMap<>(document);
        altered.put("narrative", "Also taught the whole district");
        report(Map.of("assertion", altered), "passed", "failed", "passed", "passed", "passed", "passed", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[1].message", containsString("the submitted copy differs from the document hosted at"));

        // The JSON text of the document, pasted as a string, is read the same way.
        report(Map.of("assertion", hosted.prettify().isEmpty() ? "" : toJson(document)),
                "passed", "passed", "passed", "passed", "passed", "passed", "skipped");

        // A signed assertion's JSON alone carries no signature.
        JsonPath signed = issue(email(), Map.of());
        report(Map.of("assertion", signed.getMap("openBadge")),
                "passed", "failed", "skipped", "passed", "passed", "passed", "skipped")
                .body("checks[1].message", containsString("carries no signature"));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void compactJwsMayBeTheWholeBody() {
        String email = email();
        String jws = issue(email, Map.of()).getString("jws");
        given().contentType("application/jose").body(jws.getBytes(StandardCharsets.US_ASCII)).queryParam("recipient", email).post("/api/v1/verify")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("verdict", equalTo("valid")).body("checks[6].status", equalTo("passed"));
        given().contentType(ContentType.TEXT).body("  " + jws + "\n").post("/api/v1/verify")
                .then().statusCode(200).body("verdict", equalTo("valid"));
        given().contentType(ContentType.TEXT).body("").post("/api/v1/verify")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.XML).body("<jws/>").post("/api/v1/verify")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void onlyUrlsOfThisServiceAreResolved() {
        unreadable("https://example.org/beths-robotics-badge.json",
                "only assertions hosted by this service can be fetched");
        unreadable(BASE + "/public/badge-classes/" + badge, "only assertions hosted by this service can be fetched");
        unreadable(BASE + "/public/assertions/" + UUID.randomUUID(), "no hosted assertion at");
        // A signed assertion is not hosted at its would-be URL (its id is a urn:uuid).
        String signedId = issue(email(), Map.of()).getString("id");
        unreadable(BASE + "/public/assertions/" + signedId, "no hosted assertion at");
    }

    @Test
    void expiredAssertionFailsExpiryOnly() {
        JsonPath issued = issue(email(), Map.of("issuedOn", "2020-01-01T00:00:00Z", "expires",
                "2021-01-01T00:00:00Z"));
        report(Map.of("assertion", issued.getString("jws")),
                "passed", "passed", "passed", "passed", "failed", "passed", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[4].message", equalTo("the assertion expired at 2021-01-01T00:00:00Z"));
    }

    @Test
    void ourKeySigningAFutureIssuedOnIsStillInvalid() throws Exception {
        JsonPath issued = issue(email(), Map.of());
        String creator = issued.getString("openBadge.verification.creator");
        ObjectNode payload = payloadOf(issued.getString("jws"));
        payload.put("issuedOn", "2100-01-01T00:00:00Z");
        String jws = signWithOurKey(creator, JSON.writeValueAsBytes(payload));
        report(Map.of("assertion", jws), "passed", "passed", "passed", "passed", "passed", "failed", "skipped")
                .body("checks[5].message", containsString("is in the future"));
    }

    @Test
    void withoutCreatorTheIssuerProfileKeysAreTried() throws Exception {
        JsonPath issued = issue(email(), Map.of());
        String creator = issued.getString("openBadge.verification.creator");
        ObjectNode payload = payloadOf(issued.getString("jws"));
        ((ObjectNode) payload.get("verification")).remove("creator");
        String jws = signWithOurKey(creator, JSON.writeValueAsBytes(payload));
        report(Map.of("assertion", jws), "passed", "passed", "passed", "passed", "passed", "passed", "skipped")
                .body("verdict", equalTo("valid"))
                .body("checks[1].message", containsString("declared in the issuer Profile"));
    }

    @Test
    void keyOfAnotherIssuerDoesNotOwnTheBadgeClass() throws Exception {
        JsonPath issued = issue(email(), Map.of());
        String creator = issued.getString("openBadge.verification.creator");
        String otherIssuer = Api.createIssuer("Other issuer " + System.nanoTime());
        String otherBadge = Api.createBadgeClass(Api.createKey(otherIssuer), otherIssuer, "Other", "1", Map.of());
        ObjectNode payload = payloadOf(issued.getString("jws"));
        payload.put("badge", BASE + "/public/badge-classes/" + otherBadge);
        String jws = signWithOurKey(creator, JSON.writeValueAsBytes(payload));
        report(Map.of("assertion", jws), "passed", "passed", "failed", "passed", "passed", "passed", "skipped")
                .body("issuer", equalTo(BASE + "/public/issuers/" + otherIssuer))
                .body("checks[2].message", equalTo("key " + creator + " is owned by " + BASE + "/public/issuers/"
                        + issuer + ", but the badge class is issued by " + BASE + "/public/issuers/" + otherIssuer));
    }

    @Test
    void signedByAnotherKeyClaimingOursFailsTheSignature() throws Exception {
        JsonPath issued = issue(email(), Map.of());
        ObjectNode payload = payloadOf(issued.getString("jws"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair forger = generator.generateKeyPair();
        JWSObject forged = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(JSON.writeValueAsBytes(
                payload)));
        forged.sign(new RSASSASigner(forger.getPrivate()));
        report(Map.of("assertion", forged.serialize()),
                "passed", "failed", "skipped", "passed", "passed", "passed", "skipped")
                .body("verdict", equalTo("invalid"))
                .body("checks[1].message", containsString("does not verify with key "
                        + payload.at("/verification/creator").asText()));

        ((ObjectNode) payload.get("verification")).remove("creator");
        JWSObject anonymous = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(JSON.writeValueAsBytes(
                payload)));
        anonymous.sign(new RSASSASigner(forger.getPrivate()));
        report(Map.of("assertion", anonymous.serialize()),
                "passed", "failed", "skipped", "passed", "passed", "passed", "skipped")
                .body("checks[1].message", containsString("verifies with none of the 1 key(s)"));
    }

    @Test
    void foreignAssertionsAreParsedAndReportedButNotTrusted() {
        String simple = VerificationChecksTest.fixture("simple.jwt").strip();
        report(Map.of("assertion", simple, "recipient", "nobody@example.org"),
                "passed", "failed", "skipped", "skipped", "passed", "passed", "passed")
                .body("verdict", equalTo("invalid"))
                .body("assertionId", equalTo("https://example.org/beths-robotics-badge.json"))
                .body("issuer", nullValue())
                .body("badgeClass", equalTo("https://example.org/robotics-badge.json"))
                .body("checks[1].message", equalTo("key http://example.org/key1.json is not hosted by this service; "
                        + "remote keys are not fetched"));
        report(Map.of("assertion", VerificationChecksTest.fixture("spec-example.signed-assertion.jws.txt").strip()),
                "passed", "failed", "skipped", "skipped", "passed", "passed", "skipped");
        Object basic = new JsonPath(VerificationChecksTest.fixture("basic-assertion.json")).get();
        report(Map.of("assertion", basic, "recipient", "nobody@example.org"),
                "passed", "failed", "skipped", "skipped", "passed", "passed", "passed")
                .body("checks[1].message", equalTo("assertion https://example.org/beths-robotics-badge.json is not "
                        + "hosted by this service; remote assertions are not fetched"));
        Object invalid = new JsonPath(VerificationChecksTest.fixture("basic-assertion-invalid-context.json")).get();
        unreadable(invalid, "@context is \"https://w3id.org/openbadges/invalid\"")
                .body("assertionId", equalTo("https://example.org/beths-robotics-badge.json"));
    }

    @Test
    void garbageIsReportedNeverA500() throws Exception {
        byte[] random = new byte[2048];
        new Random(42).nextBytes(random);
        String header = b64("{\"alg\":\"RS256\"}");
        String payload = issue(email(), Map.of()).getString("jws").split("\\.")[1];
        String hs256;
        JWSObject mac = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Base64.getUrlDecoder()
                .decode(payload)));
        mac.sign(new MACSigner(new byte[32]));
        hs256 = mac.serialize();

        unreadable(new String(random, StandardCharsets.ISO_8859_1), "not a compact JWS");
        unreadable(Base64.getEncoder().encodeToString(random), "not a compact JWS");
        unreadable("a.b.c", "its header is not valid base64url");
        unreadable("YQ.Yg.Yw", "the JWS header is not valid JSON");
        unreadable("a.b", "expected three base64url parts");
        unreadable("eyJhbGciOiJSUzI1NiJ9.!!!!.xx", "its payload is not base64url");
        unreadable("eyJhbGciOiJSUzI1NiJ9.eyJhY.xx", "its payload is not valid base64url");
        unreadable("eyJhbGciOiJSUzI1NiJ9.eyJ.xx", "the JWS payload is not valid JSON");
        unreadable(header + "." + b64("[1,2,3]") + ".c2ln", "the JWS payload must be a JSON object, not an array");
        unreadable(header + "." + b64("{\"a\": 1, \"a\": 2}") + ".c2ln", "Duplicate field 'a'");
        unreadable(header + "." + b64("not json") + ".c2ln", "the JWS payload is not valid JSON");
        unreadable(header + "." + b64("{\"type\": \"Assertion\"}") + ".c2ln", "@context is missing");
        unreadable(header + ".." + "c2ln", "its payload is empty");
        unreadable(b64("{\"alg\":\"none\"}") + "." + payload + ".", "alg is \"none\"");
        unreadable(b64("{\"alg\":\"RS256\",\"crit\":[\"exp\"],\"exp\":1}") + "." + payload + ".c2ln", "crit");
        unreadable(hs256, "alg is \"HS256\"");
        unreadable(b64("{\"alg\":\"PS256\"}") + "." + payload + ".c2ln", "accepts only RS256");
        unreadable(b64("{\"alg\":\"RS256\",\"alg\":\"none\"}") + "." + payload + ".c2ln", "Duplicate field 'alg'");
        unreadable("a.b.c.d.e", "JWE");
        unreadable("{not json", "the assertion is not valid JSON");
        unreadable(header + "." + b64("[".repeat(5000)) + ".c2ln", "nesting depth");
        unreadable("x".repeat(VerificationService.MAX_CHARS + 1), "characters long");
        unreadable(header + "." + "A".repeat(3_000_000) + ".c2ln", "the JWS payload is not valid JSON");
        unreadable(Map.of("@context", "https://w3id.org/openbadges/v2"), "type is missing");
    }

    @Test
    void malformedRequestsAre400Problems() {
        verify("[1, 2]").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        verify("{\"assertion\": 5}").statusCode(400).body("errors[0].field", equalTo("assertion"))
                .body("errors[0].reason", containsString("not a number"));
        verify("{\"assertion\": [1]}").statusCode(400).body("errors[0].field", equalTo("assertion"));
        verify("{\"assertion\": null}").statusCode(400).body("errors[0].field", equalTo("assertion"));
        verify("{\"assertion\": \"   \"}").statusCode(400).body("errors[0].field", equalTo("assertion"));
        verify("{}").statusCode(400).body("errors[0].field", equalTo("assertion"));
        verify("{\"assertion\": \"a.b.c\", \"colour\": 1}").statusCode(400).body("errors[0].field", equalTo("colour"));
        verify("{\"assertion\": \"a.b.c\", \"recipient\": 5}").statusCode(400)
                .body("errors[0].field", equalTo("recipient"));
        verify("{\"assertion\": ").statusCode(400).body("errors[0].field", equalTo("body"));
        verify("{\"assertion\": " + "[".repeat(5000) + "]".repeat(5000) + "}").statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/v1/verify").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
