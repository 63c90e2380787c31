package org.himcert.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himcert.Assessment;
import org.himcert.EligibilityAdvisor;
import org.himcert.Plan;
import org.himcert.RulesStoppedException;
import org.himcert.json.HimcertJson;
import org.himcert.json.InputException;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;

/**
 * A program for tests that start it in a JVM of their own (a small heap): assesses every record of a JSON Lines file
 * through the facade, and plans it to every credential, and prints one line per record saying what came back, or
 * the documented exception that did. Anything else (an error, running out of memory) ends it without that line.
 */
public final class FacadeRun {

    private FacadeRun() {
    }

    /** {@code FacadeRun FILE}: one line per record of FILE, on 2026-11-25. */
    public static void main(String[] args) throws IOException, InputException {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        LocalDate asOf = LocalDate.of(2026, 11, 25);
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            Candidate c = HimcertJson.candidate(line);
            StringBuilder out = new StringBuilder(c.id());
            try {
                Assessment a = advisor.assess(c, asOf);
                out.append(" assess ").append(a.decisions().size()).append(" decisions");
                for (CredentialCode target : CredentialCode.ASSESSED) {
                    Plan p = advisor.plan(c, target, asOf);
                    out.append(", plan ").append(target.code()).append(' ').append(p.steps().size()).append(" steps");
                }
            } catch (RulesStoppedException e) {
                out.append(" stopped: ").append(e.getMessage());
            }
            System.out.println(out);
        }
    }
}
