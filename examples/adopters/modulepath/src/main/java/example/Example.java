package example;

// The README's "facade in ten lines", as pasted (ReadmeExampleTest checks that the two agree), in a fresh Maven
// project that depends on the installed himcert jar: maven-invoker-plugin builds and runs it in mvn verify.
import java.time.LocalDate;
import java.util.List;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.EligibilityAdvisor;
import org.himcert.Gap;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.ProgramStatus;
import org.himcert.report.TextReport;

public class Example {
    public static void main(String[] args) {
        // README begin
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();   // compiled once; thread-safe
        Candidate maria = Candidate.builder("maria")
                .education(Education.completed(EducationLevel.HIGH_SCHOOL),
                        Education.cahiimHim(EducationLevel.ASSOCIATE).withStatus(ProgramStatus.FINAL_TERM))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, LocalDate.of(2025, 6, 1)))
                .build();
        Assessment a = advisor.assess(maria, LocalDate.of(2026, 11, 25));
        Decision rhit = a.decision(CredentialCode.RHIT);   // ELIGIBLE, earlyTesting() true, pathway() "RHIT-3"
        Gap closest = a.decision(CredentialCode.CHPS).unmet().get(0);   // CHPS-6: a master's (51 months) before 55 more months
        System.out.print(TextReport.render(a, List.of(advisor.plan(maria, CredentialCode.RHIA, a.asOf()))));
        // README end
        if (rhit.status() != org.himcert.Status.ELIGIBLE || !closest.pathway().equals("CHPS-6")) {
            throw new AssertionError("the README example no longer says what its comments say");
        }
    }
}
