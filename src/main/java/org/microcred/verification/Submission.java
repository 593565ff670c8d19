package org.microcred.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.microcred.common.ProblemException;

/** What a caller handed the verifier: an assertion's JSON, JSON text, a compact JWS, or a URL. */
sealed interface Submission {

    /** The assertion as a JSON object inside the request. */
    record Document(ObjectNode json) implements Submission {
    }

    /** A string that looks like JSON text (starts with a brace), parsed by the verifier. */
    record JsonText(String text) implements Submission {
    }

    /** Anything else in a string: read as a compact JWS. */
    record Compact(String jws) implements Submission {
    }

    /** An http(s) URL: resolved only if this service hosts it. */
    record Link(String url) implements Submission {
    }

    /** The request's {@code assertion} field; a value of the wrong JSON type is the caller's mistake (400). */
    static Submission of(JsonNode assertion) {
        if (assertion == null || assertion.isNull() || assertion.isMissingNode()) {
            throw ProblemException.invalid("assertion", "is required: the assertion's JSON object, its compact JWS, "
                    + "or the URL of an assertion hosted by this service");
        }
        if (assertion instanceof ObjectNode object) {
            return new Document(object);
        }
        if (assertion.isTextual()) {
            return ofText("assertion", assertion.textValue());
        }
        throw ProblemException.invalid("assertion", "must be a JSON object or a string (a compact JWS or a URL), not "
                + Ob2Structure.describe(assertion));
    }

    /** A raw request body or a string field: a URL if it says http(s)://, JSON if it opens a brace, else a JWS. */
    static Submission ofText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank: send a compact JWS or the URL of a hosted "
                    + "assertion");
        }
        String value = text.strip();
        String lower = value.length() > 8 ? value.substring(0, 8).toLowerCase(Locale.ROOT) : value.toLowerCase(
                Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new Link(value);
        }
        if (value.startsWith("{")) {
            return new JsonText(value);
        }
        return new Compact(value);
    }
}
