package org.microcred.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every public document URL, built from the one configured base URL. */
@ApplicationScoped
public class PublicUrls {

    public enum Kind {
        ISSUER("issuers"), BADGE_CLASS("badge-classes"), ASSERTION("assertions"), KEY("keys");

        final String segment;

        Kind(String segment) {
            this.segment = segment;
        }
    }

    /** A parsed public URL of this service. */
    public record Parsed(Kind kind, UUID id, boolean revocationList) {
    }

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String base;

    public PublicUrls(@ConfigProperty(name = "microcred.public-base-url") String base) {
        String trimmed = base.strip();
        URI uri = URI.create(trimmed);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("microcred.public-base-url must be an absolute http(s) URL: " + base);
        }
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    public String base() {
        return base;
    }

    public String issuer(UUID id) {
        return base + "/public/issuers/" + id;
    }

    public String revocationList(UUID issuerId) {
        return issuer(issuerId) + "/revocation-list";
    }

    public String badgeClass(UUID id) {
        return base + "/public/badge-classes/" + id;
    }

    public String assertion(UUID id) {
        return base + "/public/assertions/" + id;
    }

    public String key(UUID id) {
        return base + "/public/keys/" + id;
    }

    /** Recognizes a URL exactly as this service publishes it (lower-case ids); anything else is empty. */
    public Optional<Parsed> parse(String url) {
        if (url == null || !url.startsWith(base + "/public/")) {
            return Optional.empty();
        }
        String rest = url.substring(base.length() + "/public/".length());
        for (Kind kind : Kind.values()) {
            if (rest.startsWith(kind.segment + "/")) {
                String tail = rest.substring(kind.segment.length() + 1);
                boolean list = false;
                if (kind == Kind.ISSUER && tail.endsWith("/revocation-list")) {
                    tail = tail.substring(0, tail.length() - "/revocation-list".length());
                    list = true;
                }
                Matcher m = UUID_PATTERN.matcher(tail);
                if (m.matches()) {
                    return Optional.of(new Parsed(kind, UUID.fromString(tail), list));
                }
            }
        }
        return Optional.empty();
    }
}
