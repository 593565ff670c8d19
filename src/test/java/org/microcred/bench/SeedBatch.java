package org.microcred.bench;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch request of hosted (unsigned) awards to one stack badge class. The plan gives the database a realistic
 * mix: with a stack of {@link BenchFixture#STACK_SIZE} = 3, recipient {@code r} holds stack badge classes
 * {@code 0..r % 3}, so a third of recipients hold one badge of the stack, a third two, and a third all three (and
 * so complete it).
 */
record SeedBatch(String badgeClassId, int badgeIndex, int firstItem, int size, int recipients) {

    static String recipient(int r) {
        return IssuanceBenchmark.email("learner" + r);
    }

    /** Splits {@code total} awards over the stack's badge classes in proportion to who may hold them (3:2:1). */
    static List<SeedBatch> plan(List<String> stackBadgeClassIds, int total, int recipients, int batchSize) {
        int classes = BenchFixture.STACK_SIZE;
        int weightSum = classes * (classes + 1) / 2;
        List<SeedBatch> batches = new ArrayList<>();
        int planned = 0;
        for (int c = 0; c < classes; c++) {
            int awards = c == classes - 1 ? total - planned : (int) ((long) total * (classes - c) / weightSum);
            planned += awards;
            for (int first = 0; first < awards; first += batchSize) {
                batches.add(new SeedBatch(stackBadgeClassIds.get(c), c, first, Math.min(batchSize, awards - first),
                        recipients));
            }
        }
        return batches;
    }

    HttpRequest request(BenchClient client, String issuerKey) {
        List<Map<String, Object>> items = new ArrayList<>(size);
        for (int item = firstItem; item < firstItem + size; item++) {
            Map<String, Object> award = new LinkedHashMap<>(IssuanceBenchmark.award(recipient(holder(item)), item));
            award.put("delivery", "hosted");
            items.add(award);
        }
        return client.post("/api/v1/badge-classes/" + badgeClassId + "/assertions/batch", issuerKey,
                Map.of("assertions", items));
    }

    /**
     * The recipient of the class's {@code item}-th award, cycling over those who hold this class: the {@code r}
     * with {@code r % 3 >= badgeIndex}, taken in groups of three recipients.
     */
    private int holder(int item) {
        int group = BenchFixture.STACK_SIZE;
        int perGroup = group - badgeIndex;
        int holders = recipients / group * perGroup;
        int k = item % holders;
        return k / perGroup * group + badgeIndex + k % perGroup;
    }
}
