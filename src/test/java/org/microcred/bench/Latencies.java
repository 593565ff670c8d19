package org.microcred.bench;

import java.util.Arrays;

/** Per-request latencies of one load run, sorted once for nearest-rank percentiles. */
final class Latencies {

    private final long[] sortedNanos;

    Latencies(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile in milliseconds, e.g. {@code percentileMs(99)}. */
    double percentileMs(double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMs() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    String summary() {
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                percentileMs(50), percentileMs(90), percentileMs(99), maxMs());
    }
}
