package org.microcred.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.microcred.common.ProblemException;

/** Issues, revokes and authenticates issuer API keys. */
@ApplicationScoped
public class ApiKeyService {

    static final String ISSUER_KEY_PREFIX = "mck_";
    /** How long an authenticated key is trusted without a database look-up (bounds staleness across nodes). */
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    /** A new key: the secret is returned only here, once. */
    public record CreatedKey(ApiKey key, String secret) {
    }

    private record Cached(Caller caller, Instant until) {
    }

    private final Map<String, Cached> byHash = new ConcurrentHashMap<>();
    private final Clock clock;

    public ApiKeyService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public CreatedKey create(UUID issuerId, String label) {
        String secret = Secrets.newApiKey(ISSUER_KEY_PREFIX);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.issuerId = issuerId;
        key.label = label;
        key.keyPrefix = secret.substring(0, ISSUER_KEY_PREFIX.length() + 6);
        key.keyHash = Secrets.sha256Hex(secret);
        key.createdAt = clock.instant();
        key.persist();
        return new CreatedKey(key, secret);
    }

    public List<ApiKey> list(UUID issuerId) {
        return ApiKey.list("issuerId = ?1 order by createdAt", issuerId);
    }

    /** Revokes a key at once; the record stays. Revoking twice is harmless. */
    @Transactional
    public ApiKey revoke(UUID keyId) {
        ApiKey key = ApiKey.findById(keyId);
        if (key == null) {
            throw ProblemException.notFound("API key", keyId);
        }
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
        }
        byHash.remove(key.keyHash);
        return key;
    }

    /** The issuer caller for a presented secret, if it is a live key. */
    public Optional<Caller> authenticate(String secret) {
        String hash = Secrets.sha256Hex(secret);
        Instant now = clock.instant();
        Cached cached = byHash.get(hash);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.caller());
        }
        Optional<ApiKey> key = ApiKey.find("keyHash = ?1 and revokedAt is null", hash).firstResultOptional();
        key.ifPresentOrElse(
                k -> byHash.put(hash, new Cached(Caller.issuer(k.issuerId, k.id), now.plus(CACHE_TTL))),
                () -> byHash.remove(hash));
        return key.map(k -> Caller.issuer(k.issuerId, k.id));
    }
}
