package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;
import org.junit.jupiter.api.Test;

/** Next steps follow the career guide's ladder; plans reach the target by the rules. */
class AdviceTest {

    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    private static final Candidate ASSOCIATE_GRADUATE = Candidate.builder("associate-graduate")
            .education(Education.cahiimHim(EducationLevel.ASSOCIATE)).noExperience().build();

    @Test
    void forAGraduateOfACahiimAssociateHimProgramTheRhitExamComesFirst() {
        Assessment a = ADVISOR.assess(ASSOCIATE_GRADUATE, AS_OF);
        assertThat(a.nextSteps()).isNotEmpty();
        assertThat(a.nextSteps().get(0).action()).isEqualTo(StepAction.SIT_EXAM);
        assertThat(a.nextSteps().get(0).credential()).isEqualTo(CredentialCode.RHIT);
        assertThat(a.nextSteps()).extracting(NextStep::credential)
                .containsSubsequence(CredentialCode.RHIT, CredentialCode.CCA, CredentialCode.CCS, CredentialCode.RHIA);
        assertThat(a.nextSteps().get(a.nextSteps().size() - 1).why())
                .contains("bachelor's degree program would open RHIA");
    }

    @Test
    void aCoderWithTheCcaAndTwoYearsIsToldToSitTheCcsFirst() {
        Candidate coder = Candidate.builder("coder").education(Education.completed(EducationLevel.HIGH_SCHOOL))
                .credentials(HeldCredential.active(CredentialCode.CCA))
                .experience(Experience.months(ExperienceKind.CODING, 24)).build();
        NextStep first = ADVISOR.assess(coder, AS_OF).nextSteps().get(0);
        assertThat(first.credential()).isEqualTo(CredentialCode.CCS);
        assertThat(first.why()).contains("You can sit the CCS exam now:").doesNotContain("recommends");
    }

    @Test
    void experienceAccruingGivesADatedStep() {
        Candidate privacy = Candidate.builder("privacy").education(Education.completed(EducationLevel.BACHELOR))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, LocalDate.of(2025, 6, 1)))
                .build();
        Assessment a = ADVISOR.assess(privacy, AS_OF);
        assertThat(a.decision(CredentialCode.CHPS).eligibleOn()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(a.nextSteps()).anySatisfy(s -> {
            assertThat(s.action()).isEqualTo(StepAction.GAIN_EXPERIENCE);
            assertThat(s.credential()).isEqualTo(CredentialCode.CHPS);
            assertThat(s.eligibleOn()).isEqualTo(LocalDate.of(2027, 6, 1));
            assertThat(s.why()).contains("17 of 24 months");
        });
    }

    @Test
    void planForAnAssociateGraduateTowardTheRhiaSitsTheRhitThenABachelorsThenTheRhia() {
        Plan plan = ADVISOR.plan(ASSOCIATE_GRADUATE, CredentialCode.RHIA, AS_OF);
        assertThat(plan.steps()).extracting(PlanStep::action)
                .containsExactly(StepAction.SIT_EXAM, StepAction.COMPLETE_PROGRAM, StepAction.SIT_EXAM);
        assertThat(plan.steps().get(0).credential()).isEqualTo(CredentialCode.RHIT);
        assertThat(plan.steps().get(0).earliest()).isEqualTo(AS_OF);
        assertThat(plan.steps().get(1).needs()).containsExactly("Completing a CAHIIM-accredited HIM bachelor's "
                + "degree program");
        assertThat(plan.steps().get(2).credential()).isEqualTo(CredentialCode.RHIA);
        assertThat(plan.alternatives()).anySatisfy(route ->
                assertThat(route.get(route.size() - 1).needs())
                        .contains("the Application for Early Testing with the exam application"));
    }

    @Test
    void planForABachelorTowardTheRhiaOffersThePostBaccalaureateCertificate() {
        Candidate bachelor = Candidate.builder("nursing-bachelor")
                .education(Education.completed(EducationLevel.BACHELOR)).noExperience().build();
        Plan plan = ADVISOR.plan(bachelor, CredentialCode.RHIA, AS_OF);
        assertThat(plan.steps().get(0).needs().get(0)).contains("post-baccalaureate certificate");
        assertThat(plan.steps().get(plan.steps().size() - 1).credential()).isEqualTo(CredentialCode.RHIA);
    }

    @Test
    void planWithOngoingExperienceWaitsUntilTheDateTheRulesGive() {
        Candidate privacy = Candidate.builder("privacy").education(Education.completed(EducationLevel.BACHELOR))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, LocalDate.of(2025, 6, 1)))
                .build();
        Plan plan = ADVISOR.plan(privacy, CredentialCode.CHPS, AS_OF);
        assertThat(plan.steps()).extracting(PlanStep::action).containsExactly(StepAction.GAIN_EXPERIENCE, StepAction.SIT_EXAM);
        assertThat(plan.steps().get(1).earliest()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(ADVISOR.assess(privacy, LocalDate.of(2027, 6, 1)).decision(CredentialCode.CHPS).status())
                .isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void planForAStudentTestingEarlyOffersFinishingTheProgramAsTheOtherRoute() {
        Candidate student = Candidate.builder("student").education(Education.cahiimHim(EducationLevel.ASSOCIATE)
                .withStatus(ProgramStatus.FINAL_TERM).withExpectedOn(LocalDate.of(2026, 12, 18))).noExperience()
                .build();
        Plan plan = ADVISOR.plan(student, CredentialCode.RHIT, AS_OF);
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(StepAction.SIT_EXAM);
            assertThat(s.needs()).contains("the Application for Early Testing with the exam application");
        });
        assertThat(plan.alternatives()).first().satisfies(route -> {
            assertThat(route.get(0).earliest()).isEqualTo(LocalDate.of(2026, 12, 18));
            assertThat(route.get(1).earliest()).isEqualTo(LocalDate.of(2026, 12, 18));
        });
    }

    @Test
    void planForAHeldCredentialIsEmpty() {
        Candidate rhit = Candidate.builder("rhit").credentials(HeldCredential.active(CredentialCode.RHIT)).build();
        assertThat(ADVISOR.plan(rhit, CredentialCode.RHIT, AS_OF).steps()).isEmpty();
    }

    @Test
    void planWhenEducationIsUnknownAsksForIt() {
        Candidate unknown = Candidate.builder("unknown").noExperience().build();
        assertThat(ADVISOR.plan(unknown, CredentialCode.RHIT, AS_OF).steps()).singleElement()
                .satisfies(s -> assertThat(s.needs()).containsExactly("tell us your education"));
    }

    @Test
    void aDatedStepNamesThePathwayThatDecidesOnItsDate() {
        Candidate graduate = Candidate.builder("hs-2020").education(Education.completed(EducationLevel.HIGH_SCHOOL))
                .noExperience().build();
        Assessment a = ADVISOR.assess(graduate, LocalDate.of(2020, 6, 30));
        assertThat(a.decision(CredentialCode.CCS).eligibleOn()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(a.nextSteps()).anySatisfy(s -> {
            assertThat(s.credential()).isEqualTo(CredentialCode.CCS);
            assertThat(s.action()).isEqualTo(StepAction.WAIT);
            assertThat(s.why()).contains("on 2020-07-01 (the rules in force change on that day)");
        });
    }

    @Test
    void aBachelorsHimStudentIsNotAdvisedAnAssociateProgramAndCanPlanEarlyTesting() {
        Candidate student = Candidate.builder("bachelor-student").education(
                Education.completed(EducationLevel.HIGH_SCHOOL),
                Education.cahiimHim(EducationLevel.BACHELOR).withStatus(ProgramStatus.ENROLLED)).noExperience().build();
        Assessment a = ADVISOR.assess(student, AS_OF);
        assertThat(a.nextSteps()).noneSatisfy(s -> assertThat(s.why()).contains("associate degree program"));
        assertThat(a.nextSteps()).anySatisfy(s -> assertThat(s.why())
                .contains("Completing your CAHIIM-accredited HIM bachelor's degree program would open RHIA"));
        Plan plan = ADVISOR.plan(student, CredentialCode.RHIA, AS_OF);
        assertThat(plan.steps()).extracting(PlanStep::action).containsExactly(StepAction.COMPLETE_PROGRAM, StepAction.SIT_EXAM);
        assertThat(plan.alternatives()).anySatisfy(route -> assertThat(route.get(0).needs())
                .containsExactly("Reaching the last term of your CAHIIM-accredited HIM bachelor's degree program "
                        + "(early testing)"));
    }

    @Test
    void unknownInputIsAskedForOnceAndNoProgramIsAdvisedBlind() {
        Candidate unknown = Candidate.builder("unknown").build();
        assertThat(ADVISOR.assess(unknown, AS_OF).nextSteps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(StepAction.PROVIDE_INFO);
            assertThat(s.why()).isEqualTo("Tell us your education and your work experience: the RHIT, RHIA, CCA, CCS, CCS-P, "
                    + "CHPS answers depend on it.");
        });
    }
}
