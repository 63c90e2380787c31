package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.himcert.model.Candidate;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/** One advisor shared by several threads gives the same answers as one thread. */
class ConcurrencyTest {

    @Test
    void sharedAdvisorAnswersTheSameOnFourThreads() throws Exception {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        RandomCandidates random = new RandomCandidates(42);
        List<Candidate> candidates = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            LocalDate asOf = random.asOf();
            dates.add(asOf);
            candidates.add(random.candidate("t" + i, asOf));
        }
        List<Assessment> expected = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            expected.add(advisor.assess(candidates.get(i), dates.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < candidates.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(() -> advisor.assess(candidates.get(k), dates.get(k))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % candidates.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
