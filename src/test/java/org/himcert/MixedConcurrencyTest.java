package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.himcert.json.ContractWriter;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/**
 * Eight threads share one advisor, mixing full and brief assessments, batches and plans to random targets, and
 * interleave on the same threads a second advisor with other options over the same compiled rules: every JSON
 * line must be byte-identical to the same call made on one thread before.
 *
 * <p>Seeded: a mismatch names the seed and the call. {@code -Dhimcert.long=true} makes ten times as many calls.
 */
class MixedConcurrencyTest {

    private static final long SEED = 8_2026_1125L;
    private static final int SCALE = Boolean.getBoolean("himcert.long") ? 10 : 1;
    private static final int THREADS = 8;
    /** How many times each call is made again on the threads. */
    private static final int REPEATS = 4;
    private static final ContractWriter WRITER = new ContractWriter();

    private enum Kind { FULL, BRIEF, BATCH, PLAN }

    /**
     * One call.
     *
     * @param advisor 0: the default advisor, 1: the one with other options
     * @param first   the index of its (first) candidate
     * @param count   how many candidates (a batch has several)
     */
    private record Call(int advisor, Kind kind, int first, int count, CredentialCode target) {
    }

    @Test
    void eightThreadsMixingTwoAdvisorsAndEveryKindOfCallGiveTheBytesOfOneThread() throws Exception {
        EligibilityAdvisor[] advisors = {
            EligibilityAdvisor.withBundledRules(),
            EligibilityAdvisor.withBundledRules(AdvisorOptions.defaults().toBuilder()
                    .inactiveCredentialsCount(true).retestWaitDays(45).postBaccEarlyTesting(true).build())};
        assertThat(advisors[1].rulesVersion()).isNotEqualTo(advisors[0].rulesVersion());
        Random r = new Random(SEED);
        RandomCandidates random = new RandomCandidates(SEED);
        int candidates = 400 * SCALE;
        List<Candidate> people = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < candidates + 3; i++) {
            LocalDate asOf = random.asOf();
            dates.add(asOf);
            people.add(random.candidate("m" + i, asOf));
        }
        // each candidate's call, made on both advisors
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            int roll = r.nextInt(100);
            Kind kind = roll < 40 ? Kind.FULL : roll < 78 ? Kind.BRIEF : roll < 88 ? Kind.BATCH : Kind.PLAN;
            CredentialCode target = CredentialCode.ASSESSED.get(r.nextInt(CredentialCode.ASSESSED.size()));
            for (int a = 0; a < advisors.length; a++) {
                calls.add(new Call(a, kind, i, kind == Kind.BATCH ? 2 + r.nextInt(3) : 1, target));
            }
        }

        // on one thread first
        List<String> expected = new ArrayList<>();
        for (Call call : calls) {
            expected.add(make(call, advisors, people, dates));
        }
        // only answers of its own show that the second advisor's options do not leak into the first's answers
        int differ = 0;
        for (int i = 0; i < calls.size(); i += 2) {
            String a = expected.get(i).replace(advisors[0].rulesVersion(), "");
            String b = expected.get(i + 1).replace(advisors[1].rulesVersion(), "");
            differ += a.equals(b) ? 0 : 1;
        }
        assertThat(differ).as("seed %d: calls the two advisors answer differently (beyond the rules version)", SEED)
                .isGreaterThan(candidates / 20);

        // then every call REPEATS times, shuffled and dealt to the threads, so that both advisors and every kind
        // of call run on every thread at the same time
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < REPEATS; k++) {
            for (int i = 0; i < calls.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, r);
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int k = thread; k < order.size(); k += THREADS) {
                        int i = order.get(k);
                        Call call = calls.get(i);
                        String actual;
                        try {
                            actual = make(call, advisors, people, dates);
                        } catch (RuntimeException e) {
                            actual = "threw " + e;
                        }
                        made.incrementAndGet();
                        if (!actual.equals(expected.get(i))) {
                            mismatches.add("seed " + SEED + ", thread " + thread + ", call " + i + " " + call
                                    + " for " + people.get(call.first()) + " on " + dates.get(call.first())
                                    + "\n  one thread: " + expected.get(i) + "\n  8 threads:  " + actual);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : threads) {
                f.get(10, TimeUnit.MINUTES); // a guard against a deadlock, not a timing assertion
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(made.get()).isEqualTo(REPEATS * calls.size());
        assertThat(mismatches).as("seed %d: %d of %d calls differ from one thread's, e.g. %s", SEED,
                mismatches.size(), made.get(), mismatches.peek()).isEmpty();
        System.out.printf("MixedConcurrencyTest: %d candidates, %d distinct calls (%d answered differently by the two"
                + " advisors), made once on one thread and %d times on %d threads: %d calls, all the same bytes%n",
                candidates, calls.size(), differ, REPEATS, THREADS, made.get() + calls.size());
    }

    /** The call's JSON lines. */
    private static String make(Call call, EligibilityAdvisor[] advisors, List<Candidate> people,
                               List<LocalDate> dates) {
        EligibilityAdvisor advisor = advisors[call.advisor()];
        Candidate c = people.get(call.first());
        LocalDate asOf = dates.get(call.first());
        return switch (call.kind()) {
            case FULL -> WRITER.assessment(advisor.assess(c, asOf));
            case BRIEF -> WRITER.assessment(advisor.assess(c, asOf, Detail.BRIEF));
            case PLAN -> WRITER.plan(advisor.plan(c, call.target(), asOf));
            case BATCH -> {
                List<Assessment> batch = advisor.assessAll(people.subList(call.first(), call.first() + call.count()),
                        dates.subList(call.first(), call.first() + call.count()), Detail.FULL);
                StringBuilder lines = new StringBuilder();
                batch.forEach(a -> lines.append(WRITER.assessment(a)).append('\n'));
                yield lines.toString();
            }
        };
    }
}
