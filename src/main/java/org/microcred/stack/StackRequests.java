package org.microcred.stack;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the stack API. */
public final class StackRequests {

    private StackRequests() {
    }

    @Schema(name = "CreateStack")
    public record Create(
            @NotBlank @Size(max = 200) @Schema(example = "Teach 5: Checking for Student Understanding") String name,
            @Size(max = 5000) String description,
            @NotEmpty @Size(max = 100) List<@NotNull UUID> badgeClassIds,
            @Min(1) @Schema(description = "How many of the badge classes complete the stack. Default: all")
            Integer requiredCount,
            @Schema(description = "Awarded automatically, once, when the stack is complete")
            UUID completionBadgeClassId) {
    }

    @Schema(name = "StackMember")
    public record Member(UUID badgeClassId, String name) {
    }

    @Schema(name = "Stack")
    public record StackView(UUID id, UUID issuerId, String name, String description, List<Member> badgeClasses,
            int requiredCount, UUID completionBadgeClassId, Instant createdAt) {
    }

    @Schema(name = "EarnedBadge")
    public record Earned(UUID badgeClassId, String name, UUID assertionId, Instant issuedOn) {
    }

    @Schema(name = "StackProgress")
    public record Progress(
            UUID stackId,
            @Schema(example = "teacher@dcps.example.org") String recipient,
            String recipientType,
            int requiredCount,
            int earnedCount,
            @Schema(description = "Live awards: neither revoked nor expired") List<Earned> earned,
            List<Member> missing,
            boolean complete,
            @Schema(description = "When the stack was completed (the award that completed it)") Instant completedOn,
            UUID completionAssertionId) {
    }
}
