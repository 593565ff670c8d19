package org.microcred.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the contact-hours API. */
public final class HoursViews {

    private HoursViews() {
    }

    @Schema(name = "HoursEntry", description = "One assertion and the contact hours it carries")
    public record Entry(UUID assertionId, UUID badgeClassId, String badgeClassName, UUID issuerId, Instant issuedOn,
            Instant expires, BigDecimal contactHours,
            @Schema(description = "Why it does not count: revoked or expired", enumeration = {"revoked", "expired"})
            String excludedBecause) {
    }

    @Schema(name = "HoursReport")
    public record Report(
            @Schema(example = "teacher@dcps.example.org") String recipient,
            String recipientType,
            @Schema(description = "Start of the window, inclusive (absent: from the beginning)") Instant from,
            @Schema(description = "End of the window, exclusive (absent: up to now)") Instant to,
            @Schema(description = "Revocation and expiry are judged at this instant: the end of the window, or now "
                    + "if that is earlier") Instant evaluatedAt,
            @Schema(example = "37.5") BigDecimal totalHours,
            @Schema(example = "hours") String unit,
            @Schema(description = "The assertions whose hours count, oldest first") List<Entry> assertions,
            @Schema(description = "Issued in the window but not counted") List<Entry> excluded) {
    }

    @Schema(name = "RenewalPolicyInForce")
    public record Policy(UUID issuerId, @Schema(example = "90") BigDecimal requiredHours,
            @Schema(example = "4") int cycleYears) {
    }

    @Schema(name = "RenewalStatus")
    public record Renewal(String recipient, String recipientType, Policy policy, Instant cycleStart,
            Instant cycleEnd, BigDecimal earnedHours, BigDecimal remainingHours, boolean met, String unit,
            List<Entry> assertions, List<Entry> excluded) {
    }
}
