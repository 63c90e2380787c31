package org.himcert.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.StepAction;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.model.CredentialCode;
import org.himcert.model.Parameter;
import org.junit.jupiter.api.Test;

/** The writer's layout is the contract's, field for field, in a fixed order. */
class ContractWriterTest {

    private final ContractWriter writer = new ContractWriter();

    static Assessment sampleAssessment() {
        Decision rhit = new Decision(CredentialCode.RHIT, Status.ELIGIBLE, true, "RHIT-3",
                List.of(new Reason("RHIT-3", "in the last term", "[S6]")), List.of(), List.of(), List.of(), null);
        Decision chps = new Decision(CredentialCode.CHPS, Status.NOT_ELIGIBLE, false, null, List.of(),
                List.of(new Gap("CHPS-2", "CHPS-2", "privacy experience", 17, 48, "months", "[S5]",
                        List.of(new Parameter("thresholds.CHPS-2", 48, "months", LocalDate.of(2021, 1, 1),
                                "[S5] AHIMA CHPS page"))),
                        new Gap("CHPS-4", "CHPS-4", "a bachelor's degree", null, null, null, "[S5]")),
                List.of(), List.of(), LocalDate.of(2029, 6, 1));
        Decision ccsP = new Decision(CredentialCode.CCS_P, Status.NEEDS_INFO, false, null, List.of(), List.of(),
                List.of("education"), List.of(new Gap("CCSP-N-REC-b", "CCSP-N-REC-b", "coding \"quoted\"", 0, 24,
                        "months", "[S26]")), null);
        return new Assessment("c-1", LocalDate.of(2026, 11, 25), "779801e7f05f", List.of(rhit, chps, ccsP),
                List.of(new NextStep(StepAction.SIT_EXAM, CredentialCode.RHIT, "eligible now", null),
                        new NextStep(StepAction.GAIN_EXPERIENCE, null, "31 more months", LocalDate.of(2029, 6, 1))));
    }

    static Plan samplePlan() {
        return new Plan("c-1", LocalDate.of(2026, 11, 25), CredentialCode.CCS_P,
                List.of(new PlanStep(StepAction.COMPLETE_PROGRAM, null, List.of("a high-school diploma"), null, null),
                        new PlanStep(StepAction.SIT_EXAM, CredentialCode.CCS_P, List.of(), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 2))),
                List.of(List.of(new PlanStep(StepAction.SIT_EXAM, CredentialCode.CCS_P, List.of("a GED"), null, null)), List.of()));
    }

    @Test
    void writesAnAssessmentInTheContractsOrderWithNullsForWhatDoesNotApply() {
        assertThat(writer.assessment(sampleAssessment())).isEqualTo("{\"id\":\"c-1\",\"asOf\":\"2026-11-25\","
                + "\"rulesVersion\":\"779801e7f05f\",\"decisions\":["
                + "{\"credential\":\"RHIT\",\"status\":\"ELIGIBLE\",\"earlyTesting\":true,\"pathway\":\"RHIT-3\","
                + "\"reasons\":[{\"requirement\":\"RHIT-3\",\"text\":\"in the last term\",\"source\":\"[S6]\","
                + "\"parameters\":[]}],"
                + "\"unmet\":[],\"missing\":[],\"recommendations\":[],\"eligibleOn\":null},"
                + "{\"credential\":\"CHPS\",\"status\":\"NOT_ELIGIBLE\",\"earlyTesting\":false,\"pathway\":null,"
                + "\"reasons\":[],\"unmet\":["
                + "{\"pathway\":\"CHPS-2\",\"requirement\":\"CHPS-2\",\"text\":\"privacy experience\",\"have\":17,"
                + "\"need\":48,\"unit\":\"months\",\"source\":\"[S5]\",\"parameters\":[{\"key\":\"thresholds.CHPS-2\","
                + "\"value\":48,\"unit\":\"months\",\"from\":\"2021-01-01\",\"source\":\"[S5] AHIMA CHPS page\"}]},"
                + "{\"pathway\":\"CHPS-4\",\"requirement\":\"CHPS-4\",\"text\":\"a bachelor's degree\",\"have\":null,"
                + "\"need\":null,\"unit\":null,\"source\":\"[S5]\",\"parameters\":[]}],"
                + "\"missing\":[],\"recommendations\":[],\"eligibleOn\":\"2029-06-01\"},"
                + "{\"credential\":\"CCS-P\",\"status\":\"NEEDS_INFO\",\"earlyTesting\":false,\"pathway\":null,"
                + "\"reasons\":[],\"unmet\":[],\"missing\":[\"education\"],\"recommendations\":["
                + "{\"pathway\":\"CCSP-N-REC-b\",\"requirement\":\"CCSP-N-REC-b\",\"text\":\"coding \\\"quoted\\\"\","
                + "\"have\":0,\"need\":24,\"unit\":\"months\",\"source\":\"[S26]\",\"parameters\":[]}],"
                + "\"eligibleOn\":null}],"
                + "\"nextSteps\":["
                + "{\"action\":\"SIT_EXAM\",\"credential\":\"RHIT\",\"why\":\"eligible now\",\"eligibleOn\":null},"
                + "{\"action\":\"GAIN_EXPERIENCE\",\"credential\":null,\"why\":\"31 more months\","
                + "\"eligibleOn\":\"2029-06-01\"}]}");
    }

    @Test
    void writesAPlanWithItsStepsAndAlternatives() {
        assertThat(writer.plan(samplePlan())).isEqualTo("{\"id\":\"c-1\",\"asOf\":\"2026-11-25\",\"target\":\"CCS-P\","
                + "\"expectedArrival\":null,"
                + "\"steps\":[{\"action\":\"COMPLETE_PROGRAM\",\"credential\":null,\"needs\":[\"a high-school"
                + " diploma\"],\"earliest\":null,\"expectedOn\":null},{\"action\":\"SIT_EXAM\",\"credential\":\"CCS-P\","
                + "\"needs\":[],\"earliest\":\"2027-01-02\",\"expectedOn\":\"2027-01-02\"}],\"alternatives\":[[{\"action\":"
                + "\"SIT_EXAM\",\"credential\":\"CCS-P\",\"needs\":[\"a GED\"],\"earliest\":null,\"expectedOn\":null}],[]],"
                + "\"alternativeArrivals\":[null,null]}");
    }

    @Test
    void writesAnErrorRecordWithTheIdWhenItWasRead() {
        assertThat(writer.error(new InputException("c-2", 2, "experience[0].to", "must be on or after from")))
                .isEqualTo("{\"id\":\"c-2\",\"error\":{\"line\":2,\"path\":\"experience[0].to\","
                        + "\"message\":\"must be on or after from\"}}");
    }

    @Test
    void leavesTheIdOutOfAnErrorRecordWhenItCouldNotBeRead() {
        assertThat(writer.error(new InputException(null, 3, "", "not valid JSON")))
                .isEqualTo("{\"error\":{\"line\":3,\"path\":\"\",\"message\":\"not valid JSON\"}}");
    }

    @Test
    void escapesWhatJsonMustEscapeAndKeepsOtherCharactersAsTheyAre() {
        assertThat(writer.error("c-1", 1, "", "tab\there, é, \u2028"))
                .isEqualTo("{\"id\":\"c-1\",\"error\":{\"line\":1,\"path\":\"\","
                        + "\"message\":\"tab\\there, é, \u2028\"}}");
    }

    @Test
    void theUtf8BytesAreTheTextsOwnRecordAfterRecordThroughALineLargerThanTheKeptBuffer() {
        Assessment small = sampleAssessment();
        Assessment brief = new Assessment(small.candidateId(), small.asOf(), small.rulesVersion(), small.decisions(),
                List.of(), org.himcert.Detail.BRIEF, null);
        // one step's words far beyond the buffer a thread keeps: the next record must not see a byte of it
        Assessment large = new Assessment("c-2", small.asOf(), small.rulesVersion(), small.decisions(),
                List.of(new NextStep(StepAction.SIT_EXAM, CredentialCode.RHIT,
                        "é".repeat(ContractWriter.MAX_KEPT_BUFFER), null)));
        for (Assessment a : List.of(small, large, small, brief, large, brief)) {
            byte[] utf8 = writer.assessmentUtf8(a);
            assertThat(new String(utf8, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(writer.assessment(a));
        }
        assertThat(writer.assessmentUtf8(large).length).isGreaterThan(2 * ContractWriter.MAX_KEPT_BUFFER);
        assertThat(writer.planUtf8(samplePlan())).isEqualTo(
                writer.plan(samplePlan()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
