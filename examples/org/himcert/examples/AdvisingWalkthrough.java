package org.himcert.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.himcert.Assessment;
import org.himcert.EligibilityAdvisor;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;
import org.himcert.report.TextReport;

/**
 * An advising walkthrough: three realistic candidates assessed on one date, printed as a table of decisions and
 * reasons. Run it with {@code mvn -q test-compile exec:java}.
 */
public final class AdvisingWalkthrough {

    /** The date the walkthrough is assessed on, fixed so that its output never changes. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    /** The credential each candidate's advisor plans toward. */
    private static final Map<String, CredentialCode> TARGETS = Map.of("final-term-him-student", CredentialCode.RHIA,
            "rhit-privacy-officer", CredentialCode.CHPS, "cca-hospital-coder", CredentialCode.CCS_P);

    private AdvisingWalkthrough() {
    }

    /** The walkthrough's candidates. */
    public static List<Candidate> candidates() {
        Candidate student = Candidate.builder("final-term-him-student")
                .education(Education.completed(EducationLevel.HIGH_SCHOOL),
                        Education.cahiimHim(EducationLevel.ASSOCIATE).withStatus(ProgramStatus.FINAL_TERM)
                                .withExpectedOn(LocalDate.of(2026, 12, 18)))
                .noExperience()
                .build();
        Candidate privacyRhit = Candidate.builder("rhit-privacy-officer")
                .education(Education.cahiimHim(EducationLevel.ASSOCIATE))
                .credentials(HeldCredential.active(CredentialCode.RHIT))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, LocalDate.of(2023, 3, 1)),
                        Experience.between(ExperienceKind.CODING, LocalDate.of(2019, 6, 1), LocalDate.of(2023, 2, 28)))
                .build();
        Candidate coder = Candidate.builder("cca-hospital-coder")
                .education(Education.completed(EducationLevel.GED))
                .credentials(HeldCredential.active(CredentialCode.CCA))
                .experience(Experience.since(ExperienceKind.CODING, LocalDate.of(2025, 2, 1)))
                .build();
        return List.of(student, privacyRhit, coder);
    }

    /** Prints the walkthrough. */
    public static void run(PrintStream out) {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        out.println("himcert advising walkthrough (rules " + advisor.rulesVersion() + ")");
        out.println("Not an official AHIMA tool: check the AHIMA candidate handbook before applying.");
        for (Candidate c : candidates()) {
            Assessment assessment = advisor.assess(c, AS_OF);
            out.println();
            out.print(TextReport.render(c, assessment, List.of(advisor.plan(c, TARGETS.get(c.id()), AS_OF))));
        }
    }

    /** Runs the walkthrough on standard output. */
    public static void main(String[] args) {
        run(System.out);
    }
}
