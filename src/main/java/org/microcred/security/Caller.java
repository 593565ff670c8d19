package org.microcred.security;

import java.util.Optional;
import java.util.UUID;

/** Who is calling the admin API: the administrator, or one issuer through one of its API keys. */
public record Caller(boolean admin, UUID issuerId, UUID apiKeyId) {

    public static Caller administrator() {
        return new Caller(true, null, null);
    }

    public static Caller issuer(UUID issuerId, UUID apiKeyId) {
        return new Caller(false, issuerId, apiKeyId);
    }

    /** Whether this caller may see the issuer's data. An issuer key reaches only its own issuer. */
    public boolean canAccess(UUID issuer) {
        return admin || (issuer != null && issuer.equals(issuerId));
    }

    /** The issuer this caller is confined to; empty for the administrator. */
    public Optional<UUID> scope() {
        return Optional.ofNullable(issuerId);
    }
}
