package org.microcred.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** The benchmark's knobs, read from {@code -Dbench.*} system properties. */
record BenchSettings(URI url, String adminKey, int assertions, int clients, int seed, int queries, int warmup) {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    static BenchSettings fromSystemProperties() {
        URI url = loopbackOnly(URI.create(System.getProperty("bench.url", "http://localhost:8080")));
        String adminKey = System.getProperty("bench.adminKey", System.getenv("MICROCRED_ADMIN_API_KEY"));
        if (adminKey == null || adminKey.isBlank()) {
            throw new IllegalArgumentException(
                    "no admin API key: pass -Dbench.adminKey=<key> or set MICROCRED_ADMIN_API_KEY");
        }
        return new BenchSettings(url, adminKey.strip(),
                positive("bench.assertions", 5000), positive("bench.clients", 16), positive("bench.seed", 100_000),
                positive("bench.queries", 2000), positive("bench.warmup", 2000));
    }

    /** This machine may only send load to itself: anything but a loopback host is refused before any request. */
    static URI loopbackOnly(URI url) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("bench.url must be http(s)://, got " + url);
        }
        String host = url.getHost() == null ? "" : url.getHost();
        if (!host.equalsIgnoreCase("localhost") && !isLoopbackLiteral(host)) {
            throw new IllegalArgumentException(
                    "bench.url must point at this machine (localhost, 127.x.x.x or [::1]), got " + url);
        }
        return url;
    }

    private static boolean isLoopbackLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        // Only literals are resolved, so refusing a name never costs a DNS query.
        if (!IPV4_LITERAL.matcher(bare).matches() && !bare.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int positive(String name, int fallback) {
        String raw = System.getProperty(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip().replace("_", ""));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive integer, got '" + raw + "'");
    }
}
