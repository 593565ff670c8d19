package org.microcred.verification;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the verifier concluded: every check in a fixed order, and the verdict. The verdict is {@code valid} only
 * when every check passed, except {@code recipient}, which is skipped when no recipient was given.
 */
@Schema(name = "VerificationReport")
public record VerificationReport(
        @Schema(enumeration = {"valid", "invalid"}, example = "valid") Verdict verdict,
        @Schema(description = "The assertion's id, if it could be read", example = "urn:uuid:2f1c...")
        String assertionId,
        @Schema(description = "The issuer Profile's URL, when the badge class is hosted by this service")
        String issuer,
        @Schema(description = "The assertion's badge (BadgeClass IRI), if it could be read") String badgeClass,
        List<Check> checks) {

    public enum Verdict {
        VALID, INVALID;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Builds the report; the verdict follows from the checks. */
    static VerificationReport of(String assertionId, String issuer, String badgeClass, List<Check> checks) {
        boolean valid = checks.stream().allMatch(c -> c.passed()
                || (c.name().equals(Check.RECIPIENT) && c.status() == Check.Status.SKIPPED));
        return new VerificationReport(valid ? Verdict.VALID : Verdict.INVALID, assertionId, issuer, badgeClass,
                List.copyOf(checks));
    }
}
