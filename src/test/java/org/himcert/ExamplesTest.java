package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.himcert.examples.AdvisingWalkthrough;
import org.himcert.examples.RulesFromDirectory;
import org.junit.jupiter.api.Test;

/** The examples run and print what they promise. */
class ExamplesTest {

    private static String output(ThrowingConsumer run) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            run.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingConsumer {
        void accept(PrintStream out) throws Exception;
    }

    @Test
    void walkthroughPrintsADecisionPerCredentialForEachCandidate() throws Exception {
        String out = output(AdvisingWalkthrough::run);
        assertThat(out).contains("final-term-him-student, as of 2026-11-25",
                "rhit-privacy-officer, as of 2026-11-25", "cca-hospital-coder, as of 2026-11-25");
        assertThat(out).contains("RHIT   Can sit now, as a student (early testing)");
        assertThat(out).contains("RHIT   Already held", "  Based on what we were told:\n    education: ");
        assertThat(out).contains("the closest route needs: healthcare privacy or security management experience: 44 of 48 "
                + "months");
        assertThat(out).contains("CCS    Can sit now", "details: CCS-N-REQ: [S2]");
        assertThat(out.lines().filter(l -> l.matches("  (RHIT|RHIA|CCA|CCS|CCS-P|CHPS) .*"))).hasSize(18);
    }

    @Test
    void rulesFromADirectoryReplaceTheBundledOnes() throws Exception {
        String out = output(o -> RulesFromDirectory.run(o, Path.of("rules")));
        assertThat(out).contains("RHIT NEEDS_REVIEW").contains("RHIT ELIGIBLE (RHIT-4)");
    }
}
