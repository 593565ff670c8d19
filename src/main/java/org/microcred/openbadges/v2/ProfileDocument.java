package org.microcred.openbadges.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An Open Badges 2.0 Issuer Profile, listing its public keys and its revocation list. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"@context", "type", "id", "name", "url", "email", "description", "image", "publicKey",
        "revocationList"})
public record ProfileDocument(
        @JsonProperty("@context") String context,
        String type,
        String id,
        String name,
        String url,
        String email,
        String description,
        String image,
        List<String> publicKey,
        String revocationList) {

    public static ProfileDocument of(String id, String name, String url, String email, String description,
            String image, List<String> publicKeys, String revocationList) {
        return new ProfileDocument(OpenBadgesV2.CONTEXT, "Issuer", id, name, url, email, description, image,
                publicKeys, revocationList);
    }
}
