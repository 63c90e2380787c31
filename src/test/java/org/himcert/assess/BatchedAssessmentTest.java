package org.himcert.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.engine.Condition;
import org.himcert.engine.Engine;
import org.himcert.engine.PathwayKind;
import org.himcert.json.ContractWriter;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/**
 * Candidates asked of the rules together (one session for a chunk of candidates, their hypothetical variants and
 * later days) get exactly the answers they get alone: a pattern that was not keyed to its scenario would let one
 * candidate's facts meet another's, and this is where it would show.
 */
class BatchedAssessmentTest {

    private static final ContractWriter WRITER = new ContractWriter();
    private final Assessor advisor = Assessor.bundled();
    private final EligibilityAdvisor facade = EligibilityAdvisor.withBundledRules();

    private static List<Candidate> candidates(long seed, int n, List<LocalDate> dates) {
        RandomCandidates random = new RandomCandidates(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate asOf = random.asOf();
            dates.add(asOf);
            candidates.add(random.candidate("r" + seed + "-" + i, asOf));
        }
        return candidates;
    }

    @Test
    void randomChunksAnswerAsOneCandidateAtATime() {
        for (long seed = 1; seed <= 4; seed++) {
            List<LocalDate> dates = new ArrayList<>();
            List<Candidate> candidates = candidates(seed, 120, dates);
            Random sizes = new Random(seed);
            for (int from = 0; from < candidates.size(); ) {
                int to = Math.min(candidates.size(), from + 1 + sizes.nextInt(40));
                List<Assessment> together = facade.assessAll(candidates.subList(from, to), dates.subList(from, to),
                        Detail.FULL);
                for (int i = from; i < to; i++) {
                    assertThat(WRITER.assessment(together.get(i - from)))
                            .as("candidate %d of seed %d in a chunk of %d", i, seed, to - from)
                            .isEqualTo(WRITER.assessment(facade.assess(candidates.get(i), dates.get(i))));
                }
                from = to;
            }
        }
    }

    @Test
    void oneSessionForManyQuestionsDerivesEachOnesConditionsAlone() {
        List<LocalDate> dates = new ArrayList<>();
        List<Candidate> candidates = candidates(11, 80, dates);
        List<Engine.Evaluation> together = Ask.evaluateTogether(advisor, candidates, dates);
        for (int i = 0; i < candidates.size(); i++) {
            List<Condition> alone = Ask.evaluate(advisor, candidates.get(i), dates.get(i)).conditions();
            assertThat(together.get(i).conditions()).as("candidate %d", i).containsExactlyInAnyOrderElementsOf(alone);
        }
    }

    @Test
    void aQuestionAboutSomeCredentialsDerivesExactlyTheirConditions() {
        List<LocalDate> dates = new ArrayList<>();
        List<Candidate> candidates = candidates(13, 60, dates);
        Random r = new Random(13);
        for (int i = 0; i < candidates.size(); i++) {
            Set<CredentialCode> some = EnumSet.noneOf(CredentialCode.class);
            for (CredentialCode c : CredentialCode.ASSESSED) {
                if (r.nextBoolean()) {
                    some.add(c);
                }
            }
            Engine.Evaluation all = Ask.evaluate(advisor, candidates.get(i), dates.get(i));
            Engine.Evaluation asked = Ask.evaluateAsking(advisor, candidates.get(i), dates.get(i), some, true);
            assertThat(asked.conditions().stream().filter(c -> some.contains(c.credential())).toList())
                    .as("candidate %d asked about %s", i, some)
                    .containsExactlyInAnyOrderElementsOf(all.conditions().stream()
                            .filter(c -> some.contains(c.credential())).toList());
            assertThat(asked.conditions()).as("candidate %d: only gates of other credentials", i)
                    .allMatch(c -> some.contains(c.credential()) || c.kind() == PathwayKind.GATE);
            assertThat(Decisions.decide(asked, false)).extracting(Decision::credential)
                    .containsExactlyElementsOf(CredentialCode.ASSESSED.stream().filter(some::contains).toList());
        }
    }

    @Test
    void aBriefAssessmentGivesTheFullOnesAnswersAndNothingElse() {
        List<LocalDate> dates = new ArrayList<>();
        List<Candidate> candidates = candidates(5, 150, dates);
        List<Assessment> brief = facade.assessAll(candidates, dates, Detail.BRIEF);
        for (int i = 0; i < candidates.size(); i++) {
            Assessment full = facade.assess(candidates.get(i), dates.get(i));
            Assessment b = brief.get(i);
            assertThat(b.detail()).isEqualTo(Detail.BRIEF);
            assertThat(b.nextSteps()).isEmpty();
            for (int d = 0; d < full.decisions().size(); d++) {
                Decision f = full.decisions().get(d);
                Decision x = b.decisions().get(d);
                assertThat(List.<Object>of(x.credential(), x.status(), x.earlyTesting(), String.valueOf(x.pathway()),
                        String.valueOf(x.eligibleOn())))
                        .as("candidate %d %s", i, f.credential())
                        .isEqualTo(List.<Object>of(f.credential(), f.status(), f.earlyTesting(), String.valueOf(f.pathway()),
                                String.valueOf(f.eligibleOn())));
                assertThat(x.reasons()).isEmpty();
                assertThat(x.unmet()).isEmpty();
            }
        }
    }

    @Test
    void theBriefLineCarriesOnlyTheContractsFiveFieldsPerDecision() {
        List<LocalDate> dates = new ArrayList<>();
        Candidate c = candidates(3, 1, dates).get(0);
        String json = WRITER.assessment(facade.assess(c, dates.get(0), Detail.BRIEF));
        assertThat(json).doesNotContain("nextSteps", "reasons", "unmet", "missing", "recommendations")
                .contains("\"credential\":\"RHIT\",\"status\":");
    }
}
