package org.microcred.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Phase 0: a fresh issuer of this run, its API key, three badge classes stacked towards a completion badge. Each
 * run makes its own, so runs against the same database never share recipients or counts.
 */
record BenchFixture(String issuerId, String issuerKey, List<String> stackBadgeClassIds,
        String completionBadgeClassId, String stackId, String stackUnavailable) {

    static final int STACK_SIZE = 3;

    static BenchFixture create(BenchClient client, String adminKey) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String issuerId = client.expect(201, client.post("/api/v1/issuers", adminKey, Map.of(
                "name", "Benchmark district " + run,
                "url", "https://bench.example.org/" + run,
                "email", "badges@bench.example.org"))).path("id").asText();
        String issuerKey = client.expect(201, client.post("/api/v1/issuers/" + issuerId + "/api-keys", adminKey,
                Map.of("label", "benchmark " + run))).path("key").asText();

        List<String> members = new ArrayList<>();
        for (int i = 1; i <= STACK_SIZE; i++) {
            members.add(createBadgeClass(client, issuerId, issuerKey, "Practice " + i));
        }
        String completion = createBadgeClass(client, issuerId, issuerKey, "Practice series complete");

        String stackId = null;
        String unavailable = null;
        try {
            stackId = client.expect(201, client.post("/api/v1/issuers/" + issuerId + "/stacks", issuerKey, Map.of(
                    "name", "Practice series " + run,
                    "badgeClassIds", members,
                    "completionBadgeClassId", completion))).path("id").asText();
        } catch (BenchClient.BenchFailure e) {
            // The stacks API may not exist yet; the query phase then reports itself skipped.
            unavailable = e.status == 404 ? "the service has no stacks API (404)" : e.getMessage();
        }
        return new BenchFixture(issuerId, issuerKey, List.copyOf(members), completion, stackId, unavailable);
    }

    private static String createBadgeClass(BenchClient client, String issuerId, String issuerKey, String name) {
        return client.expect(201, client.post("/api/v1/issuers/" + issuerId + "/badge-classes", issuerKey, Map.of(
                "name", name,
                "description", "Benchmark badge: " + name,
                "image", "https://example.org/badge.png",
                "criteria", Map.of("narrative", "Submit a classroom video showing the practice."),
                "contactHours", 2.5,
                "allowDuplicates", true))).path("id").asText();
    }
}
