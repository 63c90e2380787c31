package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's sessions are pooled: each evaluation takes one, and it goes back emptied for the next. A reused
 * session leaves nothing of one batch behind for the next, even when the rules were stopped, or failed, halfway
 * through it.
 */
class EngineSessionReuseTest {

    private static RuleBase bundled;
    private static RequirementParameters bundledParameters;

    @BeforeAll
    static void compile() throws RuleLoadException {
        bundled = RuleBase.compile(RuleFiles.bundled());
        bundledParameters = parameters(bundled);
    }

    /** A new engine over the bundled rules, with sessions of its own. */
    private static Engine fresh() {
        return new Engine(bundled, bundledParameters);
    }

    private static RequirementParameters parameters(RuleBase rules) {
        return RequirementParameters.of(rules.parameters(), null,
                List.of(new Reciprocity(CredentialCode.RHIT, "CHIMA", Set.of(EducationLevel.ASSOCIATE))), false, false,
                null, null, null, null, true, null, false, true);
    }

    private static void assertSameConditions(Engine.Evaluation again, Engine.Evaluation fresh, Candidate c) {
        assertThat(new HashSet<>(again.conditions())).as(c.toString()).isEqualTo(new HashSet<>(fresh.conditions()));
        assertThat(again.conditions()).hasSameSizeAs(fresh.conditions());
    }

    @Test
    void evaluatingManyCandidatesInTurnGivesWhatAFreshEngineGives() {
        Engine reused = fresh();
        RandomCandidates random = new RandomCandidates(11);
        for (int i = 0; i < 200; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("r" + i, asOf);
            assertSameConditions(reused.evaluate(c, asOf), fresh().evaluate(c, asOf), c);
        }
    }

    @Test
    void batchesOfDifferentSizesInTurnGiveWhatAFreshEngineGives() {
        Engine reused = fresh();
        RandomCandidates random = new RandomCandidates(12);
        for (int size : new int[] {40, 3, 17, 1, 32, 5}) {
            List<Engine.Probe> probes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                LocalDate asOf = random.asOf();
                probes.add(new Engine.Probe(random.candidate("b" + size + "-" + i, asOf), asOf, i % 2 == 0,
                        i % 3 == 0 ? Set.of(CredentialCode.CCS, CredentialCode.RHIA) : null, i % 4 != 1));
            }
            List<Engine.Evaluation> again = reused.evaluate(probes);
            for (int i = 0; i < size; i++) {
                Engine.Probe p = probes.get(i);
                Engine.Evaluation fresh = fresh().evaluate(List.of(p)).get(0);
                assertSameConditions(again.get(i), fresh, p.candidate());
                MaintenanceQuestion a = again.get(i).maintenance();
                MaintenanceQuestion f = fresh.maintenance();
                assertThat(a == null).as(p.candidate().toString()).isEqualTo(f == null);
                if (a != null) {
                    assertThat(new HashSet<>(a.findings())).as(p.candidate().toString())
                            .isEqualTo(new HashSet<>(f.findings()));
                    assertThat(a.findings()).hasSameSizeAs(f.findings());
                }
            }
        }
    }

    /** A candidate with this many completed programs: three of them can be chosen in n^3 ways. */
    /** A candidate with n programs the rules can tell apart (equal entries are one fact). */
    private static Candidate withPrograms(String id, int n) {
        StringBuilder education = new StringBuilder();
        for (int i = 0; i < n; i++) {
            education.append(i == 0 ? "" : ",").append(org.himcert.testing.RandomCandidates.distinctProgram(i));
        }
        try {
            return org.himcert.json.HimcertJson.candidate("{\"id\":\"" + id + "\",\"education\":[" + education + "]}");
        } catch (org.himcert.json.InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundled rules with one more rule, X-1 of the RHIT, in a file of its own. */
    private static RuleBase bundledWith(String name, String when, String then) throws RuleLoadException {
        List<RuleFile> files = new ArrayList<>(RuleFiles.bundled());
        files.add(new RuleFile("x-1.drl", String.join("\n",
                "package org.himcert.rules;",
                "import org.himcert.engine.*;",
                "rule \"X-1 " + name + "\"",
                "    @requirement(\"X-1\") @credential(\"RHIT\") @source(\"a test\")",
                "when",
                "    " + when,
                "then",
                "    " + then,
                "end",
                "")));
        return RuleBase.compile(files);
    }

    /**
     * Five rounds on one engine over the rules: a batch of a random candidate and the probe the rules cannot
     * finish, which fails as {@code failure} expects, then a batch that gives what a fresh engine gives.
     */
    private static void assertAStoppedBatchLeavesNothingBehind(RuleBase rules, long seed, Consumer<Throwable> failure,
                                                               BiFunction<Integer, LocalDate, Engine.Probe> stopping) {
        RequirementParameters parameters = parameters(rules);
        Engine reused = new Engine(rules, parameters);
        RandomCandidates random = new RandomCandidates(seed);
        for (int round = 0; round < 5; round++) {
            LocalDate asOf = LocalDate.of(2024, 3, 1).plusDays(round * 97L);
            List<Engine.Probe> stopped = List.of(new Engine.Probe(random.candidate("a" + round, asOf), asOf),
                    stopping.apply(round, asOf));
            assertThatThrownBy(() -> reused.evaluate(stopped)).satisfies(failure);
            Candidate next = random.candidate("n" + round, asOf);
            assertSameConditions(reused.evaluate(List.of(new Engine.Probe(next, asOf, true))).get(0),
                    new Engine(rules, parameters).evaluate(List.of(new Engine.Probe(next, asOf, true))).get(0), next);
        }
    }

    @Test
    void aBatchOfMoreFactsThanOneSessionHoldsIsAskedInSeveralAndAnswersAsEachAlone() throws Exception {
        List<Engine.Probe> probes = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2026, 11, 25);
        RandomCandidates random = new RandomCandidates(16);
        for (int i = 0; i < 12; i++) {
            // 2,000 entries each: 12 of them hold more facts than one session is given
            probes.add(new Engine.Probe(org.himcert.json.HimcertJson.candidate(
                    org.himcert.testing.HostileRecords.distinctDates("big" + i, 2_000 + i, 7 + i)), asOf, i % 3 == 0));
            probes.add(new Engine.Probe(random.candidate("small" + i, asOf), asOf, i % 2 == 0));
        }
        assertThat(probes.stream().mapToInt(p -> p.candidate().education().map(List::size).orElse(0)).sum())
                .isGreaterThan(Engine.SESSION_FACTS);
        Engine engine = fresh();

        List<Engine.Evaluation> together = engine.evaluate(probes);

        for (int i = 0; i < probes.size(); i++) {
            assertSameConditions(together.get(i), fresh().evaluate(List.of(probes.get(i))).get(0),
                    probes.get(i).candidate());
        }
    }

    @Test
    void aSessionStoppedByTheFiringLimitLeavesNothingBehindForTheNextBatch() throws RuleLoadException {
        RuleBase rules = bundledWith("a rule that matches every choice of three of a record's programs",
                "Program( ) Program( ) Program( )", "");
        // 25 programs: 15,625 matches, over the 12,000 firings two questions are allowed
        assertAStoppedBatchLeavesNothingBehind(rules, 13, e -> assertThat(e).isInstanceOf(RuleLimitException.class)
                        .hasMessageContaining("a rule that matches far too many combinations of facts"),
                (round, asOf) -> new Engine.Probe(withPrograms("many" + round, 25), asOf));
        // below the limit the same rule only costs time: 20 programs are 8,000 matches
        Engine engine = new Engine(rules, parameters(rules));
        assertThatThrownBy(() -> engine.evaluate(withPrograms("many", 25), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(RuleLimitException.class);
        assertThat(engine.evaluate(withPrograms("twenty", 20), LocalDate.of(2024, 3, 1)).conditions()).isNotEmpty();
    }

    @Test
    void aSessionWhoseRuleFailedHalfwayLeavesNothingBehindForTheNextBatch() throws RuleLoadException {
        RuleBase rules = bundledWith("a rule that fails on days before 2000", "AsOf( date.year < 2000 )",
                "throw new IllegalStateException(\"a test\");");
        RandomCandidates old = new RandomCandidates(15);
        assertAStoppedBatchLeavesNothingBehind(rules, 14, e -> assertThat(e).hasStackTraceContaining("a test"),
                (round, asOf) -> new Engine.Probe(old.candidate("old" + round, asOf), LocalDate.of(1999, 6, 1)));
    }
}
