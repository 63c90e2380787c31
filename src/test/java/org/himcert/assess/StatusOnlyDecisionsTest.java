package org.himcert.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.himcert.Decision;
import org.himcert.Reason;
import org.himcert.engine.Condition;
import org.himcert.engine.Engine;
import org.himcert.engine.PathwayKind;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/**
 * The status-only decisions (hypothetical candidates, later days, brief output) are worked out by a lean scan of
 * their own; they must give what the explained decisions give: the same status, early testing and deciding pathway
 * for every credential, whatever the rules derived.
 */
class StatusOnlyDecisionsTest {

    private final Assessor advisor = Assessor.bundled();

    @Test
    void statusOnlyDecisionsAgreeWithTheExplainedOnes() {
        int compared = 0;
        for (long seed = 1; seed <= 6; seed++) {
            RandomCandidates random = new RandomCandidates(seed * 7919);
            for (int i = 0; i < 250; i++) {
                LocalDate asOf = random.asOf();
                Candidate c = random.candidate("s" + seed + "-" + i, asOf);
                Engine.Evaluation evaluation = Ask.evaluate(advisor, c, asOf);
                List<Decision> explained = Decisions.decide(evaluation, true);
                List<Decision> statusOnly = Decisions.decide(evaluation, false);
                assertThat(statusOnly).hasSameSizeAs(explained);
                for (int d = 0; d < explained.size(); d++) {
                    Decision e = explained.get(d);
                    Decision s = statusOnly.get(d);
                    assertThat(List.<Object>of(s.credential(), s.status(), s.earlyTesting(), String.valueOf(s.pathway())))
                            .as("seed %d, candidate %d on %s: %s", seed, i, asOf, c)
                            .isEqualTo(List.<Object>of(e.credential(), e.status(), e.earlyTesting(),
                                    String.valueOf(e.pathway())));
                    // the explanation says what the status says
                    switch (e.status()) {
                        case ELIGIBLE -> assertThat(e.reasons()).extracting(Reason::requirement).contains(e.pathway());
                        case NOT_ELIGIBLE -> assertThat(e.unmet()).isNotEmpty();
                        case NEEDS_INFO -> assertThat(e.missing()).isNotEmpty();
                        default -> assertThat(e.unmet()).isEmpty();
                    }
                    assertThat(s.reasons()).isEmpty();
                    assertThat(s.unmet()).isEmpty();
                    assertThat(s.missing()).isEmpty();
                    assertThat(s.recommendations()).isEmpty();
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(6 * 250 * CredentialCode.ASSESSED.size());
    }

    @Test
    void aStatusOnlyQuestionSkipsTheRecommendingRulesAndNothingElse() {
        RandomCandidates random = new RandomCandidates(4243);
        int recommendations = 0;
        for (int i = 0; i < 300; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("r" + i, asOf);
            Engine.Evaluation explained = Ask.evaluateAsking(advisor, c, asOf, null, true);
            Engine.Evaluation statusOnly = Ask.evaluateAsking(advisor, c, asOf, null, false);
            // the same conditions, but for the estimate of how long closing one takes, which only explanations read
            assertThat(statusOnly.conditions().stream().map(StatusOnlyDecisionsTest::sansEstimate).toList())
                    .as("candidate %d: %s", i, c)
                    .containsExactlyInAnyOrderElementsOf(explained.conditions().stream()
                            .filter(x -> x.kind() != PathwayKind.RECOMMENDATION)
                            .map(StatusOnlyDecisionsTest::sansEstimate).toList());
            recommendations += (int) explained.conditions().stream()
                    .filter(x -> x.kind() == PathwayKind.RECOMMENDATION).count();
            assertThat(Decisions.decide(statusOnly, false)).isEqualTo(Decisions.decide(explained, false));
            assertThatThrownBy(() -> Decisions.decide(statusOnly, true)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(recommendations).as("recommending conditions the explained questions derived").isPositive();
    }

    /** A condition without its months-to-close estimate (C-18), which status-only questions leave at 0. */
    private static Condition sansEstimate(Condition c) {
        return new Condition(c.credential(), c.pathway(), c.requirement(), c.kind(), c.text(), c.state(), c.have(),
                c.need(), c.unit(), c.source(), c.inputs(), c.measure(), c.missingAreas(),
                c.closedBy().isEmpty() ? Integer.valueOf(0) : null, c.closedBy(), c.degree(), c.parameters());
    }
}
