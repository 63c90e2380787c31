package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Experience;
import org.kie.api.command.ExecutableCommand;
import org.kie.api.runtime.Context;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.RegistryContext;

/**
 * Evaluates the rules for candidates on dates: builds each one's profile, takes one pooled session of the shared,
 * sequential rule base for a whole batch of questions (scenarios), inserts the parameters once and every scenario's
 * facts, fires once, and returns the conditions derived for each scenario. Immutable and thread-safe; no rule is
 * compiled here.
 */
public final class Engine {

    /**
     * Rule firings allowed per scenario, beyond a fixed allowance: the bundled rules fire about 40 times for a
     * scenario, so this is far above any honest evaluation. Each rule fires once per match, so only an amended
     * rule that matches every combination of a large record's facts (a join with no condition between its facts)
     * comes near it; it is stopped instead of left to run for minutes.
     */
    static final int FIRINGS_PER_SCENARIO = 1_000;
    private static final int FIRINGS_BASE = 10_000;

    private final RuleBase rules;
    private final RequirementParameters parameters;
    private final List<Object> parameterFacts;
    private final ParameterIndex index;
    private final Map<String, RuleMeta> ruleMeta;
    /** The foreign associations the rules compare programs with (the reciprocity rows'). */
    private final Set<String> associations;
    /**
     * The rule base's sessions, run one batch at a time. Each batch takes a session from a pool, and the session is
     * reset (facts, agenda, node memories emptied) and goes back when the batch is over, so that a batch does not
     * build every node's memory again for each of its rounds. The rule base is sequential: the rules only add
     * conditions to their scenarios (the rule checks refuse a rule that changes facts), so each rule is evaluated
     * once, in turn, with no agenda to keep up to date. Thread-safe; the pool holds at most as many sessions as
     * evaluations ever ran at once.
     */
    private final StatelessKieSession sessions;

    /** An engine over compiled rules with the given parameters. */
    public Engine(RuleBase rules, RequirementParameters parameters) {
        this.rules = rules;
        this.parameters = parameters;
        List<Object> facts = parameters.facts();
        this.index = parameters.index();
        this.ruleMeta = RuleMeta.of(rules.kieBase(), index);
        this.sessions = rules.kieBase().newKieSessionsPool(0).newStatelessKieSession();
        // thresholds and course sets are read through the scenario by each rule's own requirement id
        this.parameterFacts = facts.stream().filter(f -> !(f instanceof Threshold) && !(f instanceof CourseSet))
                .toList();
        this.associations = parameters.reciprocity().stream().map(Reciprocity::association)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The parameters in use. */
    public RequirementParameters parameters() {
        return parameters;
    }

    /** The rule base in use. */
    public RuleBase rules() {
        return rules;
    }

    /** The conditions the rules derive for the candidate on the date, with the profile they were derived from. */
    public Evaluation evaluate(Candidate candidate, LocalDate asOf) {
        return evaluate(List.of(new Probe(candidate, asOf, true))).get(0);
    }

    /**
     * Facts one session holds at most, about: a batch's questions are asked in one session up to this many of their
     * facts, and in several sessions one after another beyond it, so that the memory a batch needs does not grow with
     * the records it holds (a chunk of typical records is a few thousand facts; a record naming a thousand kinds of
     * program, asked with its hypothetical candidates, would otherwise hold millions at once). Each question's
     * answer is the same in any session: its facts are keyed to it.
     */
    static final int SESSION_FACTS = 16_384;

    /**
     * Evaluates several probes (candidates, the variants and dates advice asks about) together: the parameters are
     * inserted once per session, each distinct probe becomes one scenario whose facts are keyed to it, and the rules
     * fire once for all of a session's; the probes share one session unless their facts exceed
     * {@link #SESSION_FACTS}. Equal probes that do not ask about maintenance (hypothetical candidates, later days)
     * are evaluated once.
     *
     * @return one evaluation per probe, in the probes' order
     * @throws RuleLimitException if the rules fire more often than any honest evaluation needs (a rule that
     *                            matches far too many combinations of facts): the batch is abandoned rather than
     *                            left to run on
     */
    public List<Evaluation> evaluate(List<Probe> probes) {
        // each step is a method of its own: a batch's loops compile separately and early, instead of one large
        // method compiled again for each of its loops
        int[] scenarioOf = new int[probes.size()];
        List<Probe> asked = distinct(probes, scenarioOf);
        Scenario[] scenarios = new Scenario[asked.size()];
        for (int from = 0; from < asked.size(); ) {
            int to = sessionEnd(asked, from);
            ask(asked.subList(from, to), scenarios, from);
            from = to;
        }
        Evaluation[] byScenario = new Evaluation[scenarios.length];
        for (int s = 0; s < scenarios.length; s++) {
            byScenario[s] = answer(scenarios[s], asked.get(s));
        }
        List<Evaluation> evaluations = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            evaluations.add(byScenario[scenarioOf[i]]);
        }
        return evaluations;
    }

    /** Where the session that asks {@code asked} from {@code from} on ends: at {@link #SESSION_FACTS}, at least one. */
    private static int sessionEnd(List<Probe> asked, int from) {
        long facts = 0;
        int to = from;
        while (to < asked.size()) {
            facts += facts(asked.get(to));
            if (facts > SESSION_FACTS && to > from) {
                break;
            }
            to++;
        }
        return to;
    }

    /** The facts a probe inserts, at most: its profile's, one per education entry and credential, and its maintenance's. */
    private static long facts(Probe probe) {
        Candidate c = probe.candidate();
        int credentials = c.credentials().size();
        return 4L + c.education().map(List::size).orElse(0) + credentials + (probe.maintenance() ? 2L + credentials : 0);
    }

    /** Asks one session about the probes; their scenarios go to {@code scenarios} from {@code offset} on. */
    private void ask(List<Probe> probes, Scenario[] scenarios, int offset) {
        Scenario[] asked = new Scenario[probes.size()];
        int limit = FIRINGS_BASE + FIRINGS_PER_SCENARIO * asked.length;
        int fired = sessions.execute(new Ask(probes, asked, limit));
        if (fired >= limit) {
            throw new RuleLimitException(limit, asked.length);
        }
        System.arraycopy(asked, 0, scenarios, offset, asked.length);
    }

    /**
     * A batch's questions, as one command of the stateless session: on the pooled session it is given, the
     * parameters and every scenario's facts are inserted (each probe's {@link Scenario} into {@code scenarios}, where
     * the caller reads the conditions once the command is over) and the rules fire, at most {@code limit} times; the
     * session goes back to the pool emptied, whether the rules finished, were stopped or failed.
     *
     * @return how many times the rules fired
     */
    private final class Ask implements ExecutableCommand<Integer> {
        private final List<Probe> asked;
        private final Scenario[] scenarios;
        private final int limit;

        Ask(List<Probe> asked, Scenario[] scenarios, int limit) {
            this.asked = asked;
            this.scenarios = scenarios;
            this.limit = limit;
        }

        @Override
        public Integer execute(Context context) {
            KieSession session = ((RegistryContext) context).lookup(KieSession.class);
            parameterFacts.forEach(session::insert);
            // hypothetical candidates and later days mostly share the candidate's experience: counted once
            Map<List<Experience>, ExperienceTally> tallies = new IdentityHashMap<>();
            for (int s = 0; s < scenarios.length; s++) {
                scenarios[s] = insert(session, asked.get(s), s, tallies);
            }
            return session.fireAllRules(limit);
        }

        @Override
        public boolean autoFireAllRules() {
            return false; // fired above, with the limit
        }
    }

    /**
     * The distinct probes, in order of first appearance; {@code scenarioOf[i]} is set to the index of probe i's
     * scenario among them. A candidate's own question (the one that asks about maintenance) is not looked up: two
     * records alike are rare, and hashing a whole candidate is not free; hypothetical candidates often repeat.
     */
    private static List<Probe> distinct(List<Probe> probes, int[] scenarioOf) {
        Map<Probe, Integer> distinct = new HashMap<>();
        List<Probe> asked = new ArrayList<>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            Integer known = p.maintenance() ? null : distinct.putIfAbsent(p, asked.size());
            if (known == null) {
                scenarioOf[i] = asked.size();
                asked.add(p);
            } else {
                scenarioOf[i] = known;
            }
        }
        return asked;
    }

    /** Inserts one probe's facts as scenario {@code s} of the session: its profile, and its maintenance when asked. */
    private Scenario insert(KieSession session, Probe probe, int s, Map<List<Experience>, ExperienceTally> tallies) {
        Scenario scenario = new Scenario(s, probe.asOf(), index, ruleMeta, probe.asked(), probe.explained());
        ExperienceTally tally = probe.candidate().experience().map(e -> tallies.computeIfAbsent(e,
                ExperienceTally::of)).orElse(null);
        Profile profile = Profile.of(probe.candidate(), probe.asOf(), parameters.inactiveCredentialsCount(),
                parameters.enrolmentImpliesDiploma(), s, tally);
        scenario.profile(profile);
        session.insert(scenario);
        for (Object fact : profile.facts()) {
            session.insert(fact);
        }
        if (probe.maintenance()) {
            MaintenanceQuestion maintenance = MaintenanceQuestion.of(probe.candidate(), probe.asOf(), s);
            if (maintenance != null) {
                scenario.maintenanceQuestion(maintenance);
                maintenance.facts().forEach(session::insert);
            }
        }
        return scenario;
    }

    /** What the rules derived for a scenario once they have fired. */
    private static Evaluation answer(Scenario scenario, Probe probe) {
        return new Evaluation(scenario.profile(), scenario.conditions(), scenario.maintenanceQuestion(), probe.asked(),
                probe.explained(), scenario.typical());
    }

    /**
     * A candidate on a date, to evaluate.
     *
     * @param candidate the candidate (possibly a hypothetical variant)
     * @param asOf      the date
     * @param maintenance    whether to ask the maintenance rules too (the candidate's own question only)
     * @param asked     the credentials whose rules to ask, or null for all: a hypothetical candidate's answer is
     *                  read only for the credentials it could open, a later day's only for those still sought
     * @param explained whether the answer is explained: when not (status-only decisions), the rules that only
     *                  recommend ({@code @kind("RECOMMENDATION")}) are not asked
     */
    public record Probe(Candidate candidate, LocalDate asOf, boolean maintenance, Set<CredentialCode> asked,
                        boolean explained) {

        /** The credentials asked about, copied; null stays null (all of them). */
        public Probe {
            asked = asked == null ? null
                    : Collections.unmodifiableSet(asked.isEmpty() ? EnumSet.noneOf(CredentialCode.class)
                    : EnumSet.copyOf(asked));
        }

        /** A question about eligibility only, for every credential, explained. */
        public Probe(Candidate candidate, LocalDate asOf) {
            this(candidate, asOf, false, null, true);
        }

        /** A question about every credential, explained, and about maintenance when {@code maintenance}. */
        public Probe(Candidate candidate, LocalDate asOf, boolean maintenance) {
            this(candidate, asOf, maintenance, null, true);
        }
    }

    /**
     * The days after {@code asOf} on which, with nothing else changing, one of the given open conditions may
     * close or a regime of rules may start or end: the day a measure of ongoing experience reaches a condition's
     * need, the day a retest wait ends, the windows' first and last days, and the days the candidate's own
     * programs complete and credentials are earned. The rules evaluated on these days
     * decide when a candidate becomes eligible; no second copy of the rules is involved.
     */
    public SortedSet<LocalDate> changeDates(Candidate candidate, LocalDate asOf, List<Condition> open) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        Profile profile = null; // only a retest wait needs it
        ExperienceTally tally = null; // only a measure needs it
        dates.addAll(Profile.ownDates(candidate, asOf, parameters.expectedCompletionCounts()));
        for (Condition c : open) {
            if (c.kind() == PathwayKind.GATE) {
                if (profile == null) {
                    profile = Profile.of(candidate, asOf, parameters.inactiveCredentialsCount(),
                            parameters.enrolmentImpliesDiploma());
                }
                profile.latestFailure(c.credential()).ifPresent(attempt -> {
                    for (Object fact : parameterFacts) {
                        if (fact instanceof RetestWait w && w.credential() == c.credential() && w.appliesTo(attempt)) {
                            dates.add(attempt.plusDays(w.days()));
                        }
                    }
                });
            } else if (c.measure() != null && c.need() != null) {
                if (tally == null) {
                    tally = ExperienceTally.of(candidate.experience().orElse(List.of()));
                }
                LocalDate reached = tally.dateReaching(c.measure(), c.need(), asOf);
                if (reached != null) {
                    dates.add(reached);
                }
            }
        }
        for (Object fact : parameterFacts) {
            if (fact instanceof Window w) {
                for (LocalDate d : List.of(w.from(), w.to())) {
                    if (d.isAfter(asOf) && !d.equals(LocalDate.MAX)) {
                        dates.add(d);
                    }
                }
            }
        }
        return dates;
    }

    /**
     * The candidate cut down to what the rules read of it on the date, for eligibility questions on that date (see
     * {@link Essential}): what next steps and plans build their hypothetical candidates from.
     */
    public Candidate essential(Candidate candidate, LocalDate asOf) {
        return Essential.of(candidate, asOf, associations);
    }

    /**
     * What the rules derived.
     *
     * @param profile    the candidate's profile on the as-of date
     * @param conditions every condition of every pathway in force
     * @param maintenance     what the maintenance rules found, or null when not asked or no AHIMA credential is held
     * @param asked      the credentials whose rules were asked, or null for all
     * @param explained  whether the recommending rules were asked too (an explained decision needs them)
     */
    public record Evaluation(Profile profile, List<Condition> conditions, MaintenanceQuestion maintenance, Set<CredentialCode> asked,
                             boolean explained, TypicalMonths typical) {
        /** The conditions come in the order the rules derived them; nothing that reads them depends on it. */
        public Evaluation {
            conditions = Collections.unmodifiableList(conditions);
        }

        /** Whether the credential's rules were asked (a decision about it can be taken from this evaluation). */
        public boolean asks(CredentialCode credential) {
            return asked == null || asked.contains(credential);
        }
    }
}
