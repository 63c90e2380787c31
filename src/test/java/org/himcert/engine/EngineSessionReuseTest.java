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

    @Test
    void evaluatingManyCandidatesInTurnGivesWhatAFreshEngineGives() throws RuleLoadException {
        RuleBase rules = RuleBase.compile(RuleFiles.bundled());
        RequirementParameters parameters = RequirementParameters.of(rules.parameters(), null,
                List.of(new Reciprocity(CredentialCode.RHIT, "CHIMA", Set.of(EducationLevel.ASSOCIATE))), false, false,
                null, null, null, null, true, null, false);
        Engine reused = new Engine(rules, parameters);
        RandomCandidates random = new RandomCandidates(11);
        for (int i = 0; i < 200; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("r" + i, asOf);
            List<Condition> again = reused.evaluate(c, asOf).conditions();
            List<Condition> fresh = new Engine(rules, parameters).evaluate(c, asOf).conditions();
            assertThat(new HashSet<>(again)).as(c.toString()).isEqualTo(new HashSet<>(fresh));
            assertThat(again).hasSameSizeAs(fresh);
        }
    }
}
