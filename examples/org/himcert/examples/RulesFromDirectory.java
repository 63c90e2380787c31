package org.himcert.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himcert.Assessment;
import org.himcert.EligibilityAdvisor;
import org.himcert.RulesException;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;

/**
 * Loads the rules from a directory, as an advising office would after amending a copy of {@code rules/}: here
 * the office has confirmed the bachelor's-level RHIT route (RHIT-4, which the bundled rules send to manual
 * review) and turns it into a standard pathway in its copy; the same candidate is assessed with both. Run with
 * {@code mvn -q test-compile exec:java -Dexample.main=org.himcert.examples.RulesFromDirectory}.
 */
public final class RulesFromDirectory {

    private RulesFromDirectory() {
    }

    /** Prints both answers; {@code rules} is the directory of rule files to copy and amend. */
    public static void run(PrintStream out, Path rules) throws IOException, RulesException {
        Path amended = Files.createTempDirectory("himcert-rules");
        try {
            try (var files = Files.list(rules)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".drl")
                        || p.getFileName().toString().equals("parameters.yaml")).toList()) {
                    String text = Files.readString(f);
                    if (f.getFileName().toString().equals("rhit.drl")) {
                        text = text.replace("@kind(\"REVIEW\")", "@kind(\"STANDARD\")");
                    }
                    Files.writeString(amended.resolve(f.getFileName()), text);
                }
            }
            Candidate c = Candidate.builder("cahiim-him-bachelor")
                    .education(Education.cahiimHim(EducationLevel.BACHELOR))
                    .noExperience()
                    .build();
            LocalDate asOf = LocalDate.of(2026, 11, 25);
            Assessment bundled = EligibilityAdvisor.withBundledRules().assess(c, asOf);
            Assessment local = EligibilityAdvisor.fromRulesDirectory(amended).assess(c, asOf);
            out.println("bundled rules " + bundled.rulesVersion() + ": RHIT "
                    + bundled.decision(CredentialCode.RHIT).status());
            out.println("amended rules " + local.rulesVersion() + ": RHIT "
                    + local.decision(CredentialCode.RHIT).status() + " (" + local.decision(CredentialCode.RHIT)
                    .pathway() + ")");
        } finally {
            try (var files = Files.list(amended)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(amended);
        }
    }

    /** Runs the example on the project's {@code rules/} directory, or the directory given as the argument. */
    public static void main(String[] args) throws IOException, RulesException {
        run(System.out, Path.of(args.length > 0 ? args[0] : "rules"));
    }
}
