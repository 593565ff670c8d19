package org.microcred.openbadges.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An Open Badges 2.0 CryptographicKey: the public half of an issuer's signing key. */
@JsonPropertyOrder({"@context", "type", "id", "owner", "publicKeyPem"})
public record CryptographicKeyDocument(
        @JsonProperty("@context") String context,
        String type,
        String id,
        String owner,
        String publicKeyPem) {

    public static CryptographicKeyDocument of(String id, String ownerUrl, String publicKeyPem) {
        return new CryptographicKeyDocument(OpenBadgesV2.CONTEXT, "CryptographicKey", id, ownerUrl, publicKeyPem);
    }
}
