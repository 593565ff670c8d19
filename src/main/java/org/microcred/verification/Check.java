package org.microcred.verification;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One named check of a verification report, with its outcome and a sentence saying why. */
@Schema(name = "VerificationCheck")
public record Check(
        @Schema(enumeration = {"structure", "signature", "keyOwnership", "revocation", "expiry", "issuedOn",
                "recipient"}, example = "signature") String name,
        @Schema(enumeration = {"passed", "failed", "skipped"}, example = "passed") Status status,
        @Schema(example = "the RS256 signature verifies with key https://badges.example.org/public/keys/...")
        String message) {

    public static final String STRUCTURE = "structure";
    public static final String SIGNATURE = "signature";
    public static final String KEY_OWNERSHIP = "keyOwnership";
    public static final String REVOCATION = "revocation";
    public static final String EXPIRY = "expiry";
    public static final String ISSUED_ON = "issuedOn";
    public static final String RECIPIENT = "recipient";

    /** Every check, in the order reports list them. */
    public static final java.util.List<String> ORDER = java.util.List.of(STRUCTURE, SIGNATURE, KEY_OWNERSHIP,
            REVOCATION, EXPIRY, ISSUED_ON, RECIPIENT);

    public enum Status {
        PASSED, FAILED, SKIPPED;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Check passed(String name, String message) {
        return new Check(name, Status.PASSED, message);
    }

    public static Check failed(String name, String message) {
        return new Check(name, Status.FAILED, message);
    }

    public static Check skipped(String name, String message) {
        return new Check(name, Status.SKIPPED, message);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
