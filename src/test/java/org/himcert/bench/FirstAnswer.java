package org.himcert.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Locale;
import org.himcert.EligibilityAdvisor;
import org.himcert.model.Candidate;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;

/**
 * Part of the batch benchmark (not a test): in a fresh JVM, the time from the JVM's start to the facade's first
 * answer, and the heap the bundled advisor keeps (used heap after a full collection, with and without it).
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    /**
     * Prints {@code first answer after N ms; advisor retains N MB}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        long before = usedAfterGc();
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        Candidate c = Candidate.builder("first").education(Education.cahiimHim(EducationLevel.ASSOCIATE))
                .noExperience().build();
        advisor.assess(c, LocalDate.of(2026, 11, 25));
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "first answer after %d ms (JVM start to the facade's first assessment);"
                + " advisor retains %.1f MB%n", ms, (after - before) / 1024.0 / 1024.0);
        if (advisor.rulesVersion().isEmpty()) {
            throw new IllegalStateException("unreachable: keeps the advisor alive through the measurement");
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
