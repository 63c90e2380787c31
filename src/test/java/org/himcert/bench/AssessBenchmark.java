package org.himcert.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.himcert.EligibilityAdvisor;
import org.himcert.model.Candidate;
import org.himcert.testing.RandomCandidates;

/**
 * A benchmark command (not a test): assesses generated candidates in-process and prints candidates per second,
 * single-threaded and on every core. Run with
 * {@code mvn -q test-compile exec:java -Dexample.main=org.himcert.bench.AssessBenchmark -Dexec.args=100000}.
 */
public final class AssessBenchmark {

    private AssessBenchmark() {
    }

    /** Runs the benchmark; the argument is the number of candidates (default 50,000). */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        long start = System.nanoTime();
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        System.out.printf("rules compiled in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        RandomCandidates random = new RandomCandidates(7);
        List<Candidate> candidates = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate asOf = random.asOf();
            dates.add(asOf);
            candidates.add(random.candidate("b" + i, asOf));
        }
        for (int i = 0; i < Math.min(n, 5_000); i++) {
            advisor.assess(candidates.get(i), dates.get(i));
        }
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            advisor.assess(candidates.get(i), dates.get(i));
        }
        double single = (System.nanoTime() - start) / 1e9;
        System.out.printf("1 thread:  %d candidates in %.2f s = %.0f candidates/s%n", n, single, n / single);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        int chunk = (n + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * chunk;
            int to = Math.min(n, from + chunk);
            futures.add(pool.submit(() -> {
                for (int i = from; i < to; i++) {
                    advisor.assess(candidates.get(i), dates.get(i));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double multi = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d threads: %d candidates in %.2f s = %.0f candidates/s%n", threads, n, multi, n / multi);
    }
}
