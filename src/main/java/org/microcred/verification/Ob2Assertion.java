package org.microcred.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The parts of an Open Badges 2.0 Assertion that verification needs, read from a document that passed the
 * structure check.
 *
 * @param creator the SignedBadge's key IRI ({@code verification.creator}); null when absent or hosted
 * @param expires null when the assertion does not expire
 * @param revoked the assertion's own {@code revoked} flag (a hosted issuer may publish {@code revoked: true})
 */
record Ob2Assertion(ObjectNode document, String id, Method method, String creator, String badge,
        Identity recipient, Instant issuedOn, Instant expires, boolean revoked, String revocationReason) {

    /** How the assertion is verified. */
    enum Method {
        HOSTED("HostedBadge"), SIGNED("SignedBadge");

        final String type;

        Method(String type) {
            this.type = type;
        }
    }

    /** The recipient's IdentityObject. {@code salt} is null when absent (the hash is then unsalted). */
    record Identity(String type, String identity, boolean hashed, String salt) {
    }
}
