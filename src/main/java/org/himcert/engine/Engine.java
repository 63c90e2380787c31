package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.himcert.model.Candidate;
import org.himcert.model.Experience;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Evaluates the rules for one candidate on one date: builds the profile, opens one session on the shared
 * rule base, inserts the parameters and the profile's facts, fires, and returns the derived conditions.
 * Immutable and thread-safe; no rule is compiled here.
 */
public final class Engine {

    private final RuleBase rules;
    private final RequirementParameters parameters;
    private final List<Object> parameterFacts;
    /**
     * Idle sessions that hold the parameters and nothing else. A session is taken by one thread for one call,
     * and given back only when every fact that call inserted has been deleted again (truth maintenance then
     * retracts the conditions they justified), so no candidate's facts outlive its call.
     */
    private final Queue<KieSession> idle = new ConcurrentLinkedQueue<>();

    /** An engine over compiled rules with the given parameters. */
    public Engine(RuleBase rules, RequirementParameters parameters) {
        this.rules = rules;
        this.parameters = parameters;
        this.parameterFacts = List.copyOf(parameters.facts());
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
        return evaluate(List.of(new Probe(candidate, asOf))).get(0);
    }

    /**
     * Evaluates several probes (a candidate and the variants or dates advice asks about) in one session: the
     * parameters are inserted once; each probe's facts are inserted, the rules fired, the conditions collected,
     * and the facts deleted again, which truth maintenance follows by retracting the conditions they justified.
     */
    public List<Evaluation> evaluate(List<Probe> probes) {
        KieSession session = idle.poll();
        if (session == null) {
            session = rules.kieBase().newKieSession();
            parameterFacts.forEach(session::insert);
        }
        boolean clean = false;
        try {
            List<Evaluation> evaluations = new ArrayList<>(probes.size());
            for (Probe probe : probes) {
                Profile profile = Profile.of(probe.candidate(), probe.asOf(), parameters.inactiveCredentialsCount());
                List<FactHandle> handles = new ArrayList<>();
                for (Object fact : profile.facts()) {
                    handles.add(session.insert(fact));
                }
                session.fireAllRules();
                List<Condition> conditions = new ArrayList<>();
                for (Object o : session.getObjects(o -> o instanceof Condition)) {
                    conditions.add((Condition) o);
                }
                evaluations.add(new Evaluation(profile, conditions));
                handles.forEach(session::delete);
                session.fireAllRules();
            }
            clean = session.getFactCount() == parameterFacts.size();
            return evaluations;
        } finally {
            if (clean) {
                idle.offer(session);
            } else {
                session.dispose();
            }
        }
    }

    /**
     * A candidate on a date, to evaluate.
     *
     * @param candidate the candidate (possibly a hypothetical variant)
     * @param asOf      the date
     */
    public record Probe(Candidate candidate, LocalDate asOf) {
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
        Profile profile = Profile.of(candidate, asOf, parameters.inactiveCredentialsCount());
        dates.addAll(Profile.ownDates(candidate, asOf, parameters.expectedCompletionCounts()));
        for (Condition c : open) {
            if (c.kind() == PathwayKind.GATE) {
                profile.latestFailure(c.credential()).ifPresent(attempt -> {
                    for (Object fact : parameterFacts) {
                        if (fact instanceof RetestWait w && w.credential() == c.credential() && w.appliesTo(attempt)) {
                            dates.add(attempt.plusDays(w.days()));
                        }
                    }
                });
            } else if (c.measure() != null && c.need() != null) {
                LocalDate reached = dateReaching(candidate, c.measure(), c.need(), asOf);
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
     * The first day after {@code asOf} on which the candidate's experience of the measure reaches {@code need}
     * months if nothing else changes, or null when it never will.
     */
    public LocalDate dateReaching(Candidate candidate, Measure measure, int need, LocalDate asOf) {
        List<Experience> counted = candidate.experience().orElse(List.of()).stream()
                .filter(e -> Profile.counts(e, measure)).toList();
        return ExperienceCounter.dateReaching(counted, need, asOf);
    }

    /**
     * What the rules derived.
     *
     * @param profile    the candidate's profile on the as-of date
     * @param conditions every condition of every pathway in force
     */
    public record Evaluation(Profile profile, List<Condition> conditions) {
        public Evaluation {
            conditions = List.copyOf(conditions);
        }
    }
}
