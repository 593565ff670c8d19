package org.microcred.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The benchmark: signed issuance over HTTP against the running service, next to the raw RS256 rate of the
 * same machine measured in the same run, then stack-progress and contact-hours queries on a database seeded to
 * {@code bench.seed} assertions. Run with {@code ./mvnw -Pbench test-compile exec:java}; see {@link BenchSettings}
 * for the {@code -Dbench.*} knobs. Exits non-zero when any request failed.
 */
public final class IssuanceBenchmark {

    private static final Duration HARD_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration SIGNING_WARMUP = Duration.ofSeconds(2);
    private static final Duration SIGNING_RUN = Duration.ofSeconds(5);
    private static final double TARGET_RATIO_TO_SIGNING = 0.5;
    private static final double TARGET_QUERY_P99_MS = 20;
    /** About 20,000, and a multiple of the stack size so every seeded recipient holds something. */
    private static final int SEED_RECIPIENTS = 19_998;
    private static final int SEED_BATCH_SIZE = 500;
    /** Seeding is setup, not measurement: a few parallel batches are enough to keep the service busy. */
    private static final int SEED_CLIENTS = 4;
    private static final Duration IDLE_PROBE = Duration.ofSeconds(2);
    private static final double BUSY_MACHINE = 0.25;

    private final BenchSettings settings;
    private final BenchClient client;
    private final LoadRunner runner;
    private final List<String> summary = new ArrayList<>();
    private int failedRequests;

    private IssuanceBenchmark(BenchSettings settings, Instant deadline) {
        this.settings = settings;
        this.client = new BenchClient(settings.url());
        this.runner = new LoadRunner(client, deadline);
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings;
        try {
            settings = BenchSettings.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark not started: " + e.getMessage());
            System.exit(2);
            return;
        }
        startWatchdog();
        int exitCode;
        try {
            exitCode = new IssuanceBenchmark(settings, Instant.now().plus(HARD_TIMEOUT)).run();
        } catch (BenchClient.BenchFailure e) {
            System.err.println("benchmark failed: " + e.getMessage());
            exitCode = 1;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    private int run() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("MicroCred benchmark against %s: %d cores, Java %s, %d clients%n", settings.url(), cores,
                Runtime.version(), settings.clients());

        warnIfMachineBusy();

        BenchFixture fixture = BenchFixture.create(client, settings.adminKey());
        System.out.printf("phase 0: issuer %s, stack badge classes %s, stack %s%n", fixture.issuerId(),
                fixture.stackBadgeClassIds(), fixture.stackId() == null ? "(none)" : fixture.stackId());

        System.out.printf("phase 1: raw RS256 signing for %d s on %d threads...%n", SIGNING_RUN.toSeconds(), cores);
        SigningBaseline.Rate signing = SigningBaseline.measure(cores, SIGNING_WARMUP, SIGNING_RUN);
        report(String.format("raw RS256 signing: %.0f sig/s (%d threads, %.0f/s per thread, %d-byte payload)",
                signing.perSecond(), signing.threads(), signing.perThreadPerSecond(), signing.payloadBytes()));

        int issued = issuancePhase(fixture, signing);
        queryPhase(fixture, issued);

        System.out.println();
        System.out.println("==== MicroCred benchmark summary ====");
        summary.forEach(System.out::println);
        System.out.println(failedRequests == 0 ? "errors: none" : "errors: " + failedRequests + " failed requests");
        return failedRequests == 0 ? 0 : 1;
    }

    /** Phase 2: signed awards, one per request, the service's hot path. Returns how many were issued. */
    private int issuancePhase(BenchFixture fixture, SigningBaseline.Rate signing) throws InterruptedException {
        // A stack member, so each award also pays for the service's stack check, as real awards do.
        String badgeClassId = fixture.stackBadgeClassIds().get(0);
        String path = "/api/v1/badge-classes/" + badgeClassId + "/assertions";
        System.out.printf("phase 2: %d warm-up then %d signed awards...%n", settings.warmup(), settings.assertions());
        LoadRunner.Result warmup = measure("issuance warm-up", settings.clients(), settings.warmup(), 201,
                i -> client.post(path, fixture.issuerKey(), award(email("warmup" + i), i)));
        LoadRunner.Result issuance = measure("issuance", settings.clients(), settings.assertions(), 201,
                i -> client.post(path, fixture.issuerKey(), award(email("teacher" + i), i)));

        double ratio = issuance.perSecond() / signing.perSecond();
        report(String.format("issuance: %d in %.1f s = %.0f/s, %s; ratio to raw signing %.2f (target >= %.2f) %s",
                issuance.completed(), issuance.seconds(), issuance.perSecond(), issuance.latencies().summary(), ratio,
                TARGET_RATIO_TO_SIGNING, verdict(ratio >= TARGET_RATIO_TO_SIGNING)));
        report(String.format("  (load generator used %.2f of %d cores during issuance)", issuance.generatorCores(),
                signing.threads()));
        return warmup.succeeded() + issuance.succeeded();
    }

    /**
     * Phase 3: seed hosted awards until this run's issuer has {@code bench.seed}, then time the two per-recipient
     * queries.
     */
    private void queryPhase(BenchFixture fixture, int alreadyIssued) throws InterruptedException {
        if (fixture.stackId() == null) {
            report("stack progress / hours: SKIPPED, could not create a stack: " + fixture.stackUnavailable());
            return;
        }
        int toSeed = Math.max(0, settings.seed() - alreadyIssued);
        System.out.printf("phase 3: seeding %d hosted awards over %d recipients in batches of %d...%n", toSeed,
                SEED_RECIPIENTS, SEED_BATCH_SIZE);
        List<SeedBatch> batches = SeedBatch.plan(fixture.stackBadgeClassIds(), toSeed, SEED_RECIPIENTS,
                SEED_BATCH_SIZE);
        LoadRunner.Result seeding = measure("seeding", SEED_CLIENTS, batches.size(), 201,
                i -> batches.get(i).request(client, fixture.issuerKey()));
        System.out.printf("seeded %d batches in %.1f s (%.0f awards/s)%n", seeding.succeeded(), seeding.seconds(),
                toSeed / seeding.seconds());

        String inDatabase = assertionsInDatabase() + " assertions in DB";
        timeQuery(fixture, "stack progress (" + inDatabase + ")",
                email -> "/api/v1/stacks/" + fixture.stackId() + "/progress?recipient=" + BenchClient.query(email));
        timeQuery(fixture, "hours (" + inDatabase + ")",
                email -> "/api/v1/recipients/hours?recipient=" + BenchClient.query(email));
    }

    /**
     * Times one query for random seeded recipients with {@code bench.clients} clients, which is what the target is
     * judged on, then with a single client: on two shared cores the first is mostly queueing, the second is the
     * query's own cost.
     */
    private void timeQuery(BenchFixture fixture, String name, Function<String, String> path)
            throws InterruptedException {
        IntFunction<HttpRequest> randomRecipient = i -> client.get(
                path.apply(SeedBatch.recipient(ThreadLocalRandom.current().nextInt(SEED_RECIPIENTS))),
                fixture.issuerKey());
        measure(name + " warm-up", settings.clients(), settings.warmup(), 200, randomRecipient);
        LoadRunner.Result loaded = measure(name, settings.clients(), settings.queries(), 200, randomRecipient);
        double p99 = loaded.latencies().percentileMs(99);
        report(String.format("%s, %d clients: %d queries at %.0f/s, %s (target p99 < %.0f ms) %s", name,
                settings.clients(), loaded.completed(), loaded.perSecond(), loaded.latencies().summary(),
                TARGET_QUERY_P99_MS, verdict(p99 < TARGET_QUERY_P99_MS)));
        LoadRunner.Result alone = measure(name + " alone", 1, settings.queries(), 200, randomRecipient);
        report(String.format("  1 client: %d queries at %.0f/s, %s", alone.completed(), alone.perSecond(),
                alone.latencies().summary()));
    }

    /** Every issuer's assertions, as the admin listing counts them (stack completions included). */
    private long assertionsInDatabase() {
        return client.expect(200, client.get("/api/v1/assertions?size=1", settings.adminKey())).path("total")
                .asLong();
    }

    /** One load run, with its failures printed and counted against the exit code. */
    private LoadRunner.Result measure(String name, int clients, int count, int expectedStatus,
            IntFunction<HttpRequest> requests) throws InterruptedException {
        LoadRunner.Result result = runner.run(name, clients, count, expectedStatus, requests);
        if (result.errors() > 0) {
            System.out.printf("%s: %d of %d requests failed; first answers:%n", name, result.errors(), count);
            result.errorSamples().forEach(sample -> System.out.println("  " + sample));
        }
        if (result.timedOut()) {
            System.out.printf("%s: stopped by the %d-minute hard timeout after %d of %d requests%n", name,
                    HARD_TIMEOUT.toMinutes(), result.completed(), count);
        }
        failedRequests += result.errors() + (result.timedOut() ? 1 : 0);
        return result;
    }

    static String email(String name) {
        return name + "@bench.example.org";
    }

    /** One award's request body, with a classroom video as evidence; delivery is left to the default (signed). */
    static Map<String, Object> award(String email, int n) {
        return Map.of(
                "recipient", Map.of("type", "email", "identity", email),
                "evidence", List.of(Map.of("url", "https://example.org/video/" + n, "narrative", "Classroom video")));
    }

    private void report(String line) {
        System.out.println(line);
        summary.add(line);
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    /**
     * Other work on the machine skews the baseline and the service by different amounts, so the ratio too: measure
     * how busy the machine is while both sides sit idle, and say so when it is.
     */
    private void warnIfMachineBusy() throws InterruptedException {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        os.getCpuLoad(); // the first reading only starts the interval
        Thread.sleep(IDLE_PROBE.toMillis());
        double busy = os.getCpuLoad();
        if (busy > BUSY_MACHINE) {
            report(String.format("WARNING: the machine was %.0f%% busy before the run (service idle); other"
                    + " processes skew these figures", busy * 100));
        }
    }

    /** Backstop for a hung service: the load loops stop at the deadline, this stops everything shortly after. */
    private static void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(HARD_TIMEOUT.plusMinutes(1).toMillis());
                System.err.println("benchmark: hard timeout of " + HARD_TIMEOUT.toMinutes() + " minutes, exiting");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
