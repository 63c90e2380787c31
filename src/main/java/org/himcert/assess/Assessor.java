package org.himcert.assess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.himcert.AdvisorOptions;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Detail;
import org.himcert.Maintenance;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.RuleSummary;
import org.himcert.RulesException;
import org.himcert.RulesStoppedException;
import org.himcert.advice.Advice;
import org.himcert.engine.Engine;
import org.himcert.engine.Profile;
import org.himcert.engine.Reciprocity;
import org.himcert.engine.RequirementParameters;
import org.himcert.engine.TypicalMonths;
import org.himcert.engine.RuleBase;
import org.himcert.engine.RuleFile;
import org.himcert.engine.RuleFiles;
import org.himcert.engine.RuleLimitException;
import org.himcert.engine.RuleLoadException;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;

/**
 * The machinery behind the facade: compiles or takes the rules, applies the options to their parameters, asks the
 * rules about batches of questions (the candidates, their ladder variants, the rounds of eligibleOn days) and turns
 * the conditions into assessments, next steps and plans. One per advisor; immutable and thread-safe. The facade
 * ({@link org.himcert.EligibilityAdvisor}) delegates to it; the case-file runner and the tests use it directly
 * for what the rules derived ({@link #ask}).
 */
public final class Assessor implements Advice.Rules {

    private final Engine engine;
    private final Advice advice;
    private final AdvisorOptions options;
    private final String rulesVersion;

    private Assessor(RuleBase rules, AdvisorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.engine = new Engine(rules, parameters(rules, options));
        this.rulesVersion = !options.overridesAnything() ? rules.digest()
                : rules.digest() + "+options." + digest(canonical(engine.parameters()));
        this.advice = new Advice(this);
    }

    /**
     * The assessor on the rules shipped in the jar, compiled once per JVM, with the given options.
     *
     * @param options the options
     * @return the assessor
     * @throws IllegalStateException if the bundled rules do not compile (a broken build)
     */
    public static Assessor bundled(AdvisorOptions options) {
        return new Assessor(Bundled.RULES, options);
    }

    /**
     * The assessor on the rules shipped in the jar with the default options, built once and shared.
     *
     * @return the assessor
     */
    public static Assessor bundled() {
        return Bundled.DEFAULT;
    }

    /**
     * The assessor on every rule file of a directory.
     *
     * @param directory the directory holding the rule files and their parameters
     * @param options   the options
     * @return the assessor
     * @throws RulesException if the directory holds no rule file, a file cannot be read, or one does not compile
     */
    public static Assessor fromRulesDirectory(Path directory, AdvisorOptions options) throws RulesException {
        try {
            List<RuleFile> files = RuleFiles.fromDirectory(directory);
            return new Assessor(RuleBase.compile(files), options);
        } catch (RuleLoadException e) {
            throw new RulesException(e.file(), e.line(), e.getMessage(), e);
        }
    }

    /**
     * The options applied.
     *
     * @return the options
     */
    public AdvisorOptions options() {
        return options;
    }

    /**
     * Identifies the rule files and options that decide.
     *
     * @return the rules version
     */
    public String rulesVersion() {
        return rulesVersion;
    }

    /**
     * The compiled rules.
     *
     * @return the rule base
     */
    public RuleBase ruleBase() {
        return engine.rules();
    }

    /**
     * The requirement parameters handed to the rules, as facts.
     *
     * @return the parameter facts
     */
    public List<Object> parameters() {
        return engine.parameters().facts();
    }

    /**
     * The rules applied, by name, each with its requirement id, credential and source.
     *
     * @return the rules
     */
    public List<RuleSummary> rules() {
        return engine.rules().rules().stream().map(r -> new RuleSummary(r.name(), r.metadata().get("requirement"),
                r.metadata().get("credential"), r.metadata().get("source"), r.metadata().get("sourceDated")))
                .toList();
    }

    @Override
    public Engine.Evaluation evaluate(Candidate candidate, LocalDate asOf) {
        return ask(List.of(new Engine.Probe(candidate, asOf))).get(0);
    }

    @Override
    public List<Engine.Evaluation> evaluateAll(List<Candidate> candidates, LocalDate asOf) {
        return ask(candidates.stream().map(c -> new Engine.Probe(c, asOf)).toList());
    }

    @Override
    public Assessment assess(Candidate candidate, LocalDate asOf) {
        return assessAll(List.of(candidate), List.of(asOf), true, false).get(0);
    }

    @Override
    public List<List<Decision>> statuses(List<Candidate> variants, LocalDate asOf) {
        return ask(variants.stream().map(v -> new Engine.Probe(v, asOf)).toList()).stream()
                .map(Decisions::decide).toList();
    }

    @Override
    public TypicalMonths typicalMonths() {
        return engine.parameters().typicalMonths();
    }

    @Override
    public Profile profile(Candidate candidate, LocalDate asOf) {
        return Profile.of(candidate, asOf, options.inactiveCredentialsCount(), options.enrolmentImpliesDiploma());
    }

    @Override
    public Candidate essential(Candidate candidate, LocalDate asOf) {
        return engine.essential(candidate, asOf);
    }

    @Override
    public List<Decision> decide(Engine.Evaluation evaluation, boolean explain) {
        return Decisions.decide(evaluation, explain);
    }

    /**
     * What case files ask of these rules: full assessments, plans, and the conditions derived.
     *
     * @return the questions, answered by this assessor
     */
    public CaseQuestions caseQuestions() {
        return new CaseQuestions() {
            @Override
            public Assessment assess(Candidate candidate, LocalDate asOf) {
                return assessAll(List.of(candidate), List.of(asOf), true, true).get(0);
            }

            @Override
            public Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf) {
                return Assessor.this.plan(candidate, target, asOf);
            }

            @Override
            public Engine.Evaluation conditions(Candidate candidate, LocalDate asOf) {
                return ask(List.of(new Engine.Probe(candidate, asOf, true))).get(0);
            }
        };
    }

    /**
     * The plan from where the candidate stands on the date to the target.
     *
     * @param candidate the candidate
     * @param target    the credential to reach
     * @param asOf      the date the plan starts from
     * @return the plan
     */
    public Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf) {
        return advice.plan(candidate, target, asOf);
    }

    /**
     * Asks the rules about the probes, in as few sessions as their facts allow; a runaway rule is reported as the
     * API's exception.
     *
     * @param probes the questions
     * @return what the rules derived, one evaluation per probe in order
     * @throws RulesStoppedException if a rule ran away
     */
    public List<Engine.Evaluation> ask(List<Engine.Probe> probes) {
        try {
            return engine.evaluate(probes);
        } catch (RuleLimitException e) {
            throw new RulesStoppedException(e.getMessage(), e);
        }
    }

    /**
     * The batched assessment: round one asks about every candidate; each later round asks about the next day of
     * every candidate's eligibleOn search still running, for the credentials it still seeks. The ladder moves'
     * hypothetical candidates, for next steps, are asked in round two (round one for fewer than
     * {@link Rounds#MOVES_IN_ROUND_TWO_FROM} candidates) about the credentials that are neither ELIGIBLE nor held in the
     * candidate's own answer: next steps read a move's answer only for the credentials it opens that are not open
     * already. Hypothetical candidates and later days get status-only decisions, so their questions skip the
     * recommending rules.
     *
     * @param candidates the candidates
     * @param dates      the date for each, in the same order
     * @param explain    whether decisions carry their reasons and gaps
     * @param steps      whether assessments carry next steps (and eligibleOn)
     * @return one assessment per candidate, in order
     */
    public List<Assessment> assessAll(List<Candidate> candidates, List<LocalDate> dates, boolean explain,
                                      boolean steps) {
        List<Rounds.Answers> answers = new Rounds(this, candidates, dates, explain, steps).run();
        List<Assessment> assessments = new ArrayList<>(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            assessments.add(assessment(candidates.get(i), dates.get(i), answers.get(i), explain, steps));
        }
        return assessments;
    }

    /** One candidate's assessment from what the rounds found: its decisions, maintenance and next steps. */
    private Assessment assessment(Candidate candidate, LocalDate asOf, Rounds.Answers answers, boolean explain,
                                  boolean steps) {
        EligibleOnSearch search = answers.search();
        List<Decision> decisions = search.decisions();
        Maintenance maintenance = MaintenanceFindings.of(answers.own().maintenance(), asOf);
        if (!explain && maintenance != null) {
            maintenance = maintenance.withoutParameters(); // the answers only: brief carries no parameter rows
        }
        NextStep keeping = steps ? MaintenanceFindings.step(answers.own().maintenance(), maintenance, asOf) : null;
        List<NextStep> next = steps ? advice.nextSteps(candidate, asOf, decisions,
                new Advice.Known(answers.moves(), answers.afterMoves(), search::statusesOn,
                        answers.finishing() == null ? Map.of() : answers.finishing().programs(),
                        answers.finishing() == null ? Map.of() : answers.finishing().search().found())) : List.of();
        LocalDate stopped = search.stoppedAt();
        if (steps && stopped != null) {
            List<NextStep> withStop = new ArrayList<>(next);
            withStop.add(advice.searchStopped(search.sought(), stopped, EligibleOnSearch.MAX_DAYS_ASKED));
            next = withStop;
        }
        if (keeping != null) {
            List<NextStep> withKeeping = new ArrayList<>(next.size() + 1);
            withKeeping.add(keeping); // keeping what is held comes before what to sit next
            withKeeping.addAll(next);
            next = withKeeping;
        }
        return new Assessment(candidate.id(), asOf, rulesVersion, decisions, next,
                explain ? Detail.FULL : Detail.BRIEF, maintenance);
    }

    /** The advice built on this assessor's answers. */
    Advice advice() {
        return advice;
    }

    /** The engine, for the days an eligibleOn search asks about. */
    Engine engine() {
        return engine;
    }

    /**
     * The candidate as the "if nothing else changes" questions see it on a later day: with its programs completed
     * on their expectedOn dates when {@link AdvisorOptions#expectedCompletionCounts()} is set, else unchanged.
     */
    @Override
    public Candidate projected(Candidate candidate, LocalDate asOf, LocalDate day) {
        return options.expectedCompletionCounts() ? candidate.asExpectedOn(asOf, day) : candidate;
    }

    /** The rules' parameters file with the options' overrides applied. */
    private static RequirementParameters parameters(RuleBase rules, AdvisorOptions o) {
        List<Reciprocity> reciprocity = o.reciprocity() == null ? null : o.reciprocity().stream()
                .map(r -> new Reciprocity(r.credential(), r.association(), r.levels())).toList();
        return RequirementParameters.of(rules.parameters(), o.ccsRegimeSwitch(), reciprocity,
                o.inactiveCredentialsCount(), o.postBaccEarlyTesting(), o.rhiaProvisoEnd(), o.retestWaitDays(),
                o.codingRetestWaitDays(), o.codingRetestFrom(), o.expectedCompletionCounts(), o.ahimaShareFrom(),
                o.ahimaShareByCycleEnd(), o.enrolmentImpliesDiploma());
    }

    /**
     * The values in force, as loaded and overridden, in a fixed text: what the version's options part is a digest
     * of, so that it follows what was loaded, not a list of fields kept by hand.
     */
    private static String canonical(RequirementParameters p) {
        List<String> facts = new ArrayList<>();
        for (Object fact : p.facts()) {
            facts.add(fact.toString());
        }
        facts.sort(null);
        return String.join("|", facts) + "|inactive=" + p.inactiveCredentialsCount() + "|expected="
                + p.expectedCompletionCounts()
                + (p.ahimaShareFrom() == null ? "" : "|ahimaShareFrom=" + p.ahimaShareFrom())
                + (p.ahimaShareByCycleEnd() ? "|ahimaShareByCycleEnd" : "")
                + (p.enrolmentImpliesDiploma() ? "" : "|diplomaOnCompletion");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Holds the bundled rules and the assessor with the default options, compiled on first use. */
    private static final class Bundled {
        static final RuleBase RULES = compileBundled();
        static final Assessor DEFAULT = new Assessor(RULES, AdvisorOptions.defaults());

        private static RuleBase compileBundled() {
            try {
                return RuleBase.bundled();
            } catch (RuleLoadException e) {
                throw new IllegalStateException("the bundled rules do not compile: " + e.getMessage(), e);
            }
        }
    }
}
