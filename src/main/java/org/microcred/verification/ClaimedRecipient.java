package org.microcred.verification;

import org.microcred.assertion.RecipientIdentity;
import org.microcred.common.ProblemException;

/**
 * The recipient a caller expects the assertion to name: its type, its normalized form (trimmed, email lower-cased)
 * and the form it was given in (trimmed), since other issuers may have hashed an email without lower-casing it.
 */
record ClaimedRecipient(String type, String normalized, String asGiven) {

    /** Null when no recipient was given; a malformed one is the caller's mistake (400 naming the field). */
    static ClaimedRecipient of(String recipient, String recipientType) {
        if (recipient == null) {
            if (recipientType != null) {
                throw ProblemException.invalid("recipient", "is required when recipientType is given");
            }
            return null;
        }
        // Names its errors "recipient" and "recipientType", as this request does.
        RecipientIdentity identity = RecipientIdentity.fromQuery(recipientType, recipient);
        return new ClaimedRecipient(identity.type(), identity.identity(), recipient.strip());
    }
}
