package org.microcred.signing;

import java.util.UUID;

/** A compact JWS and the key that made it. */
public record SignedJws(String compact, UUID keyId) {
}
