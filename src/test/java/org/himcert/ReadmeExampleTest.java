package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.ProgramStatus;
import org.himcert.report.TextReport;
import org.junit.jupiter.api.Test;

/** The README's ten-line facade example says what the library does. */
class ReadmeExampleTest {

    @Test
    void theFacadeExampleHoldsWhatItsCommentsSay() {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        Candidate maria = Candidate.builder("maria")
                .education(Education.completed(EducationLevel.HIGH_SCHOOL),
                        Education.cahiimHim(EducationLevel.ASSOCIATE).withStatus(ProgramStatus.FINAL_TERM))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, LocalDate.of(2025, 6, 1)))
                .build();
        Assessment a = advisor.assess(maria, LocalDate.of(2026, 11, 25));
        Decision rhit = a.decision(CredentialCode.RHIT);
        assertThat(rhit.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(rhit.earlyTesting()).isTrue();
        assertThat(rhit.pathway()).isEqualTo("RHIT-3");
        Gap closest = a.decision(CredentialCode.CHPS).unmet().get(0);
        assertThat(closest.pathway()).isEqualTo("CHPS-1");
        assertThat(closest.have()).isEqualTo(17);
        assertThat(closest.need()).isEqualTo(72);
        String report = TextReport.render(a, List.of(advisor.plan(maria, CredentialCode.RHIA, a.asOf())));
        assertThat(report).contains("RHIT   Can sit now, as a student (early testing)", "Plan to the RHIA (expected by ");
    }
}
