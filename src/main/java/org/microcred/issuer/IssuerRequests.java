package org.microcred.issuer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the issuer API. */
public final class IssuerRequests {

    private IssuerRequests() {
    }

    @Schema(name = "RenewalPolicy", description = "Contact hours a teacher needs per license-renewal cycle")
    public record RenewalPolicy(
            @NotNull @DecimalMin(value = "0.25") @DecimalMax("10000") @Digits(integer = 5, fraction = 2)
            @Schema(example = "90") BigDecimal requiredHours,
            @NotNull @Min(1) @Max(20) @Schema(example = "4") Integer cycleYears) {
    }

    @Schema(name = "CreateIssuer")
    public record Create(
            @NotBlank @Size(max = 200) @Schema(example = "District of Columbia Public Schools") String name,
            @NotBlank @Size(max = 2000) @Schema(example = "https://dcps.example.org") String url,
            @NotBlank @Email @Size(max = 320) @Schema(example = "pd@dcps.example.org") String email,
            @Size(max = 5000) String description,
            @Size(max = 400000) @Schema(description = "https URL or PNG/SVG data URI") String image,
            @Valid @Schema(description = "Defaults to 90 hours every 4 years") RenewalPolicy renewalPolicy) {
    }

    /** A merge patch: an absent field is left alone, an explicit null clears an optional one. */
    @Schema(name = "UpdateIssuer")
    public record Update(
            @Size(min = 1, max = 200) String name,
            @Size(max = 2000) String url,
            @Email @Size(max = 320) String email,
            @Size(max = 5000) String description,
            @Size(max = 400000) String image,
            @Valid RenewalPolicy renewalPolicy) {
    }

    @Schema(name = "CreateApiKey")
    public record CreateApiKey(@Size(max = 200) @Schema(example = "HR system") String label) {
    }
}
