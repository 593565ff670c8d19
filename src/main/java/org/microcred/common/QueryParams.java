package org.microcred.common;

import java.util.UUID;

/**
 * Typed query parameters, parsed here rather than by JAX-RS: a malformed value must be a 400 naming the parameter,
 * where JAX-RS answers a bare 404.
 */
public final class QueryParams {

    /** With pages of at most 200, keeps the row offset within an int. */
    public static final int MAX_PAGE = 1_000_000;

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw ProblemException.invalid(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be an integer between " + min + " and " + max);
        }
    }
}
