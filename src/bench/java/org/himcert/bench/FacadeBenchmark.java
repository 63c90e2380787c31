package org.himcert.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.model.Candidate;
import org.himcert.testing.RandomCandidates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the facade (not tests): the latency of one assessment (median and p99 from
 * {@code Mode.SampleTime}) and the throughput of assessing in chunks, full and brief. Run with
 * {@code mvn -B -q -P bench test-compile exec:exec@jmh} (options: {@code -Djmh.args="-f 1 -wi 3 -i 5"}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FacadeBenchmark {

    private static final int CANDIDATES = 4096;

    @Param({"FULL", "BRIEF"})
    public Detail detail;

    private EligibilityAdvisor advisor;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private int next;

    /** Builds the advisor and a fixed set of generated candidates. */
    @Setup(Level.Trial)
    public void setUp() {
        advisor = EligibilityAdvisor.withBundledRules();
        RandomCandidates random = new RandomCandidates(7);
        for (int i = 0; i < CANDIDATES; i++) {
            LocalDate asOf = random.asOf();
            dates.add(asOf);
            candidates.add(random.candidate("b" + i, asOf));
        }
    }

    /** One candidate at a time, as an advising page asks: its latency. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment oneCandidate() {
        int i = next++ & (CANDIDATES - 1);
        return advisor.assess(candidates.get(i), dates.get(i), detail);
    }

    /** Chunks of 32, as the command line asks: candidates per second is 32 times the score. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Assessment> chunkOf32() {
        int from = (next += 32) & (CANDIDATES - 1);
        int to = Math.min(CANDIDATES, from + 32);
        return advisor.assessAll(candidates.subList(from, to), dates.subList(from, to), detail);
    }
}
