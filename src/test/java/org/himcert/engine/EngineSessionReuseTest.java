package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/** A reused session leaves nothing of one candidate behind for the next. */
class EngineSessionReuseTest {

    private static final RequirementParameters PARAMETERS = new RequirementParameters(LocalDate.of(2020, 7, 1),
            List.of(new Reciprocity(CredentialCode.RHIT, "CHIMA", Set.of(EducationLevel.ASSOCIATE))), false, false,
            LocalDate.of(2021, 1, 1), 90, 30, LocalDate.of(2023, 9, 11), true);

    @Test
    void evaluatingManyCandidatesInTurnGivesWhatAFreshEngineGives() throws RuleLoadException {
        RuleBase rules = RuleBase.compile(RuleFiles.bundled());
        Engine reused = new Engine(rules, PARAMETERS);
        RandomCandidates random = new RandomCandidates(11);
        for (int i = 0; i < 200; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("r" + i, asOf);
            List<Condition> again = reused.evaluate(c, asOf).conditions();
            List<Condition> fresh = new Engine(rules, PARAMETERS).evaluate(c, asOf).conditions();
            assertThat(new HashSet<>(again)).as(c.toString()).isEqualTo(new HashSet<>(fresh));
            assertThat(again).hasSameSizeAs(fresh);
        }
    }
}
