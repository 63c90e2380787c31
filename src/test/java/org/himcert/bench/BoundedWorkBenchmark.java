package org.himcert.bench;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.cli.GenerateCandidates;
import org.himcert.json.HimcertJson;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.testing.HostileRecords;

/**
 * The bounded-work benchmark command (not a test): in one JVM, through the facade, the median time of a typical
 * chunk (32 generated candidates, full output with next steps) beside the hostile records' (the 1,000-entry
 * distinct-dates record, the 10,900-entry one and the 1 MiB mixed record: assess, and a plan to every credential),
 * and their ratios. The goal the bounded-work issue set: the 1,000-entry record within 10x a typical chunk.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx256m -XX:+UseSerialGC -cp target/test-classes:target/himcert-cli.jar \
 *     org.himcert.bench.BoundedWorkBenchmark [--rounds 15]
 * </pre>
 */
public final class BoundedWorkBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    private BoundedWorkBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --rounds N}: timed rounds after as many warm-up rounds (default 15)
     * @throws Exception if a record cannot be read
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 15;
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        StringWriter generated = new StringWriter();
        GenerateCandidates.write(32, 20261207L, generated);
        List<Candidate> chunk = new ArrayList<>();
        for (String line : generated.toString().split("\n")) {
            chunk.add(HimcertJson.candidate(line));
        }
        List<LocalDate> dates = chunk.stream().map(c -> AS_OF).toList();
        Candidate dates1000 = HimcertJson.candidate(HostileRecords.distinctDates("dates-1000", 1_000, 50));
        Candidate dates10900 = HimcertJson.candidate(HostileRecords.distinctDates("dates-10900", 10_900, 50));
        Candidate mixed = HimcertJson.candidate(HostileRecords.mixed("mixed"));

        double typical = median(rounds, () -> advisor.assessAll(chunk, dates, Detail.FULL));
        System.out.printf("typical chunk of 32, assess: %8.2f ms%n", typical);
        for (Candidate c : List.of(dates1000, dates10900, mixed)) {
            double assess = median(rounds, () -> advisor.assess(c, AS_OF));
            System.out.printf("%-12s assess:          %8.2f ms  %5.2fx the typical chunk%n", c.id(), assess,
                    assess / typical);
            for (CredentialCode target : CredentialCode.ASSESSED) {
                double plan = median(rounds, () -> advisor.plan(c, target, AS_OF));
                System.out.printf("%-12s plan %-6s     %8.2f ms  %5.2fx%n", c.id(), target.code(), plan,
                        plan / typical);
            }
        }
    }

    /** The median milliseconds of {@code rounds} timed calls, after as many untimed ones. */
    private static double median(int rounds, Supplier<?> work) {
        for (int i = 0; i < rounds; i++) {
            work.get();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }
}
