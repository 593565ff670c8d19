package org.microcred.common;

import java.time.Instant;

/** The instants MicroCred accepts from clients: years 1900 to 9999, which PostgreSQL and ISO 8601 both hold. */
public final class DateRange {

    public static final String REASON = "must be between the years 1900 and 9999";
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private DateRange() {
    }

    public static boolean accepts(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
