package org.microcred.badgeclass;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the badge class API. */
public final class BadgeClassRequests {

    private BadgeClassRequests() {
    }

    @Schema(name = "Criteria", description = "What earns the badge: a URL, a narrative, or both")
    public record Criteria(
            @Size(max = 2000) @Schema(example = "https://dcps.example.org/mc/whiteboards") String url,
            @Size(max = 20000) @Schema(example = "Submit a classroom video showing every student answering.")
            String narrative) {
    }

    @Schema(name = "Alignment", description = "An alignment to a framework, such as a district teaching standard")
    public record Alignment(
            @NotBlank @Size(max = 500) @Schema(example = "Teach 5: Checking for Student Understanding")
            String targetName,
            @NotBlank @Size(max = 2000) @Schema(example = "https://dcps.example.org/teach/5") String targetUrl,
            @Size(max = 5000) String targetDescription,
            @Size(max = 500) @Schema(example = "DCPS Essential Practices") String targetFramework,
            @Size(max = 100) @Schema(example = "TEACH-5") String targetCode) {
    }

    @Schema(name = "CreateBadgeClass")
    public record Create(
            @NotBlank @Size(max = 200) @Schema(example = "Using Individual Student Whiteboards") String name,
            @NotBlank @Size(max = 5000) String description,
            @NotBlank @Size(max = 400000) @Schema(description = "https URL, or a PNG or SVG data URI",
                    example = "https://dcps.example.org/badges/whiteboards.png") String image,
            @NotNull @Valid Criteria criteria,
            @Size(max = 20) List<@NotNull @Valid Alignment> alignments,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
            @Schema(description = "Professional-development contact hours the badge certifies", example = "5")
            BigDecimal contactHours,
            @Schema(description = "Whether each award must carry evidence (default false)") Boolean evidenceRequired,
            @Size(max = 20) @Schema(description = "ISO 8601 period after which an award expires, e.g. P4Y",
                    example = "P4Y") String validity,
            @Schema(description = "Whether a recipient may hold this badge twice (default false)")
            Boolean allowDuplicates) {
    }

    /** A merge patch: absent fields are left alone; null clears an optional one. */
    @Schema(name = "UpdateBadgeClass")
    public record Update(
            @Size(min = 1, max = 200) String name,
            @Size(min = 1, max = 5000) String description,
            @Size(min = 1, max = 400000) String image,
            @Valid Criteria criteria,
            @Size(max = 20) List<@NotNull @Valid Alignment> alignments,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
            @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal contactHours,
            Boolean evidenceRequired,
            @Size(max = 20) String validity,
            Boolean allowDuplicates) {
    }
}
