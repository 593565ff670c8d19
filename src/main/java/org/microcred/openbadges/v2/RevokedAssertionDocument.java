package org.microcred.openbadges.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The 410 Gone body of a revoked hosted assertion, as the Open Badges 2.0 specification shows it. */
@JsonPropertyOrder({"@context", "id", "revoked", "revocationReason"})
public record RevokedAssertionDocument(
        @JsonProperty("@context") String context,
        String id,
        boolean revoked,
        String revocationReason) {

    public static RevokedAssertionDocument of(String id, String reason) {
        return new RevokedAssertionDocument(OpenBadgesV2.CONTEXT, id, true, reason);
    }
}
