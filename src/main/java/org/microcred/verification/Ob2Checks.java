package org.microcred.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.microcred.assertion.RecipientIdentity;
import org.microcred.common.ProblemException;

/** The checks that need nothing but the assertion, the time and the claimed recipient: pure functions. */
final class Ob2Checks {

    private Ob2Checks() {
    }

    /** Not expired: {@code expires} absent, or later than now. */
    static Check expiry(Ob2Assertion assertion, Instant now) {
        if (assertion.expires() == null) {
            return Check.passed(Check.EXPIRY, "the assertion does not expire");
        }
        if (assertion.expires().isAfter(now)) {
            return Check.passed(Check.EXPIRY, "the assertion expires at " + assertion.expires());
        }
        return Check.failed(Check.EXPIRY, "the assertion expired at " + assertion.expires());
    }

    /** Issued in the past (not after now), and expiring, if at all, after it was issued. */
    static Check issuedOn(Ob2Assertion assertion, Instant now) {
        Instant issued = assertion.issuedOn();
        if (issued.isAfter(now)) {
            return Check.failed(Check.ISSUED_ON, "issuedOn " + issued + " is in the future (now is " + now + ")");
        }
        if (assertion.expires() != null && !assertion.expires().isAfter(issued)) {
            return Check.failed(Check.ISSUED_ON, "the assertion expires (" + assertion.expires()
                    + ") before it was issued (" + issued + ")");
        }
        return Check.passed(Check.ISSUED_ON, "issued at " + issued + ", not in the future");
    }

    /** The claimed recipient matches the IdentityObject: plain, or hashed with the assertion's salt. */
    static Check recipient(Ob2Assertion assertion, ClaimedRecipient claimed) {
        if (claimed == null) {
            return Check.skipped(Check.RECIPIENT, "no recipient was given to compare with the assertion");
        }
        Ob2Assertion.Identity identity = assertion.recipient();
        if (!identity.type().equals(claimed.type())) {
            return Check.failed(Check.RECIPIENT, "the assertion identifies its recipient by " + identity.type()
                    + ", not by " + claimed.type());
        }
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(claimed.normalized());
        candidates.add(claimed.asGiven());
        if (!identity.hashed()) {
            String plain = normalize(identity.type(), identity.identity());
            boolean match = candidates.stream().anyMatch(plain::equals);
            return match ? Check.passed(Check.RECIPIENT, "the " + claimed.type()
                            + " matches the assertion's plain (unhashed) recipient identity")
                    : Check.failed(Check.RECIPIENT, "the " + claimed.type()
                            + " does not match the assertion's recipient identity");
        }
        String stored = identity.identity();
        int dollar = stored.indexOf('$');
        String algorithm = stored.substring(0, dollar).toLowerCase(Locale.ROOT);
        String salt = identity.salt() == null ? "" : identity.salt();
        boolean match = candidates.stream().anyMatch(c -> hash(algorithm, c, salt).equalsIgnoreCase(stored));
        String salted = identity.salt() == null ? " (unsalted)" : " with the assertion's salt";
        return match ? Check.passed(Check.RECIPIENT, "the " + algorithm + " hash of the " + claimed.type() + salted
                        + " matches recipient.identity")
                : Check.failed(Check.RECIPIENT, "the " + algorithm + " hash of the " + claimed.type() + salted
                        + " does not match recipient.identity: the assertion was awarded to someone else");
    }

    /** An Open Badges IdentityHash: {@code algorithm$hex(digest(identity + salt))}, sha256 or md5. */
    static String hash(String algorithm, String identity, String salt) {
        String digestName = switch (algorithm) {
            case "sha256" -> "SHA-256";
            case "md5" -> "MD5";
            default -> throw new IllegalArgumentException("unsupported identity hash " + algorithm);
        };
        try {
            byte[] digest = MessageDigest.getInstance(digestName)
                    .digest((identity + salt).getBytes(StandardCharsets.UTF_8));
            return algorithm + "$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain identity in the form this service compares identities (email lower-cased, phone in E.164). */
    private static String normalize(String type, String identity) {
        try {
            return RecipientIdentity.of("recipient", type, identity).identity();
        } catch (ProblemException e) {
            return identity.strip();
        }
    }
}
