package org.microcred.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.microcred.openbadges.v2.OpenBadgesV2;

/**
 * The Open Badges 2.0 data-validation rules for an Assertion, applied strictly: every required property present
 * with the type the specification gives it. Each problem is explained in one sentence.
 */
final class Ob2Structure {

    /** Either the assertion, or why its document is not a valid Open Badges 2.0 Assertion. */
    record Result(Ob2Assertion assertion, List<String> problems) {

        boolean valid() {
            return assertion != null;
        }
    }

    private static final Pattern IDENTITY_HASH = Pattern.compile("^(sha256|md5)\\$[0-9a-fA-F]+$");
    private static final Pattern UUID_URN = Pattern.compile(
            "^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            Pattern.CASE_INSENSITIVE);

    private Ob2Structure() {
    }

    /**
     * Checks {@code node} as an Assertion. {@code fromJws}: it is the payload of a compact JWS, which must then
     * declare SignedBadge verification.
     */
    static Result read(JsonNode node, boolean fromJws) {
        if (!(node instanceof ObjectNode doc)) {
            return new Result(null, List.of("the assertion must be a JSON object, not " + describe(node)));
        }
        List<String> problems = new ArrayList<>();
        checkContext(doc.get("@context"), problems);
        checkType(doc.get("type"), problems);
        Ob2Assertion.Method method = verificationMethod(doc, problems);
        String creator = method == Ob2Assertion.Method.SIGNED ? creator(doc, problems) : null;
        if (fromJws && method == Ob2Assertion.Method.HOSTED) {
            problems.add("a compact JWS must carry a SignedBadge assertion, but verification.type is HostedBadge");
        }
        String id = id(doc.get("id"), method, problems);
        Ob2Assertion.Identity recipient = recipient(doc.get("recipient"), problems);
        String badge = badge(doc.get("badge"), problems);
        Instant issuedOn = dateTime("issuedOn", doc.get("issuedOn"), true, problems);
        Instant expires = dateTime("expires", doc.get("expires"), false, problems);
        checkOptional(doc, problems);
        boolean revoked = false;
        JsonNode revokedNode = doc.get("revoked");
        if (revokedNode != null && !revokedNode.isNull()) {
            if (!revokedNode.isBoolean()) {
                problems.add("revoked must be true or false (a JSON boolean), not " + describe(revokedNode));
            } else {
                revoked = revokedNode.booleanValue();
            }
        }
        String reason = null;
        JsonNode reasonNode = doc.get("revocationReason");
        if (reasonNode != null && !reasonNode.isNull()) {
            if (!reasonNode.isTextual()) {
                problems.add("revocationReason must be a string, not " + describe(reasonNode));
            } else {
                reason = reasonNode.textValue();
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new Ob2Assertion(doc, id, method, creator, badge, recipient, issuedOn, expires, revoked,
                reason), List.of());
    }

    /** The id and badge of a document that may not be valid, for the report; null where unreadable. */
    static String textOrNull(JsonNode node, String field) {
        if (!(node instanceof ObjectNode doc)) {
            return null;
        }
        JsonNode value = doc.get(field);
        if (value != null && value.isTextual()) {
            return value.textValue();
        }
        if (value instanceof ObjectNode embedded && embedded.path("id").isTextual()) {
            return embedded.get("id").textValue();
        }
        return null;
    }

    private static void checkContext(JsonNode context, List<String> problems) {
        if (context == null || context.isNull()) {
            problems.add("@context is missing: an Open Badges 2.0 assertion declares \"" + OpenBadgesV2.CONTEXT + "\"");
        } else if (context.isTextual()) {
            if (!OpenBadgesV2.CONTEXT.equals(context.textValue())) {
                problems.add("@context is \"" + clip(context.textValue()) + "\", not \"" + OpenBadgesV2.CONTEXT
                        + "\"");
            }
        } else if (context.isArray()) {
            boolean found = false;
            for (int i = 0; i < context.size(); i++) {
                JsonNode entry = context.get(i);
                if (entry.isTextual()) {
                    found |= OpenBadgesV2.CONTEXT.equals(entry.textValue());
                } else if (!entry.isObject()) {
                    problems.add("@context[" + i + "] must be a context URL or an object, not " + describe(entry));
                }
            }
            if (!found) {
                problems.add("@context does not include \"" + OpenBadgesV2.CONTEXT + "\"");
            }
        } else {
            problems.add("@context must be \"" + OpenBadgesV2.CONTEXT + "\" or an array including it, not "
                    + describe(context));
        }
    }

    private static void checkType(JsonNode type, List<String> problems) {
        if (type == null || type.isNull()) {
            problems.add("type is missing: it must be \"Assertion\"");
        } else if (type.isTextual()) {
            if (!"Assertion".equals(type.textValue())) {
                problems.add("type is \"" + clip(type.textValue()) + "\", not \"Assertion\"");
            }
        } else if (type.isArray()) {
            boolean found = false;
            for (int i = 0; i < type.size(); i++) {
                if (!type.get(i).isTextual()) {
                    problems.add("type[" + i + "] must be a string, not " + describe(type.get(i)));
                } else {
                    found |= "Assertion".equals(type.get(i).textValue());
                }
            }
            if (!found) {
                problems.add("type does not include \"Assertion\"");
            }
        } else {
            problems.add("type must be \"Assertion\" or an array including it, not " + describe(type));
        }
    }

    private static Ob2Assertion.Method verificationMethod(ObjectNode doc, List<String> problems) {
        // "verify" is the alias the Open Badges 2.0 context defines for "verification".
        JsonNode verification = doc.has("verification") ? doc.get("verification") : doc.get("verify");
        if (verification == null || verification.isNull()) {
            problems.add("verification is missing: it must be an object with type HostedBadge or SignedBadge");
            return null;
        }
        if (!verification.isObject()) {
            problems.add("verification must be an object with type HostedBadge or SignedBadge, not "
                    + describe(verification));
            return null;
        }
        JsonNode type = verification.get("type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isTextual()) {
            types.add(type.textValue());
        } else if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.isTextual()) {
                    problems.add("verification.type entries must be strings, not " + describe(t));
                    return null;
                }
                types.add(t.textValue());
            }
        } else {
            problems.add("verification.type must be \"HostedBadge\" or \"SignedBadge\", not "
                    + (type == null ? "missing" : describe(type)));
            return null;
        }
        boolean hosted = types.contains("HostedBadge") || types.contains("hosted");
        boolean signed = types.contains("SignedBadge") || types.contains("signed");
        if (hosted == signed) {
            problems.add(hosted ? "verification.type cannot be both HostedBadge and SignedBadge"
                    : "verification.type is " + types + ": it must be HostedBadge (alias hosted) or SignedBadge "
                            + "(alias signed); VerificationObject belongs in issuer Profiles");
            return null;
        }
        return hosted ? Ob2Assertion.Method.HOSTED : Ob2Assertion.Method.SIGNED;
    }

    private static String creator(ObjectNode doc, List<String> problems) {
        JsonNode verification = doc.has("verification") ? doc.get("verification") : doc.get("verify");
        JsonNode creator = verification.get("creator");
        if (creator == null || creator.isNull()) {
            return null; // Open Badges 2.0: without a creator, verifiers try the issuer Profile's keys.
        }
        if (!creator.isTextual() || !isIri(creator.textValue())) {
            problems.add("verification.creator must be the IRI of a CryptographicKey, not "
                    + (creator.isTextual() ? "\"" + clip(creator.textValue()) + "\"" : describe(creator)));
            return null;
        }
        return creator.textValue();
    }

    private static String id(JsonNode id, Ob2Assertion.Method method, List<String> problems) {
        if (id == null || id.isNull()) {
            problems.add("id is missing: an assertion needs a unique IRI");
            return null;
        }
        if (!id.isTextual()) {
            problems.add("id must be a string (an IRI), not " + describe(id));
            return null;
        }
        String value = id.textValue();
        if (!isIri(value)) {
            problems.add("id \"" + clip(value) + "\" is not an absolute IRI");
            return null;
        }
        if (method == Ob2Assertion.Method.HOSTED && !isHttp(value)) {
            problems.add("id \"" + clip(value) + "\" must be an http(s) URL: a HostedBadge is verified at its id");
            return null;
        }
        if (value.regionMatches(true, 0, "urn:uuid:", 0, 9) && !UUID_URN.matcher(value).matches()) {
            problems.add("id \"" + clip(value) + "\" is a urn:uuid but not a well-formed UUID");
            return null;
        }
        return value;
    }

    private static Ob2Assertion.Identity recipient(JsonNode recipient, List<String> problems) {
        if (recipient == null || recipient.isNull()) {
            problems.add("recipient is missing: it must be an IdentityObject {type, identity, hashed}");
            return null;
        }
        if (!recipient.isObject()) {
            problems.add("recipient must be an IdentityObject {type, identity, hashed}, not " + describe(recipient));
            return null;
        }
        int before = problems.size();
        String type = requiredText("recipient.type", recipient.get("type"), problems);
        String identity = requiredText("recipient.identity", recipient.get("identity"), problems);
        JsonNode hashedNode = recipient.get("hashed");
        Boolean hashed = null;
        if (hashedNode == null || hashedNode.isNull()) {
            problems.add("recipient.hashed is missing: it must be true or false");
        } else if (!hashedNode.isBoolean()) {
            problems.add("recipient.hashed must be true or false (a JSON boolean), not " + describe(hashedNode));
        } else {
            hashed = hashedNode.booleanValue();
        }
        JsonNode saltNode = recipient.get("salt");
        String salt = null;
        if (saltNode != null && !saltNode.isNull()) {
            if (!saltNode.isTextual()) {
                problems.add("recipient.salt must be a string, not " + describe(saltNode));
            } else {
                salt = saltNode.textValue();
            }
        }
        if (Boolean.TRUE.equals(hashed) && identity != null && !IDENTITY_HASH.matcher(identity).matches()) {
            problems.add("recipient.identity must be an IdentityHash such as sha256$<hex> (or md5$<hex>) when "
                    + "hashed is true, not \"" + clip(identity) + "\"");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Ob2Assertion.Identity(type, identity, hashed, salt);
    }

    private static String badge(JsonNode badge, List<String> problems) {
        if (badge == null || badge.isNull()) {
            problems.add("badge is missing: it must be the IRI of the BadgeClass");
            return null;
        }
        JsonNode id = badge.isObject() ? badge.get("id") : badge;
        if (id == null || !id.isTextual() || !isIri(id.textValue())) {
            problems.add(badge.isObject() ? "badge is an embedded BadgeClass without an IRI id"
                    : "badge must be the IRI of a BadgeClass (or an embedded BadgeClass), not "
                            + (badge.isTextual() ? "\"" + clip(badge.textValue()) + "\"" : describe(badge)));
            return null;
        }
        return id.textValue();
    }

    private static Instant dateTime(String field, JsonNode value, boolean required, List<String> problems) {
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(field + " is missing: it must be an ISO 8601 date-time such as 2016-12-31T23:59:59Z");
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(field + " must be an ISO 8601 date-time string with a time zone, not " + describe(value)
                    + (value.isNumber() ? " (Open Badges 2.0 no longer allows Unix timestamps)" : ""));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(field + " \"" + clip(value.textValue()) + "\" is not an ISO 8601 date-time with a time "
                    + "and a time zone, such as 2016-12-31T23:59:59Z");
            return null;
        }
    }

    /** Optional properties: when present, they must have the type Open Badges 2.0 gives them. */
    private static void checkOptional(ObjectNode doc, List<String> problems) {
        JsonNode narrative = doc.get("narrative");
        if (narrative != null && !narrative.isNull() && !narrative.isTextual()) {
            problems.add("narrative must be a string, not " + describe(narrative));
        }
        JsonNode image = doc.get("image");
        if (image != null && !image.isNull() && !isIriOrNode(image)) {
            problems.add("image must be an IRI or an Image object with an id, not " + describe(image));
        }
        JsonNode evidence = doc.get("evidence");
        if (evidence != null && !evidence.isNull()) {
            if (evidence.isArray()) {
                for (int i = 0; i < evidence.size(); i++) {
                    if (!evidence.get(i).isObject() && !isIriOrNode(evidence.get(i))) {
                        problems.add("evidence[" + i + "] must be an IRI or an Evidence object, not "
                                + describe(evidence.get(i)));
                    }
                }
            } else if (!evidence.isObject() && !isIriOrNode(evidence)) {
                problems.add("evidence must be an IRI, an Evidence object or an array of them, not "
                        + describe(evidence));
            }
        }
    }

    private static boolean isIriOrNode(JsonNode node) {
        return node.isTextual() ? isIri(node.textValue())
                : node.isObject() && node.path("id").isTextual() && isIri(node.get("id").textValue());
    }

    private static String requiredText(String field, JsonNode value, List<String> problems) {
        if (value == null || value.isNull()) {
            problems.add(field + " is missing");
            return null;
        }
        if (!value.isTextual()) {
            problems.add(field + " must be a string, not " + describe(value));
            return null;
        }
        if (value.textValue().isBlank()) {
            problems.add(field + " must not be blank");
            return null;
        }
        return value.textValue();
    }

    /** An absolute IRI (with a scheme); data URIs count, as Open Badges allows them for images. */
    static boolean isIri(String value) {
        if (value == null || value.isEmpty() || value.length() > 100_000) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>' || c == '"') {
                return false;
            }
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isHttp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A JSON value's kind, for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** Echoes at most 100 characters of a value into a message. */
    static String clip(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
