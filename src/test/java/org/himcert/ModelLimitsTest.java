package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himcert.json.ContractWriter;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ExamAttempt;
import org.himcert.model.ExamResult;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.ProgramStatus;
import org.junit.jupiter.api.Test;

/** The Java API's edges: dates at the limits, null elements, huge month totals, dates written beyond 9999. */
class ModelLimitsTest {

    private final EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();

    @Test
    void datesOutsideTheYearsTheReaderAcceptsAreRefusedWithTheirField() {
        assertThatThrownBy(() -> Experience.since(ExperienceKind.CODING, LocalDate.MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("from must be a date in the years 0 to 9999");
        assertThatThrownBy(() -> new ExamAttempt(CredentialCode.RHIT, LocalDate.MAX, ExamResult.FAILED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("date must be a date in the years 0 to 9999");
        assertThatThrownBy(() -> Education.cahiimHim(EducationLevel.BACHELOR).withCompletedOn(LocalDate.of(10000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("completedOn must be");
        Candidate c = Candidate.builder("c").noEducation().noExperience().build();
        assertThatThrownBy(() -> advisor.assess(c, LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a date in the years 0 to 9999");
        assertThatThrownBy(() -> advisor.plan(c, CredentialCode.RHIA, LocalDate.MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("asOf must be a date in the years 0 to 9999");
    }

    @Test
    void theLastDayOfTheYear9999IsAssessedAndADateComputedBeyondItIsWrittenAsNull() {
        LocalDate last = LocalDate.of(9999, 12, 31);
        Candidate c = Candidate.builder("late").education(Education.completed(EducationLevel.HIGH_SCHOOL))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, last.minusMonths(2)))
                .examAttempts(new ExamAttempt(CredentialCode.CCA, last, ExamResult.FAILED))
                .build();
        Assessment a = advisor.assess(c, last);
        String json = new ContractWriter().assessment(a);

        assertThat(json).doesNotContain("+1").contains("\"asOf\":\"9999-12-31\"");
        assertThat(a.decision(CredentialCode.CHPS).eligibleOn()).isNull();
    }

    @Test
    void aNullElementOfAListIsNamedWithItsIndex() {
        List<Education> education = new ArrayList<>();
        education.add(Education.completed(EducationLevel.HIGH_SCHOOL));
        education.add(null);

        assertThatThrownBy(() -> new Candidate("c", Optional.of(education), List.of(), Optional.empty(), Set.of(),
                List.of())).isInstanceOf(NullPointerException.class).hasMessage("education[1] is null");
    }

    @Test
    void twoMillionEntriesOfTwelveHundredMonthsDoNotOverflow() {
        List<Experience> many = java.util.Collections.nCopies(2_000_000,
                Experience.months(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, 1200));
        Candidate c = new Candidate("many", Optional.of(List.of(new Education(EducationLevel.BACHELOR,
                org.himcert.model.Field.OTHER, org.himcert.model.Accreditation.NONE, null, ProgramStatus.COMPLETED,
                null, null))), List.of(), Optional.of(many), Set.of(), List.of());

        Decision chps = advisor.assess(c, LocalDate.of(2026, 11, 25), Detail.BRIEF).decision(CredentialCode.CHPS);

        assertThat(chps.status()).isEqualTo(Status.ELIGIBLE);
    }
}
