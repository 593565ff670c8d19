package org.microcred.assertion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.microcred.common.ProblemException;
import org.microcred.common.Urls;

/**
 * A recipient's identity as Open Badges 2.0 hashes it: normalized (trimmed; email lower-cased), then
 * {@code sha256$} + lower-case hex of SHA-256(identity + salt).
 */
public record RecipientIdentity(String type, String identity) {

    public static final String EMAIL = "email";
    public static final String URL = "url";
    public static final String TELEPHONE = "telephone";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Normalizes and checks an identity object of a request body; {@code field} names it in errors. */
    public static RecipientIdentity of(String field, String type, String identity) {
        return of(field + ".type", field + ".identity", type, identity);
    }

    private static RecipientIdentity of(String typeField, String identityField, String type, String identity) {
        if (type == null) {
            throw ProblemException.invalid(typeField, "must be one of: email, url, telephone");
        }
        if (identity == null || identity.isBlank()) {
            throw ProblemException.invalid(identityField, "must not be blank");
        }
        String trimmed = identity.strip();
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(identityField, "must not contain control characters");
        }
        return switch (type) {
            case EMAIL -> {
                String email = trimmed.toLowerCase(Locale.ROOT);
                if (email.length() > 320 || !EMAIL_PATTERN.matcher(email).matches()) {
                    throw ProblemException.invalid(identityField, "must be an email address");
                }
                yield new RecipientIdentity(EMAIL, email);
            }
            case URL -> new RecipientIdentity(URL, Urls.requireHttp(identityField, trimmed));
            case TELEPHONE -> {
                // Phone numbers are compared in E.164 form, so "+1 (202) 555-0100" and "+12025550100" match.
                String phone = trimmed.replaceAll("[\\s().-]", "");
                if (!E164.matcher(phone).matches()) {
                    throw ProblemException.invalid(identityField,
                            "must be a telephone number in E.164 form, such as +12025550100");
                }
                yield new RecipientIdentity(TELEPHONE, phone);
            }
            default -> throw ProblemException.invalid(typeField, "must be one of: email, url, telephone");
        };
    }

    /**
     * A recipient given as query parameters {@code recipient} and optional {@code recipientType}; without a type it
     * is guessed: an http(s) URL, an E.164 telephone (+...), else an email.
     */
    public static RecipientIdentity fromQuery(String type, String identity) {
        if (type == null) {
            String value = identity == null ? "" : identity.strip();
            type = value.startsWith("http://") || value.startsWith("https://") ? URL
                    : value.startsWith("+") ? TELEPHONE : EMAIL;
        }
        return of("recipientType", "recipient", type, identity);
    }

    public String hash(String salt) {
        return hash(identity, salt);
    }

    public static String hash(String normalizedIdentity, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((normalizedIdentity + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh random salt (128 bits, hex), chosen once per assertion and stored with it. */
    public static String newSalt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The key under which concurrent awards to this recipient are serialized. */
    String lockKey() {
        return type + ":" + identity;
    }
}
