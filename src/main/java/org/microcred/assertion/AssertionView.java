package org.microcred.assertion;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.assertion.AssertionRequests.Evidence;
import org.microcred.assertion.AssertionRequests.Recipient;

/** An assertion as the admin API shows it, with its Open Badges document and, if signed, its JWS. */
@Schema(name = "Assertion")
public record AssertionView(
        UUID id,
        UUID badgeClassId,
        UUID issuerId,
        Recipient recipient,
        List<Evidence> evidence,
        String narrative,
        Instant issuedOn,
        Instant expires,
        BigDecimal contactHours,
        @Schema(enumeration = {"signed", "hosted"}) String delivery,
        boolean revoked,
        Instant revokedAt,
        String revocationReason,
        @Schema(description = "Set when a stack awarded this completion badge") UUID awardedByStack,
        @JsonRawValue @Schema(type = SchemaType.OBJECT,
                description = "The Open Badges 2.0 Assertion (the JWS payload when signed)") String openBadge,
        @Schema(description = "Compact JWS (RS256) of a signed assertion") String jws,
        @Schema(description = "Where a hosted assertion is served") String publicUrl,
        Instant createdAt) {
}
