package org.microcred.openbadges.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/** An Open Badges 2.0 Assertion: hosted (id is its URL) or signed (id is a urn:uuid, payload of a JWS). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"@context", "type", "id", "recipient", "badge", "verification", "issuedOn", "expires",
        "evidence", "narrative"})
public record AssertionDocument(
        @JsonProperty("@context") String context,
        String type,
        String id,
        IdentityObject recipient,
        String badge,
        Verification verification,
        String issuedOn,
        String expires,
        List<Evidence> evidence,
        String narrative) {

    /** The recipient's hashed identity. */
    @JsonPropertyOrder({"type", "hashed", "salt", "identity"})
    public record IdentityObject(String type, boolean hashed, String salt, String identity) {
    }

    /** How the assertion is verified: {@code HostedBadge} or {@code SignedBadge} with its key's URL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(String type, String creator) {

        public static Verification hosted() {
            return new Verification("HostedBadge", null);
        }

        public static Verification signed(String keyUrl) {
            return new Verification("SignedBadge", keyUrl);
        }
    }

    /** Evidence of the work: the URL of a classroom video, with its description. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "id", "name", "description", "narrative", "genre", "audience"})
    public record Evidence(String type, String id, String name, String description, String narrative, String genre,
            String audience) {

        public Evidence(String id, String name, String description, String narrative, String genre, String audience) {
            this("Evidence", id, name, description, narrative, genre, audience);
        }
    }

    public static AssertionDocument of(String id, IdentityObject recipient, String badgeUrl, Verification verification,
            Instant issuedOn, Instant expires, List<Evidence> evidence, String narrative) {
        return new AssertionDocument(OpenBadgesV2.CONTEXT, "Assertion", id, recipient, badgeUrl, verification,
                OpenBadgesV2.date(issuedOn), OpenBadgesV2.date(expires), evidence, narrative);
    }
}
