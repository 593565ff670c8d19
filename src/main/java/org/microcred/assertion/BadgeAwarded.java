package org.microcred.assertion;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously inside the issuing transaction after an assertion is written, so that observers (stack
 * completion) commit or roll back with it.
 */
public record BadgeAwarded(UUID assertionId, UUID issuerId, UUID badgeClassId, RecipientIdentity recipient,
        Instant issuedOn) {
}
