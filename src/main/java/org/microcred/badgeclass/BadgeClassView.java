package org.microcred.badgeclass;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.badgeclass.BadgeClassRequests.Alignment;
import org.microcred.badgeclass.BadgeClassRequests.Criteria;

/** A badge class as the admin API shows it. */
@Schema(name = "BadgeClass")
public record BadgeClassView(UUID id, UUID issuerId, String name, String description, String image,
        Criteria criteria, List<Alignment> alignments, List<String> tags, BigDecimal contactHours,
        boolean evidenceRequired, String validity, boolean allowDuplicates,
        @Schema(description = "The public Open Badges 2.0 BadgeClass") String publicUrl,
        Instant createdAt, Instant updatedAt) {
}
