package org.himcert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import java.util.stream.Collectors;
import org.himcert.engine.Condition;
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

/**
 * Tells which AHIMA credentials (RHIT, RHIA, CCA, CCS, CCS-P, CHPS) a candidate can sit for on a date, and why.
 *
 * <p>An advisor compiles its rules once, when it is created, and is then immutable and thread-safe: share one
 * instance across threads and requests. Each {@link #assess} opens its own rule session.
 *
 * <pre>{@code
 * EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
 * Candidate maria = Candidate.builder("maria")
 *         .education(Education.cahiimHim(EducationLevel.ASSOCIATE))
 *         .noExperience()
 *         .build();
 * Assessment a = advisor.assess(maria, LocalDate.of(2026, 11, 25));
 * a.decision(CredentialCode.RHIT).status();   // ELIGIBLE, pathway RHIT-1
 * }</pre>
 *
 * <p>This is not an official AHIMA tool: the rules encode public AHIMA material with its sources and dates.
 */
public final class EligibilityAdvisor {

    /** A bound on the days one eligibleOn search asks the rules about (each change adds at most a few). */
    private static final int MAX_DAYS_ASKED = 64;

    private final Engine engine;
    private final Advice advice;
    private final AdvisorOptions options;
    private final String rulesVersion;

    private EligibilityAdvisor(RuleBase rules, AdvisorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.engine = new Engine(rules, parameters(rules, options));
        this.advice = new Advice(new Advice.Rules() {
            @Override
            public Engine.Evaluation evaluate(Candidate candidate, LocalDate asOf) {
                return ask(candidate, asOf);
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
            public Candidate projected(Candidate candidate, LocalDate asOf, LocalDate day) {
                return EligibilityAdvisor.this.projected(candidate, asOf, day);
            }

            @Override
            public LocalDate dateReaching(Candidate candidate, Condition months, LocalDate asOf) {
                return engine.dateReaching(candidate, months.measure(), months.need(), asOf);
            }
        });
        this.rulesVersion = !options.overridesAnything() ? rules.digest()
                : rules.digest() + "+options." + digest(canonical(engine.parameters()));
    }

    /** An advisor on the rules shipped in the jar, with the default options; built once and shared. */
    public static EligibilityAdvisor withBundledRules() {
        return Bundled.DEFAULT;
    }

    /**
     * An advisor on the rules shipped in the jar, with the given options. The bundled rules are compiled once
     * per JVM and shared by every such advisor.
     *
     * @throws IllegalStateException if the bundled rules do not compile (a broken build)
     */
    public static EligibilityAdvisor withBundledRules(AdvisorOptions options) {
        return new EligibilityAdvisor(Bundled.RULES, options);
    }

    /**
     * An advisor on every {@code *.drl} file of a directory (for example an amended copy of {@code rules/}),
     * with the default options.
     *
     * @throws RulesException if the directory holds no rule file, a file cannot be read, or one does not
     *                        compile; the message names the file and line
     */
    public static EligibilityAdvisor fromRulesDirectory(Path directory) throws RulesException {
        return fromRulesDirectory(directory, AdvisorOptions.defaults());
    }

    /**
     * An advisor on every {@code *.drl} file of a directory, with the given options.
     *
     * @throws RulesException if the directory holds no rule file, a file cannot be read, or one does not
     *                        compile; the message names the file and line
     */
    public static EligibilityAdvisor fromRulesDirectory(Path directory, AdvisorOptions options)
            throws RulesException {
        try {
            List<RuleFile> files = RuleFiles.fromDirectory(directory);
            return new EligibilityAdvisor(RuleBase.compile(files), options);
        } catch (RuleLoadException e) {
            throw new RulesException(e.file(), e.line(), e.getMessage(), e);
        }
    }

    /**
     * Assesses the candidate for every credential on the given date.
     *
     * @param candidate the candidate
     * @param asOf      the date the rules are applied on (rules never read the clock)
     * @return one decision per credential, in the order of {@code CredentialCode.ASSESSED}, and next steps
     */
    public Assessment assess(Candidate candidate, LocalDate asOf) {
        return assess(candidate, asOf, Detail.FULL);
    }

    /**
     * Assesses the candidate for every credential on the given date, working out as much as asked.
     *
     * @param candidate the candidate
     * @param asOf      the date the rules are applied on
     * @param detail    {@link Detail#FULL}, or {@link Detail#BRIEF} for the answers only (faster)
     * @return one decision per credential, in the order of {@code CredentialCode.ASSESSED}
     */
    public Assessment assess(Candidate candidate, LocalDate asOf, Detail detail) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(asOf, "asOf");
        return assessAll(List.of(candidate), List.of(asOf), detail).get(0);
    }

    /**
     * Assesses several candidates, each on its own date, asking the rules about all of them (and about the
     * hypothetical candidates and later days their advice needs) together: the same answers as one
     * {@link #assess} each, in less time. Batches of a few dozen candidates are fastest.
     *
     * @param candidates the candidates
     * @param asOf       the date for each candidate, in the same order
     * @param detail     how much to work out
     * @return one assessment per candidate, in order
     * @throws IllegalArgumentException if the lists differ in length
     */
    public List<Assessment> assessAll(List<Candidate> candidates, List<LocalDate> asOf, Detail detail) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(detail, "detail");
        if (candidates.size() != asOf.size()) {
            throw new IllegalArgumentException("one date per candidate: " + candidates.size() + " candidates, "
                    + asOf.size() + " dates");
        }
        for (int i = 0; i < candidates.size(); i++) {
            Objects.requireNonNull(candidates.get(i), "candidates[" + i + "]");
            checkDate("asOf[" + i + "]", Objects.requireNonNull(asOf.get(i), "asOf[" + i + "]"));
        }
        boolean full = detail == Detail.FULL;
        return assessAll(candidates, asOf, full, full);
    }

    /**
     * The batched assessment: round one asks about every candidate and, for next steps, every ladder move's
     * hypothetical candidate; each later round asks about the next day of every candidate's eligibleOn search
     * still running. Hypothetical candidates and later days get status-only decisions.
     */
    private List<Assessment> assessAll(List<Candidate> candidates, List<LocalDate> dates, boolean explain,
                                       boolean steps) {
        int n = candidates.size();
        List<Engine.Probe> probes = new ArrayList<>();
        List<List<Move>> moves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            probes.add(new Engine.Probe(candidates.get(i), dates.get(i)));
            List<Move> m = steps ? advice.ladderMoves(candidates.get(i), dates.get(i)) : List.of();
            moves.add(m);
            for (Move move : m) {
                probes.add(new Engine.Probe(move.result(), dates.get(i)));
            }
        }
        List<Engine.Evaluation> first = ask(probes);
        List<EligibleOnSearch> searches = new ArrayList<>(n);
        List<List<List<Decision>>> afterMoves = new ArrayList<>(n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            Engine.Evaluation evaluation = first.get(k++);
            searches.add(new EligibleOnSearch(candidates.get(i), dates.get(i), evaluation,
                    Decisions.decide(evaluation, explain)));
            List<List<Decision>> after = new ArrayList<>(moves.get(i).size());
            for (int j = 0; j < moves.get(i).size(); j++) {
                after.add(Decisions.decide(first.get(k++), false));
            }
            afterMoves.add(after);
        }
        while (true) {
            List<EligibleOnSearch> asking = new ArrayList<>();
            List<Engine.Probe> round = new ArrayList<>();
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
            for (int j = 0; j < asking.size(); j++) {
                asking.get(j).answer(answers.get(j));
            }
        }
        List<Assessment> assessments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EligibleOnSearch search = searches.get(i);
            List<Decision> decisions = search.decisions();
            List<NextStep> next = steps ? advice.nextSteps(candidates.get(i), dates.get(i), decisions,
                    new Advice.Known(moves.get(i), afterMoves.get(i), search::statusesOn)) : List.of();
            assessments.add(new Assessment(candidates.get(i).id(), dates.get(i), rulesVersion, decisions, next,
                    explain ? Detail.FULL : Detail.BRIEF));
        }
        return assessments;
    }

    /** The as-of dates the advisor answers for: the years 0-9999, as the contract's reader accepts. */
    private static void checkDate(String name, LocalDate date) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw new IllegalArgumentException(name + " must be a date in the years 0 to 9999");
        }
    }

    /** Asks the rules; a runaway rule is reported as this API's exception. */
    private List<Engine.Evaluation> ask(List<Engine.Probe> probes) {
        try {
            return engine.evaluate(probes);
        } catch (RuleLimitException e) {
            throw new RulesStoppedException(e.getMessage(), e);
        }
    }

    private Engine.Evaluation ask(Candidate candidate, LocalDate asOf) {
        return ask(List.of(new Engine.Probe(candidate, asOf))).get(0);
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
            decisions.stream().filter(d -> d.status() == Status.NOT_ELIGIBLE).forEach(d -> pending.add(d.credential()));
            if (!pending.isEmpty()) {
                add(engine.changeDates(candidate, asOf, Decisions.timeBound(evaluation, pending)));
            }
        }

        /** Days to ask about, up to the last day the contract can write (9999-12-31): none is sought beyond it. */
        private void add(java.util.Collection<LocalDate> more) {
            for (LocalDate d : more) {
                if (d.getYear() <= 9999) {
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
            return new Engine.Probe(then, day);
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
     * Plans the route from where the candidate stands on the date to the target credential: the ordered steps,
     * each with what it needs and the earliest date it can be done where that can be known, and other routes
     * when several pathways exist.
     *
     * @param candidate the candidate
     * @param target    the credential to reach; one of {@code CredentialCode.ASSESSED}
     * @param asOf      the date the plan starts from
     * @throws IllegalArgumentException if the target is not an assessed credential
     */
    public Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(asOf, "asOf");
        checkDate("asOf", asOf);
        if (!CredentialCode.ASSESSED.contains(target)) {
            throw new IllegalArgumentException("target must be one of " + CredentialCode.ASSESSED + ", not " + target);
        }
        return advice.plan(candidate, target, asOf);
    }

    /**
     * The candidate as the "if nothing else changes" questions see it on a later day: with its programs completed
     * on their expectedOn dates when {@link AdvisorOptions#expectedCompletionCounts()} is set, else unchanged.
     */
    Candidate projected(Candidate candidate, LocalDate asOf, LocalDate day) {
        return options.expectedCompletionCounts() ? candidate.asExpectedOn(asOf, day) : candidate;
    }

    /** What the rules derived, for tests in this package that check conditions directly. */
    Engine.Evaluation evaluate(Candidate candidate, LocalDate asOf) {
        return ask(candidate, asOf);
    }

    /** Several candidates evaluated in one session, for the tests that compare it with one at a time. */
    List<Engine.Evaluation> evaluateTogether(List<Candidate> candidates, List<LocalDate> dates) {
        List<Engine.Probe> probes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            probes.add(new Engine.Probe(candidates.get(i), dates.get(i)));
        }
        return ask(probes);
    }

    /** The requirement parameters handed to the rules, for tests in this package. */
    List<Object> parameters() {
        return engine.parameters().facts();
    }

    /** The compiled rules, for the build test. */
    RuleBase ruleBase() {
        return engine.rules();
    }

    /** The options this advisor applies. */
    public AdvisorOptions options() {
        return options;
    }

    /** Identifies the rule files and options that decide: equal versions give equal answers. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The rules' parameters file with the options' overrides applied. */
    private static RequirementParameters parameters(RuleBase rules, AdvisorOptions o) {
        List<Reciprocity> reciprocity = o.reciprocity() == null ? null : o.reciprocity().stream()
                .map(r -> new Reciprocity(r.credential(), r.association(), r.levels())).toList();
        return RequirementParameters.of(rules.parameters(), o.ccsRegimeSwitch(), reciprocity,
                o.inactiveCredentialsCount(), o.postBaccEarlyTesting(), o.rhiaProvisoEnd(), o.retestWaitDays(),
                o.codingRetestWaitDays(), o.codingRetestFrom(), o.expectedCompletionCounts());
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
                + p.expectedCompletionCounts();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Holds the bundled rules and the default advisor, compiled on first use. */
    private static final class Bundled {
        static final RuleBase RULES = compileBundled();
        static final EligibilityAdvisor DEFAULT = withBundledRules(AdvisorOptions.defaults());

        private static RuleBase compileBundled() {
            try {
                return RuleBase.bundled();
            } catch (RuleLoadException e) {
                throw new IllegalStateException("the bundled rules do not compile: " + e.getMessage(), e);
            }
        }
    }
}
