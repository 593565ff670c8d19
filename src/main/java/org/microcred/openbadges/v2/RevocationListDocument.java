package org.microcred.openbadges.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An Open Badges 2.0 RevocationList: every assertion the issuer has revoked, with the reason. */
@JsonPropertyOrder({"@context", "type", "id", "issuer", "revokedAssertions"})
public record RevocationListDocument(
        @JsonProperty("@context") String context,
        String type,
        String id,
        String issuer,
        List<Revoked> revokedAssertions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "revocationReason"})
    public record Revoked(String id, String revocationReason) {
    }

    public static RevocationListDocument of(String id, String issuerUrl, List<Revoked> revoked) {
        return new RevocationListDocument(OpenBadgesV2.CONTEXT, "RevocationList", id, issuerUrl, revoked);
    }
}
