package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himcert.model.Accreditation;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ExamAttempt;
import org.himcert.model.ExamResult;
import org.himcert.model.Field;
import org.himcert.model.ProgramStatus;
import org.junit.jupiter.api.Test;

/**
 * The searches behind an answer have documented bounds, and an answer a bound cut short says so in words: the
 * eligibleOn search asks about 64 days at most, and next steps weigh the first 16 kinds of program under way.
 */
class BoundedSearchTest {

    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    private static final EducationLevel[] LEVELS = {EducationLevel.ASSOCIATE, EducationLevel.BACHELOR,
        EducationLevel.POST_BACCALAUREATE_CERTIFICATE, EducationLevel.MASTER, EducationLevel.DOCTORATE};

    /** A candidate in {@code kinds} different programs at once, none finished. */
    private static Candidate inPrograms(int kinds) {
        Candidate.Builder b = Candidate.builder("in-" + kinds).noExperience();
        for (int i = 0; i < kinds; i++) {
            b.education(new Education(LEVELS[i % 5], i / 5 % 2 == 0 ? Field.HIM : Field.OTHER,
                    i / 10 % 2 == 0 ? Accreditation.CAHIIM : Accreditation.NONE, null, ProgramStatus.ENROLLED, null,
                    null));
        }
        return b.build();
    }

    /** A CAHIIM HIM bachelor's graduate who failed the RHIA on the as-of date and then every 60 days. */
    private static Candidate failingRhia(int attempts) {
        Candidate.Builder b = Candidate.builder("retests-" + attempts).noExperience()
                .education(Education.cahiimHim(EducationLevel.BACHELOR));
        for (int i = 0; i < attempts; i++) {
            b.examAttempts(new ExamAttempt(CredentialCode.RHIA, AS_OF.minusDays(5).plusDays(60L * i),
                    ExamResult.FAILED));
        }
        return b.build();
    }

    private static List<NextStep> reviews(Assessment a) {
        List<NextStep> reviews = new ArrayList<>();
        for (NextStep s : a.nextSteps()) {
            if (s.action() == StepAction.ADVISOR_REVIEW) {
                reviews.add(s);
            }
        }
        return reviews;
    }

    @Test
    void moreThanSixteenKindsOfProgramUnderWaySayTheFirstSixteenWereWeighed() {
        Assessment twenty = ADVISOR.assess(inPrograms(20), AS_OF);
        Assessment sixteen = ADVISOR.assess(inPrograms(16), AS_OF);

        assertThat(reviews(twenty)).containsExactly(new NextStep(StepAction.ADVISOR_REVIEW, null, "Only the first 16"
                + " of the 20 programs under way in your record were weighed for next steps. Ask an advisor to weigh"
                + " the others.", null));
        assertThat(reviews(sixteen)).isEmpty();
    }

    @Test
    void anEligibleOnSearchStoppedAtItsBoundSaysHowFarItLooked() {
        Assessment endless = ADVISOR.assess(failingRhia(200), AS_OF);
        Assessment three = ADVISOR.assess(failingRhia(3), AS_OF);

        Decision rhia = endless.decision(CredentialCode.RHIA);
        assertThat(rhia.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(rhia.eligibleOn()).isNull();
        // CHPS (no privacy experience) was sought on the same days, and never found either
        NextStep stopped = reviews(endless).get(reviews(endless).size() - 1);
        assertThat(stopped.credential()).isEqualTo(CredentialCode.RHIA);
        assertThat(stopped.why()).matches("When you could sit the RHIA, CHPS exams was not looked for past"
                + " \\d{4}-\\d\\d-\\d\\d: your record changes on more days than are searched \\(64\\)\\. Ask an"
                + " advisor to look further\\.");
        // the 64th wait ends about 64 x 60 days on: the search looked that far before it stopped
        LocalDate notPast = LocalDate.parse(stopped.why().replaceAll(".*past (\\S+):.*", "$1"));
        assertThat(notPast).isAfter(AS_OF.plusDays(60L * 60));

        assertThat(three.decision(CredentialCode.RHIA).eligibleOn()).isEqualTo(AS_OF.minusDays(5).plusDays(120 + 90));
        assertThat(reviews(three)).noneMatch(s -> s.why().startsWith("When you could sit"));
    }
}
