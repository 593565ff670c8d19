package org.microcred.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now"; tests replace it with a fixed clock to move time. */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // Microseconds: what PostgreSQL stores, so a value read back equals the one returned at creation.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
