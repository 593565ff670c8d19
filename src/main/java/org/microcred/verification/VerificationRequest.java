package org.microcred.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/verify}. */
@Schema(name = "VerifyAssertion")
public record VerificationRequest(
        @Schema(description = "The assertion: its JSON object, its compact JWS (a string), or the http(s) URL of an "
                + "assertion hosted by this service. Nothing is ever fetched from other hosts.",
                oneOf = {Map.class, String.class}, example = "eyJhbGciOiJSUzI1NiJ9.eyJAY29udGV4dCI6...")
        @NotNull JsonNode assertion,
        @Size(max = 2000)
        @Schema(description = "Optional: the recipient to compare with the assertion's (hashed) identity",
                example = "teacher@dcps.example.org")
        String recipient,
        @Pattern(regexp = "email|url|telephone", message = "must be one of: email, url, telephone")
        @Schema(enumeration = {"email", "url", "telephone"},
                description = "The recipient's type. Default: guessed (an http(s) URL, a +E.164 telephone, else email)")
        String recipientType) {
}
