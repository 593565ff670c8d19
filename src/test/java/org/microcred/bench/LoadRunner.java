package org.microcred.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop load: {@code clients} threads, each sending one synchronous request at a time, until {@code count}
 * requests have been sent or the deadline passes. Every request is timed on its own.
 */
final class LoadRunner {

    private static final int ERROR_SAMPLES = 5;

    /** What one run did; {@code elapsedNanos} runs from the first request to the last answer. */
    record Result(Latencies latencies, int succeeded, int errors, List<String> errorSamples, long elapsedNanos,
            long generatorCpuNanos, boolean timedOut) {

        int completed() {
            return latencies.count();
        }

        double perSecond() {
            return completed() / (elapsedNanos / 1e9);
        }

        double seconds() {
            return elapsedNanos / 1e9;
        }

        /** Cores the load generator itself kept busy: on a small machine that is taken from the service. */
        double generatorCores() {
            return (double) generatorCpuNanos / elapsedNanos;
        }
    }

    private final BenchClient client;
    private final Instant deadline;

    LoadRunner(BenchClient client, Instant deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    /**
     * Sends {@code requests.apply(0..count-1)}; an answer other than {@code expectedStatus} is an error. {@code name}
     * names the client threads, for thread dumps.
     */
    Result run(String name, int clients, int count, int expectedStatus, IntFunction<HttpRequest> requests)
            throws InterruptedException {
        long[] nanos = new long[count];
        Arrays.fill(nanos, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger attempted = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());

        Runnable loop = () -> {
            for (int i = next.getAndIncrement(); i < count && Instant.now().isBefore(deadline);
                    i = next.getAndIncrement()) {
                HttpRequest request = requests.apply(i);
                attempted.incrementAndGet();
                try {
                    BenchClient.Reply reply = client.send(request);
                    nanos[i] = reply.nanos();
                    if (reply.status() == expectedStatus) {
                        succeeded.incrementAndGet();
                    } else {
                        recordError(errors, samples, reply.status() + " " + BenchClient.abbreviate(reply.body()));
                    }
                } catch (IOException e) {
                    recordError(errors, samples, request.uri().getPath() + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };

        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < Math.min(clients, count); c++) {
            threads.add(new Thread(loop, name + "-client-" + c));
        }
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        long[] answered = Arrays.stream(nanos).filter(n -> n >= 0).toArray();
        return new Result(new Latencies(answered), succeeded.get(), errors.get(), List.copyOf(samples), elapsed, cpu,
                attempted.get() < count);
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void recordError(AtomicInteger errors, List<String> samples, String description) {
        if (errors.incrementAndGet() <= ERROR_SAMPLES) {
            samples.add(description);
        }
    }
}
