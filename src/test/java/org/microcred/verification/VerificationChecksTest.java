package org.microcred.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pure checks, on the Open Badges 2.0 validator fixtures and a fixed "now". */
class VerificationChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2020-06-01T12:00:00Z");
    private static final String NOBODY_HASH = "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942";

    static String fixture(String name) {
        try (InputStream in = VerificationChecksTest.class.getResourceAsStream("/ob2/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode json(String name) throws IOException {
        return (ObjectNode) JSON.readTree(fixture(name));
    }

    private static Ob2Assertion assertion(String name) throws IOException {
        Ob2Structure.Result result = Ob2Structure.read(json(name), false);
        assertThat(result.problems()).isEmpty();
        return result.assertion();
    }

    @Test
    void recipientHashIsSha256OfIdentityPlusSalt() {
        assertThat(Ob2Checks.hash("sha256", "nobody@example.org", "deadsea")).isEqualTo(NOBODY_HASH);
        assertThat(Ob2Checks.hash("md5", "nobody@example.org", "")).startsWith("md5$").hasSize(4 + 32);
    }

    @Test
    void recipientMatchesTheHashedIdentityAfterNormalizing() throws IOException {
        Ob2Assertion basic = assertion("basic-assertion.json");
        assertThat(Ob2Checks.recipient(basic, ClaimedRecipient.of(" Nobody@Example.ORG ", null)).status())
                .isEqualTo(Check.Status.PASSED);
        Check other = Ob2Checks.recipient(basic, ClaimedRecipient.of("somebody@example.org", null));
        assertThat(other.status()).isEqualTo(Check.Status.FAILED);
        assertThat(other.message()).contains("does not match");
        Check wrongType = Ob2Checks.recipient(basic, ClaimedRecipient.of("https://nobody.example.org", null));
        assertThat(wrongType.status()).isEqualTo(Check.Status.FAILED);
        assertThat(wrongType.message()).contains("by email, not by url");
        assertThat(Ob2Checks.recipient(basic, null).status()).isEqualTo(Check.Status.SKIPPED);
    }

    @Test
    void recipientMatchesPlainAndMd5AndUnsaltedIdentities() throws IOException {
        ObjectNode doc = json("basic-assertion.json");
        ObjectNode recipient = (ObjectNode) doc.get("recipient");
        recipient.put("hashed", false).put("identity", "Nobody@Example.org").remove("salt");
        Ob2Assertion plain = Ob2Structure.read(doc, false).assertion();
        assertThat(Ob2Checks.recipient(plain, ClaimedRecipient.of("nobody@example.org", "email")).status())
                .isEqualTo(Check.Status.PASSED);
        recipient.put("hashed", true).put("identity", Ob2Checks.hash("md5", "nobody@example.org", ""));
        Ob2Assertion md5 = Ob2Structure.read(doc, false).assertion();
        Check check = Ob2Checks.recipient(md5, ClaimedRecipient.of("nobody@example.org", null));
        assertThat(check.status()).isEqualTo(Check.Status.PASSED);
        assertThat(check.message()).contains("md5").contains("unsalted");
        // Another issuer may have hashed the email as typed, without lower-casing it.
        recipient.put("identity", Ob2Checks.hash("sha256", "Nobody@Example.org", ""));
        Ob2Assertion asTyped = Ob2Structure.read(doc, false).assertion();
        assertThat(Ob2Checks.recipient(asTyped, ClaimedRecipient.of("Nobody@Example.org", null)).status())
                .isEqualTo(Check.Status.PASSED);
    }

    @Test
    void expiryAndIssuedOnFollowTheClock() throws IOException {
        assertThat(Ob2Checks.expiry(assertion("basic-assertion.json"), NOW).status()).isEqualTo(Check.Status.PASSED);
        assertThat(Ob2Checks.issuedOn(assertion("basic-assertion.json"), NOW).status())
                .isEqualTo(Check.Status.PASSED);

        Ob2Assertion expired = assertion("basic-assertion-expired.json"); // expires 2022-11-15T23:59:59Z
        assertThat(Ob2Checks.expiry(expired, Instant.parse("2022-11-15T23:59:58Z")).status())
                .isEqualTo(Check.Status.PASSED);
        Check atExpiry = Ob2Checks.expiry(expired, Instant.parse("2022-11-15T23:59:59Z"));
        assertThat(atExpiry.status()).isEqualTo(Check.Status.FAILED);
        assertThat(atExpiry.message()).contains("expired at 2022-11-15T23:59:59Z");

        Ob2Assertion future = assertion("basic-assertion-in-future.json"); // issued 2100-12-31T23:59:59Z
        Check inFuture = Ob2Checks.issuedOn(future, NOW);
        assertThat(inFuture.status()).isEqualTo(Check.Status.FAILED);
        assertThat(inFuture.message()).contains("in the future");
        assertThat(Ob2Checks.issuedOn(future, Instant.parse("2100-12-31T23:59:59Z")).status())
                .isEqualTo(Check.Status.PASSED);

        Ob2Assertion backwards = assertion("basic-assertion-expired-before-issued.json");
        Check order = Ob2Checks.issuedOn(backwards, Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(order.status()).isEqualTo(Check.Status.FAILED);
        assertThat(order.message()).contains("before it was issued");
    }

    @Test
    void validatorFixturesPassOrFailStructureAsNamed() throws IOException {
        Ob2Assertion basic = assertion("basic-assertion.json");
        assertThat(basic.method()).isEqualTo(Ob2Assertion.Method.HOSTED);
        assertThat(basic.id()).isEqualTo("https://example.org/beths-robotics-badge.json");
        assertThat(basic.badge()).isEqualTo("https://example.org/robotics-badge.json");
        assertThat(basic.recipient().salt()).isEqualTo("deadsea");

        assertThat(Ob2Structure.read(json("basic-assertion-invalid-context.json"), false).problems())
                .containsExactly("@context is \"https://w3id.org/openbadges/invalid\", not "
                        + "\"https://w3id.org/openbadges/v2\"");
        assertThat(Ob2Structure.read(json("basic-assertion-invalid-type.json"), false).problems())
                .containsExactly("type is \"OtherAssertion\", not \"Assertion\"");
        // The spec's own example uses the "verify" alias for "verification".
        String spec = fixture("spec-example.signed-assertion.jws.txt").strip();
        ObjectNode payload = (ObjectNode) JSON.readTree(java.util.Base64.getUrlDecoder().decode(spec.split("\\.")[1]));
        Ob2Assertion signed = Ob2Structure.read(payload, true).assertion();
        assertThat(signed.method()).isEqualTo(Ob2Assertion.Method.SIGNED);
        assertThat(signed.creator()).isEqualTo("https://example.org/publicKey");
    }

    @Test
    void structureExplainsEveryProblem() throws IOException {
        ObjectNode doc = json("basic-assertion.json");
        doc.put("@context", 5);
        doc.putArray("type").add("Badge");
        doc.put("id", "not an iri");
        ((ObjectNode) doc.get("recipient")).put("hashed", "true").put("identity", "ecf5409f");
        doc.put("badge", 7);
        ((ObjectNode) doc.get("verification")).put("type", "VerificationObject");
        doc.put("issuedOn", 1483228799);
        doc.put("expires", "2017-01-01");
        assertThat(Ob2Structure.read(doc, false).problems()).containsExactly(
                "@context must be \"https://w3id.org/openbadges/v2\" or an array including it, not a number",
                "type does not include \"Assertion\"",
                "verification.type is [VerificationObject]: it must be HostedBadge (alias hosted) or SignedBadge "
                        + "(alias signed); VerificationObject belongs in issuer Profiles",
                "id \"not an iri\" is not an absolute IRI",
                "recipient.hashed must be true or false (a JSON boolean), not a string",
                "badge must be the IRI of a BadgeClass (or an embedded BadgeClass), not a number",
                "issuedOn must be an ISO 8601 date-time string with a time zone, not a number (Open Badges 2.0 no "
                        + "longer allows Unix timestamps)",
                "expires \"2017-01-01\" is not an ISO 8601 date-time with a time and a time zone, such as "
                        + "2016-12-31T23:59:59Z");

        ObjectNode hashedWithoutAlgorithm = json("basic-assertion.json");
        ((ObjectNode) hashedWithoutAlgorithm.get("recipient")).put("identity", "ecf5409f");
        assertThat(Ob2Structure.read(hashedWithoutAlgorithm, false).problems()).singleElement().asString()
                .contains("IdentityHash");
        assertThat(Ob2Structure.read(JSON.readTree("[1]"), false).problems())
                .containsExactly("the assertion must be a JSON object, not an array");
        // A JWS carries a SignedBadge; a HostedBadge id must be an http(s) URL.
        assertThat(Ob2Structure.read(json("basic-assertion.json"), true).problems()).singleElement().asString()
                .contains("must carry a SignedBadge");
        ObjectNode urnHosted = json("basic-assertion.json");
        urnHosted.put("id", "urn:uuid:2f1cd1d0-4b8b-4d3c-9a53-3b6f7c1f2a10");
        assertThat(Ob2Structure.read(urnHosted, false).problems()).singleElement().asString()
                .contains("must be an http(s) URL");
    }

    @Test
    void contextAndTypeMayBeArrays() throws IOException {
        ObjectNode doc = json("basic-assertion.json");
        doc.putArray("@context").add("https://w3id.org/openbadges/v2").addObject().put("foo", "http://example.org/foo");
        doc.putArray("type").add("Assertion").add("extension:Foo");
        doc.putObject("badge").put("id", "https://example.org/robotics-badge.json").put("type", "BadgeClass");
        assertThat(Ob2Structure.read(doc, false).problems()).isEmpty();
    }
}
