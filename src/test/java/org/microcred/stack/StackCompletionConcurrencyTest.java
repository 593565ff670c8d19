package org.microcred.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.microcred.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microcred.testing.Api;

@QuarkusTest
class StackCompletionConcurrencyTest {

    @Test
    void lastTwoBadgesIssuedAtTheSameMomentAwardTheCompletionBadgeExactlyOnce() throws Exception {
        String issuer = Api.createIssuer("Concurrency " + System.nanoTime());
        String key = Api.createKey(issuer);
        String first = Api.createBadgeClass(key, issuer, "First", "1", Map.of());
        String second = Api.createBadgeClass(key, issuer, "Second", "1", Map.of());
        String crown = Api.createBadgeClass(key, issuer, "Crown", "0", Map.of());
        String stack = as(key).body(Map.of("name", "Pair", "badgeClassIds", List.of(first, second),
                        "completionBadgeClassId", crown))
                .post("/api/v1/issuers/" + issuer + "/stacks").then().statusCode(201).extract().path("id");

        int recipients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < recipients; i++) {
                String email = "race" + i + "@example.org";
                CountDownLatch start = new CountDownLatch(1);
                for (String badge : List.of(first, second)) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        Api.issue(key, badge, email);
                        return null;
                    }));
                }
                start.countDown();
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < recipients; i++) {
            String email = "race" + i + "@example.org";
            as(key).queryParam("recipient", email).queryParam("badgeClassId", crown).get("/api/v1/assertions")
                    .then().statusCode(200).body("total", equalTo(1));
            as(key).queryParam("recipient", email).get("/api/v1/stacks/" + stack + "/progress")
                    .then().body("complete", equalTo(true));
        }
        int crowns = as(key).queryParam("badgeClassId", crown).queryParam("size", 200).get("/api/v1/assertions")
                .then().extract().path("total");
        assertThat(crowns).isEqualTo(recipients);
    }

    @Test
    void stackDefinedAfterTheAwardsCompletesForExistingHolders() {
        String issuer = Api.createIssuer("Late stack " + System.nanoTime());
        String key = Api.createKey(issuer);
        String a = Api.createBadgeClass(key, issuer, "A", "1", Map.of());
        String b = Api.createBadgeClass(key, issuer, "B", "1", Map.of());
        String c = Api.createBadgeClass(key, issuer, "C", "1", Map.of());
        String crown = Api.createBadgeClass(key, issuer, "Crown", "0", Map.of());
        Api.issue(key, a, "early@example.org");
        Api.issue(key, b, "early@example.org");
        Api.issue(key, a, "partial@example.org");
        String stack = as(key).body(Map.of("name", "Two of three", "badgeClassIds", List.of(a, b, c),
                        "requiredCount", 2, "completionBadgeClassId", crown))
                .post("/api/v1/issuers/" + issuer + "/stacks").then().statusCode(201).extract().path("id");
        as(key).queryParam("recipient", "early@example.org").get("/api/v1/stacks/" + stack + "/progress")
                .then().body("complete", equalTo(true)).body("earnedCount", equalTo(2));
        as(key).queryParam("recipient", "partial@example.org").get("/api/v1/stacks/" + stack + "/progress")
                .then().body("complete", equalTo(false));
        as(key).queryParam("badgeClassId", crown).get("/api/v1/assertions").then().body("total", equalTo(1));
    }

    @Test
    void badStackDefinitionsNameTheField() {
        String issuer = Api.createIssuer("Bad stacks " + System.nanoTime());
        String key = Api.createKey(issuer);
        String other = Api.createIssuer("Other " + System.nanoTime());
        String otherBadge = Api.createBadgeClass(Api.createKey(other), other, "Theirs", "1", Map.of());
        String a = Api.createBadgeClass(key, issuer, "A", "1", Map.of());
        as(key).body(Map.of("name", "S", "badgeClassIds", List.of(a, otherBadge)))
                .post("/api/v1/issuers/" + issuer + "/stacks").then().statusCode(400)
                .body("errors[0].field", equalTo("badgeClassIds[1]"));
        as(key).body(Map.of("name", "S", "badgeClassIds", List.of(a), "requiredCount", 2))
                .post("/api/v1/issuers/" + issuer + "/stacks").then().statusCode(400)
                .body("errors[0].field", equalTo("requiredCount"));
        as(key).body(Map.of("name", "S", "badgeClassIds", List.of(a), "completionBadgeClassId", a))
                .post("/api/v1/issuers/" + issuer + "/stacks").then().statusCode(400)
                .body("errors[0].field", equalTo("completionBadgeClassId"));
        as(key).body(Map.of("name", "S", "badgeClassIds", List.of()))
                .post("/api/v1/issuers/" + issuer + "/stacks").then().statusCode(400)
                .body("errors[0].field", equalTo("badgeClassIds"));
        as(key).get("/api/v1/stacks/00000000-0000-0000-0000-000000000000/progress?recipient=x@example.org")
                .then().statusCode(404);
    }
}
