package org.microcred.assertion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the assertion API. */
public final class AssertionRequests {

    private AssertionRequests() {
    }

    @Schema(name = "Recipient")
    public record Recipient(
            @NotNull @Pattern(regexp = "email|url|telephone", message = "must be one of: email, url, telephone")
            @Schema(enumeration = {"email", "url", "telephone"}, example = "email") String type,
            @NotBlank @Size(max = 2000) @Schema(example = "teacher@dcps.example.org") String identity) {
    }

    @Schema(name = "Evidence", description = "The work behind the award, such as a classroom video")
    public record Evidence(
            @NotBlank @Size(max = 2000) @Schema(description = "http or https URL of the artifact",
                    example = "https://video.example.org/whiteboards-lesson.mp4") String url,
            @Size(max = 500) @Schema(example = "Whiteboards in a 5th-grade math lesson") String name,
            @Size(max = 20000) @Schema(example = "Every student answers on a whiteboard; I adjust the lesson.")
            String narrative,
            @Size(max = 5000) String description,
            @Size(max = 200) @Schema(example = "Classroom video") String genre,
            @Size(max = 500) @Schema(example = "Grade 5 mathematics") String audience) {
    }

    @Schema(name = "IssueAssertion")
    public record Issue(
            @NotNull @Valid Recipient recipient,
            @Size(max = 50) List<@NotNull @Valid Evidence> evidence,
            @Size(max = 20000) String narrative,
            @Schema(description = "When the badge was earned; not in the future. Default: now",
                    example = "2026-11-30T15:00:00Z") Instant issuedOn,
            @Schema(description = "Default: issuedOn plus the badge class's validity period, if any")
            Instant expires,
            @Pattern(regexp = "signed|hosted", message = "must be one of: signed, hosted")
            @Schema(enumeration = {"signed", "hosted"}, description = "Default: signed") String delivery) {
    }

    @Schema(name = "IssueAssertionBatch")
    public record Batch(@NotEmpty @Size(max = 500) List<@NotNull @Valid Issue> assertions) {
    }

    @Schema(name = "RevokeAssertion")
    public record Revoke(@NotBlank @Size(max = 2000) @Schema(example = "Evidence was not the teacher's own work")
            String reason) {
    }
}
