package org.microcred.openbadges.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An Open Badges 2.0 BadgeClass. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"@context", "type", "id", "name", "description", "image", "criteria", "issuer", "alignment",
        "tags"})
public record BadgeClassDocument(
        @JsonProperty("@context") String context,
        String type,
        String id,
        String name,
        String description,
        String image,
        Criteria criteria,
        String issuer,
        List<Alignment> alignment,
        List<String> tags) {

    /** What a recipient must do: a URL describing it and/or a narrative (Markdown allowed by the spec). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "id", "narrative"})
    public record Criteria(String type, String id, String narrative) {

        public Criteria(String id, String narrative) {
            this("Criteria", id, narrative);
        }
    }

    /** An alignment to a framework, such as a district teaching standard. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode"})
    public record Alignment(String type, String targetName, String targetUrl, String targetDescription,
            String targetFramework, String targetCode) {

        public Alignment(String targetName, String targetUrl, String targetDescription, String targetFramework,
                String targetCode) {
            this("AlignmentObject", targetName, targetUrl, targetDescription, targetFramework, targetCode);
        }
    }

    public static BadgeClassDocument of(String id, String name, String description, String image, Criteria criteria,
            String issuerUrl, List<Alignment> alignment, List<String> tags) {
        return new BadgeClassDocument(OpenBadgesV2.CONTEXT, "BadgeClass", id, name, description, image, criteria,
                issuerUrl, alignment, tags);
    }
}
