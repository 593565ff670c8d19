package org.microcred.common;

import java.net.URI;
import java.net.URISyntaxException;

/** Input checks for URLs taken from clients. */
public final class Urls {

    private Urls() {
    }

    /** An absolute http or https URL with a host, or else a 400 naming the field. */
    public static String requireHttp(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "must not be blank");
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ProblemException.invalid(field, "must be an http or https URL");
            }
        } catch (URISyntaxException e) {
            throw ProblemException.invalid(field, "must be an http or https URL");
        }
        return url;
    }

    /** Like {@link #requireHttp} but null stays null. */
    public static String optionalHttp(String field, String value) {
        return value == null ? null : requireHttp(field, value);
    }
}
