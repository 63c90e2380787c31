package org.himcert.assess;

import org.himcert.Detail;
import org.himcert.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.himcert.AdvisorOptions;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Maintenance;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.RuleSummary;
import org.himcert.RulesException;
import org.himcert.RulesStoppedException;
import org.himcert.advice.Advice;
import org.himcert.advice.Move;
import org.himcert.engine.Engine;
import org.himcert.engine.Profile;
import org.himcert.engine.Reciprocity;
import org.himcert.engine.RequirementParameters;
import org.himcert.engine.RuleBase;
import org.himcert.engine.RuleFile;
import org.himcert.engine.RuleFiles;
import org.himcert.engine.RuleLimitException;
import org.himcert.engine.RuleLoadException;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Dates;

/**
 * The machinery behind the facade: compiles or takes the rules, applies the options to their parameters, asks the
 * rules about batches of questions (the candidates, their ladder variants, the rounds of eligibleOn days) and turns
 * the conditions into assessments, next steps and plans. One per advisor; immutable and thread-safe. The facade
 * ({@link org.himcert.EligibilityAdvisor}) delegates to it; the case-file runner and the tests use it directly
 * for what the rules derived ({@link #ask}).
 */
public final class Assessor implements Advice.Rules {

    /**
     * A bound on the days one eligibleOn search asks the rules about: each day on which something the rules read
     * changes adds at most a few, and a record has only as many such days as it has kinds of program, credentials,
     * experience needs and retest waits. A search stopped by it says so in the next steps.
     */
    static final int MAX_DAYS_ASKED = 64;

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
    public Profile profile(Candidate candidate, LocalDate asOf) {
        return Profile.of(candidate, asOf, options.inactiveCredentialsCount());
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
     * Candidates from which a batch asks about the ladder moves' hypothetical candidates in its second round instead
     * of its first: a batch has a second round anyway (some candidate's eligibleOn search asks about a later day),
     * and by then each candidate's own answer is known, so a hypothetical candidate is asked only about the
     * credentials that answer leaves closed. A single candidate asks them in its first round, one session in all.
     */
    static final int MOVES_IN_ROUND_TWO_FROM = 4;

    /**
     * The batched assessment: round one asks about every candidate; each later round asks about the next day of
     * every candidate's eligibleOn search still running, for the credentials it still seeks. The ladder moves'
     * hypothetical candidates, for next steps, are asked in round two (round one for fewer than
     * {@link #MOVES_IN_ROUND_TWO_FROM} candidates) about the credentials that are neither ELIGIBLE nor held in the
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
        Chunk chunk = new Chunk(candidates, dates, explain, steps);
        chunk.firstRound();
        chunk.laterRounds();
        return chunk.assessments();
    }

    /**
     * One batched assessment's state, round by round. Each round is a method of its own, so that the JIT compiles
     * each loop on its own instead of one large method again for each of its loops.
     */
    private final class Chunk {
        private final List<Candidate> candidates;
        private final List<LocalDate> dates;
        private final boolean explain;
        private final boolean steps;
        private final int n;
        private final boolean movesLater;
        private final List<List<Move>> moves;
        private final List<EligibleOnSearch> searches;
        private final List<List<List<Decision>>> afterMoves;
        private final List<Maintenance> maintenance;
        private final List<NextStep> keepSteps;
        private final List<Engine.Probe> moveProbes = new ArrayList<>();

        Chunk(List<Candidate> candidates, List<LocalDate> dates, boolean explain, boolean steps) {
            this.candidates = candidates;
            this.dates = dates;
            this.explain = explain;
            this.steps = steps;
            this.n = candidates.size();
            this.movesLater = n >= MOVES_IN_ROUND_TWO_FROM;
            this.moves = new ArrayList<>(n);
            this.searches = new ArrayList<>(n);
            this.afterMoves = new ArrayList<>(n);
            this.maintenance = new ArrayList<>(n);
            this.keepSteps = new ArrayList<>(n);
        }

        /** Round one: every candidate (and, for a few candidates, their ladder moves' hypothetical candidates). */
        void firstRound() {
            List<Engine.Probe> probes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                probes.add(new Engine.Probe(candidates.get(i), dates.get(i), true, null, explain));
                List<Move> m = steps ? advice.ladderMoves(engine.essential(candidates.get(i), dates.get(i)),
                        dates.get(i)) : List.of();
                moves.add(m);
                if (!movesLater) {
                    for (Move move : m) {
                        probes.add(new Engine.Probe(move.result(), dates.get(i), false, null, false));
                    }
                }
            }
            List<Engine.Evaluation> first = ask(probes);
            int k = 0;
            for (int i = 0; i < n; i++) {
                k = takeFirst(i, first, k);
            }
        }

        /** Takes candidate i's answers from round one, from position k on; returns the position after them. */
        private int takeFirst(int i, List<Engine.Evaluation> first, int k) {
            Engine.Evaluation evaluation = first.get(k++);
            Maintenance m = MaintenanceFindings.of(evaluation.maintenance(), dates.get(i));
            maintenance.add(m);
            keepSteps.add(steps ? MaintenanceFindings.step(evaluation.maintenance(), m, dates.get(i)) : null);
            List<Decision> decisions = Decisions.decide(evaluation, explain);
            searches.add(new EligibleOnSearch(candidates.get(i), dates.get(i), evaluation, decisions));
            List<List<Decision>> after = new ArrayList<>(moves.get(i).size());
            if (!movesLater) {
                for (int j = 0; j < moves.get(i).size(); j++) {
                    after.add(Decisions.decide(first.get(k++), false));
                }
            } else if (!moves.get(i).isEmpty()) {
                Set<CredentialCode> closed = EnumSet.noneOf(CredentialCode.class);
                for (Decision d : decisions) {
                    if (d.status() != Status.ELIGIBLE && d.status() != Status.ALREADY_HELD) {
                        closed.add(d.credential());
                    }
                }
                for (Move move : moves.get(i)) {
                    if (closed.isEmpty()) {
                        after.add(List.of()); // everything is open already: no move can open more
                    } else {
                        after.add(null); // asked in round two
                        moveProbes.add(new Engine.Probe(move.result(), dates.get(i), false, closed, false));
                    }
                }
            }
            afterMoves.add(after);
            return k;
        }

        /** The later rounds: the moves' candidates left for round two, and each round of eligibleOn days. */
        void laterRounds() {
            boolean movesAsked = moveProbes.isEmpty();
            while (true) {
                List<EligibleOnSearch> asking = new ArrayList<>();
                List<Engine.Probe> round = new ArrayList<>(movesAsked ? List.of() : moveProbes);
                for (EligibleOnSearch search : searches) {
                    Engine.Probe next = search.next();
                    if (next != null) {
                        asking.add(search);
                        round.add(next);
                    }
                }
                if (round.isEmpty()) {
                    break;
                }
                List<Engine.Evaluation> answers = ask(round);
                int a = 0;
                if (!movesAsked) {
                    a = takeMoves(answers);
                    movesAsked = true;
                }
                for (EligibleOnSearch search : asking) {
                    search.answer(answers.get(a++));
                }
            }
        }

        /** Takes the moves' answers from the front of round two's; returns how many there were. */
        private int takeMoves(List<Engine.Evaluation> answers) {
            int a = 0;
            for (List<List<Decision>> after : afterMoves) {
                for (int j = 0; j < after.size(); j++) {
                    if (after.get(j) == null) {
                        after.set(j, Decisions.decide(answers.get(a++), false));
                    }
                }
            }
            return a;
        }

        /** Every candidate's assessment, once the rounds are over. */
        List<Assessment> assessments() {
            List<Assessment> assessments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                assessments.add(assessment(i));
            }
            return assessments;
        }

        private Assessment assessment(int i) {
            EligibleOnSearch search = searches.get(i);
            List<Decision> decisions = search.decisions();
            List<NextStep> next = steps ? advice.nextSteps(candidates.get(i), dates.get(i), decisions,
                    new Advice.Known(moves.get(i), afterMoves.get(i), search::statusesOn)) : List.of();
            LocalDate stopped = search.stoppedAt();
            if (steps && stopped != null) {
                List<NextStep> withStop = new ArrayList<>(next);
                withStop.add(advice.searchStopped(search.sought(), stopped, MAX_DAYS_ASKED));
                next = withStop;
            }
            if (keepSteps.get(i) != null) {
                List<NextStep> withKeeping = new ArrayList<>(next.size() + 1);
                withKeeping.add(keepSteps.get(i)); // keeping what is held comes before what to sit next
                withKeeping.addAll(next);
                next = withKeeping;
            }
            return new Assessment(candidates.get(i).id(), dates.get(i), rulesVersion, decisions, next,
                    explain ? Detail.FULL : Detail.BRIEF, maintenance.get(i));
        }
    }

    /**
     * The eligibleOn search of one candidate: sets {@code eligibleOn} on NOT_ELIGIBLE decisions by asking the
     * rules again, day by day in date order, on the days where something can change if nothing else does: a
     * pathway's months of ongoing experience reach their need, a retest wait ends, a regime starts or ends, a
     * program completes (on its completedOn, or its expectedOn: the candidate is then projected with
     * {@link Candidate#asExpectedOn}) or a credential is earned. Each day evaluated adds the days its own state
     * makes interesting (a program completed on one day makes the months it needs count from then), so two changes
     * in a row are followed; the first day a credential is ELIGIBLE is its date. The days are asked one round at a
     * time, so that the searches of a batch of candidates share their sessions.
     */
    private final class EligibleOnSearch {
        private final Candidate candidate;
        private final LocalDate asOf;
        private final List<Decision> decisions;
        private final Set<CredentialCode> pending = EnumSet.noneOf(CredentialCode.class);
        private final Map<CredentialCode, LocalDate> found = new EnumMap<>(CredentialCode.class);
        private final Map<LocalDate, List<Decision>> statuses = new HashMap<>();
        private final TreeSet<LocalDate> days = new TreeSet<>();
        private int evaluated;
        private LocalDate day;
        private Candidate then;

        EligibleOnSearch(Candidate candidate, LocalDate asOf, Engine.Evaluation evaluation, List<Decision> decisions) {
            this.candidate = candidate;
            this.asOf = asOf;
            this.decisions = decisions;
            for (Decision d : decisions) {
                if (d.status() == Status.NOT_ELIGIBLE) {
                    pending.add(d.credential());
                }
            }
            if (!pending.isEmpty()) {
                add(engine.changeDates(candidate, asOf, Decisions.timeBound(evaluation, pending)));
            }
        }

        /** Days to ask about, up to the last day the contract can write (9999-12-31): none is sought beyond it. */
        private void add(java.util.Collection<LocalDate> more) {
            for (LocalDate d : more) {
                if (Dates.inRange(d)) {
                    days.add(d);
                }
            }
        }

        /** The next question of the search, or null when it is over. */
        Engine.Probe next() {
            if (days.isEmpty() || pending.isEmpty() || evaluated >= MAX_DAYS_ASKED) {
                return null;
            }
            evaluated++;
            day = days.pollFirst();
            then = projected(candidate, asOf, day);
            return new Engine.Probe(then, day, false, pending, false); // only what is still sought is asked
        }

        /** Takes the rules' answer to the last question. */
        void answer(Engine.Evaluation later) {
            List<Decision> on = Decisions.decide(later, false);
            statuses.put(day, on);
            for (Decision d : on) {
                if (d.status() == Status.ELIGIBLE && pending.remove(d.credential())) {
                    found.put(d.credential(), day);
                }
            }
            add(engine.changeDates(then, day, Decisions.timeBound(later, pending)));
        }

        /**
         * The first day not asked about when the search stopped at {@link #MAX_DAYS_ASKED} with credentials still
         * sought, or null when it ran its course.
         */
        LocalDate stoppedAt() {
            return evaluated >= MAX_DAYS_ASKED && !pending.isEmpty() && !days.isEmpty() ? days.first() : null;
        }

        /** The credentials still sought, in the order of the results. */
        List<CredentialCode> sought() {
            return List.copyOf(pending);
        }

        /** The statuses on a day the search asked about (every eligibleOn date is one). */
        List<Decision> statusesOn(LocalDate date) {
            List<Decision> on = statuses.get(date);
            if (on == null) {
                throw new IllegalStateException("the eligibleOn search did not ask about " + date);
            }
            return on;
        }

        List<Decision> decisions() {
            if (found.isEmpty()) {
                return decisions;
            }
            List<Decision> result = new ArrayList<>(decisions.size());
            for (Decision d : decisions) {
                result.add(found.containsKey(d.credential()) ? d.withEligibleOn(found.get(d.credential())) : d);
            }
            return result;
        }
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
                o.ahimaShareByCycleEnd());
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
                + (p.ahimaShareByCycleEnd() ? "|ahimaShareByCycleEnd" : "");
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
