package org.interdict.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two supervisors decide the same proposal at the same moment: exactly one wins, the other is told
 * it lost (409). Fifty rounds, each released from a barrier so that both requests are in flight
 * together.
 */
class ConcurrentDecisionIT extends BlackBoxIT {

    private static final int ROUNDS = 50;

    @Test
    void twoSupervisorsDecidingAtOnceYieldExactlyOneDecision() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String reference = api.openCase("alice", "Race " + round,
                        List.of(api.party("alice", "Race Party " + UUID.randomUUID(), "CN")));
                api.investigateAndPropose("alice", reference);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String supervisor : List.of("carla", "dmitri")) {
                    String outcome = supervisor.equals("carla") ? "APPROVED" : "REJECTED";
                    answers.add(pool.submit(() -> {
                        var request = api.as(supervisor).body(Map.of("outcome", outcome, "rationale", "Decided by " + supervisor));
                        together.await(10, TimeUnit.SECONDS);
                        return request.post("/cases/" + reference + "/decision").statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);
                assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "round " + round + ": " + statuses);
                List<String> decided = api.as("carla").get("/cases/" + reference + "/proposals").then().extract()
                        .jsonPath().getList("findAll { it.outcome != null }.decidedBy");
                assertEquals(1, decided.size(), "round " + round + ": exactly one decision is recorded");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
