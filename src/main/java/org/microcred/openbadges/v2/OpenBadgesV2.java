package org.microcred.openbadges.v2;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Constants of the Open Badges 2.0 specification. */
public final class OpenBadgesV2 {

    public static final String CONTEXT = "https://w3id.org/openbadges/v2";
    public static final String JSON_LD = "application/ld+json";

    private OpenBadgesV2() {
    }

    /** ISO 8601 in UTC with {@code Z}, to the second: the form every Open Badges date takes here. */
    public static String date(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
