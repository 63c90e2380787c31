package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.himcert.model.Candidate;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ProgramStatus;
import org.himcert.testing.HostileRecords;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A record cut down to what the rules read on a date answers as the record does on that date, and so do the
 * hypothetical candidates next steps and plans build from it (a program finished, a program added); only the
 * entries the missing inputs name may differ.
 */
class EssentialTest {

    private static Engine engine;

    @BeforeAll
    static void engine() throws RuleLoadException {
        RuleBase rules = RuleBase.bundled();
        engine = new Engine(rules, RequirementParameters.of(rules.parameters()));
    }

    /** The conditions derived, without the entries their missing inputs name. */
    private static List<String> answers(Candidate c, LocalDate asOf) {
        List<String> answers = new ArrayList<>();
        for (Condition k : engine.evaluate(c, asOf).conditions()) {
            answers.add(String.join("|", k.credential().code(), k.pathway(), k.requirement(), k.state().name(),
                    String.valueOf(k.have()), String.valueOf(k.need()), k.text()));
        }
        answers.sort(null);
        return answers;
    }

    private static Candidate finishing(Candidate c, Education entry) {
        List<Education> education = new ArrayList<>(c.education().orElseThrow());
        for (int i = 0; i < education.size(); i++) {
            if (education.get(i) == entry) {
                education.set(i, entry.withStatus(ProgramStatus.COMPLETED));
                return c.withEducation(education);
            }
        }
        throw new IllegalArgumentException("not an entry of the candidate");
    }

    private static Candidate adding(Candidate c, Education entry) {
        List<Education> education = new ArrayList<>(c.education().orElseThrow());
        education.add(entry);
        return c.withEducation(education);
    }

    @Test
    void aCrowdedRecordCutDownAnswersAsTheRecordOnTheDateAndSoDoItsHypotheticalCandidates() {
        RandomCandidates random = new RandomCandidates(2026_12_07L);
        int cut = 0;
        for (int i = 0; i < 300; i++) {
            LocalDate asOf = random.asOf();
            Candidate record = random.crowded("e" + i, asOf);
            Candidate essential = engine.essential(record, asOf);
            cut += essential == record ? 0 : 1;

            assertThat(answers(essential, asOf)).as(record.toString()).isEqualTo(answers(record, asOf));
            for (Education e : essential.education().orElse(List.of())) {
                if (!e.isCompleted()) {
                    assertThat(answers(finishing(essential, e), asOf)).as("finishing %s of %s", e, record)
                            .isEqualTo(answers(finishing(record, e), asOf));
                }
            }
            if (record.education().isPresent()) {
                Education added = Education.cahiimHim(EducationLevel.BACHELOR);
                assertThat(answers(adding(essential, added), asOf)).isEqualTo(answers(adding(record, added), asOf));
            }
        }
        assertThat(cut).as("records that were cut down").isGreaterThan(100);
    }

    @Test
    void aThousandProgramsOverFiftyDatesAreCutToTwoOfEachKind() {
        Candidate record = HostileRecords.twoKindsOverFiftyMonths(1_000, LocalDate.of(2027, 1, 1));

        Candidate essential = engine.essential(record, LocalDate.of(2026, 11, 25));

        assertThat(essential.education()).isEqualTo(Optional.of(record.education().orElseThrow().subList(0, 4)));
        assertThat(essential.ceus()).isEmpty();
    }
}
