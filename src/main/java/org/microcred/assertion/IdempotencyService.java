package org.microcred.assertion;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.microcred.common.JsonText;
import org.microcred.common.ProblemException;

/**
 * Idempotency-Key handling for issuing requests. The key is claimed in the issuing transaction itself: a retry that
 * arrives while the first is still running waits on the row, then sees what the first created.
 */
@ApplicationScoped
class IdempotencyService {

    static final int MAX_KEY_LENGTH = 255;
    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() { };

    private final JsonText json;
    private final Clock clock;

    IdempotencyService(JsonText json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * Claims the key for this request. Empty: the caller goes on and must call {@link #complete}. Present: the
     * assertions an earlier identical request created.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<List<UUID>> claim(UUID issuerId, String key, String requestHash) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into idempotency_record (issuer_id, idempotency_key, request_hash, assertion_ids, created_at)
                values (?1, ?2, ?3, cast('[]' as jsonb), ?4) on conflict do nothing""")
                .setParameter(1, issuerId).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        IdempotencyRecord existing = IdempotencyRecord.findById(new IdempotencyRecord.Key(issuerId, key));
        if (!existing.requestHash.equals(requestHash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was already used for a different request", List.of(
                            new org.microcred.common.FieldError("Idempotency-Key",
                                    "was already used for a different request")));
        }
        return Optional.of(json.read(existing.assertionIds, IDS));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(UUID issuerId, String key, List<UUID> assertionIds) {
        IdempotencyRecord record = IdempotencyRecord.findById(new IdempotencyRecord.Key(issuerId, key));
        record.assertionIds = json.write(assertionIds);
    }

}
