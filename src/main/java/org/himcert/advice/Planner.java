package org.himcert.advice;

import static org.himcert.StepAction.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.StepAction;
import org.himcert.engine.Engine;
import org.himcert.engine.TypicalMonths;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.text.Wording;

/**
 * Plans to a target credential: the routes found by breadth-first search over the ladder's moves, each move asked
 * of the rules (a level of the search in one batch), ranked by when they reach the target, then fewer steps, then
 * no early testing.
 */
final class Planner {

    private static final int MAX_ROUTE_STEPS = 4;
    private static final int MAX_ALTERNATIVES = 3;
    /** States carried from one level of the route search to the next, at most. */
    private static final int MAX_FRONTIER = 48;
    /**
     * Education entries the states carried to the next level hold in all, at most (at least one state is carried):
     * far above what 48 states of a typical record hold (a few entries each), and what keeps a record that names
     * hundreds of kinds of program from asking about millions of facts.
     */
    static final int MAX_FRONTIER_ENTRIES = 1_024;

    private final Advice.Rules rules;
    private final Moves moves;

    Planner(Advice.Rules rules, Moves moves) {
        this.rules = rules;
        this.moves = moves;
    }

    /** The plan to the target. */
    Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf) {
        Assessment now = rules.assess(candidate, asOf);
        Decision d = now.decision(target);
        List<PlanStep> steps = new ArrayList<>();
        LocalDate arrival = null;
        List<Route> alternatives = new ArrayList<>();
        switch (d.status()) {
            case ALREADY_HELD:
                break;
            case ELIGIBLE:
                steps.add(sit(target, d.reasons().stream().map(Reason::text).toList(), asOf, asOf, d.earlyTesting()));
                arrival = asOf;
                if (d.earlyTesting()) {
                    alternatives.addAll(routes(candidate, target, asOf, true));
                }
                break;
            case NEEDS_INFO:
                steps.add(new PlanStep(PROVIDE_INFO, target, d.missing().stream()
                        .map(Wording::tellUsNeed).toList(), null, null));
                break;
            case NEEDS_REVIEW:
                steps.add(new PlanStep(ADVISOR_REVIEW, target, d.reasons().stream().map(Reason::text).toList(), null,
                        null));
                alternatives.addAll(routes(candidate, target, asOf, false));
                break;
            default:
                if (d.eligibleOn() != null) {
                    NextSteps.Dated dated = NextSteps.dated(candidate, d, day -> rules.statuses(
                            List.of(rules.projected(candidate, asOf, day)), day).get(0));
                    List<PlanStep> waiting = new ArrayList<>();
                    waiting.add(new PlanStep(dated.action(), target, dated.gaps().isEmpty()
                            ? List.of(Wording.rulesChange(d.eligibleOn(), dated.pathway()))
                            : dated.gaps().stream().map(Wording::gap).toList(), d.eligibleOn(), d.eligibleOn()));
                    waiting.add(sit(target, List.of(), d.eligibleOn(), d.eligibleOn(), false));
                    List<StepAction> main = waiting.stream().map(PlanStep::action).toList();
                    List<Route> found = new ArrayList<>(routes(candidate, target, asOf, false).stream()
                            .filter(r -> !r.steps().stream().map(PlanStep::action).toList().equals(main))
                            .toList());
                    // C-18: a route that arrives before eligibleOn (finishing a program under way, say) leads;
                    // waiting for the date is then an alternative, in its place by arrival
                    if (!found.isEmpty() && found.get(0).arrival().isBefore(d.eligibleOn())) {
                        Route first = found.remove(0);
                        steps.addAll(withLowerRung(target, asOf, now, first.steps()));
                        arrival = first.arrival();
                        found.add(new Route(waiting, d.eligibleOn(), false, 0));
                        found.sort(Comparator.comparing(Route::arrival));
                    } else {
                        steps.addAll(waiting);
                        arrival = d.eligibleOn();
                    }
                    alternatives.addAll(found);
                } else {
                    List<Route> found = routes(candidate, target, asOf, false);
                    if (!found.isEmpty()) {
                        steps.addAll(withLowerRung(target, asOf, now, found.get(0).steps()));
                        arrival = found.get(0).arrival();
                        alternatives.addAll(found.subList(1, found.size()));
                    }
                }
        }
        if (candidate.education().isEmpty() && d.status() == Status.NOT_ELIGIBLE) {
            steps.add(0, new PlanStep(PROVIDE_INFO, target, List.of(Wording.tellUsNeed("education")), null,
                    null));
        }
        List<Route> kept = alternatives.subList(0, Math.min(MAX_ALTERNATIVES, alternatives.size()));
        return new Plan(candidate.id(), asOf, target, steps, kept.stream().map(Route::steps).toList(), arrival,
                kept.stream().map(Route::arrival).toList());
    }

    /**
     * A route to the target with when it is expected to reach it (the credential held: under early testing, when
     * the program is completed), whether it needs early testing, and its typical time in all.
     */
    private record Route(List<PlanStep> steps, LocalDate arrival, boolean early, int effort) {
    }

    private static PlanStep sit(CredentialCode c, List<String> needs, LocalDate earliest, LocalDate expected,
                                boolean early) {
        List<String> all = new ArrayList<>(needs);
        if (early) {
            all.add(Wording.earlyTestingApplication());
        }
        all.add(Wording.examApplication());
        return new PlanStep(SIT_EXAM, c, all, earliest, expected);
    }

    /** The career guide's step 3: a lower rung open now is taken first (e.g. the RHIT before a bachelor's). */
    private static List<PlanStep> withLowerRung(CredentialCode target, LocalDate asOf, Assessment now,
                                                List<PlanStep> route) {
        CredentialCode lower = target == CredentialCode.RHIA ? CredentialCode.RHIT
                : target == CredentialCode.CCS || target == CredentialCode.CCS_P ? CredentialCode.CCA : null;
        if (lower == null || now.decision(lower).status() != Status.ELIGIBLE
                || route.stream().anyMatch(s -> s.credential() == lower)) {
            return route;
        }
        List<PlanStep> steps = new ArrayList<>();
        Decision d = now.decision(lower);
        steps.add(sit(lower, d.reasons().stream().map(Reason::text).toList(), asOf, asOf, d.earlyTesting()));
        steps.addAll(route);
        return steps;
    }

    /**
     * Routes to the target found by breadth-first search over the ladder's moves; a move is kept only when it
     * brings one of the target's pathways closer (fewer open conditions). One route per deciding pathway, ranked
     * as the contract says: by when they reach the target (programs at their typical length one after another,
     * experience accruing from the as-of date; under early testing the credential is awarded when the program is
     * completed, so an early-testing route reaches the target when its program ends), then fewer steps, then
     * routes that need no early testing, then the least typical time in all (study and work done side by side
     * count twice: passing the CCA and 48 months of work before an associate degree beside the same 48 months).
     */
    private List<Route> routes(Candidate given, CredentialCode target, LocalDate asOf, boolean standardOnly) {
        record Node(Candidate candidate, Engine.Evaluation evaluation, List<PlanStep> steps,
                    Map<String, Long> distance, LocalDate at, LocalDate awarded, int effort) {
        }
        List<Route> found = new ArrayList<>();
        Set<String> pathways = new LinkedHashSet<>();
        Candidate candidate = rules.essential(given, asOf); // the hypothetical candidates grow from it
        Engine.Evaluation start = rules.evaluate(candidate, asOf);
        int lastTerm = rules.typicalMonths().of(TypicalMonths.Step.LAST_TERM);
        List<Node> frontier = List.of(new Node(candidate, start, List.of(), distance(decision(start, target)), asOf,
                asOf, 0));
        Set<Candidate> visited = new HashSet<>();
        visited.add(candidate);
        for (int depth = 0; depth < MAX_ROUTE_STEPS && !frontier.isEmpty() && found.size() <= MAX_ALTERNATIVES;
                depth++) {
            // every move of the level is asked of the rules in one batch, then taken in the same order as before
            List<Node> from = new ArrayList<>();
            List<Move> taken = new ArrayList<>();
            List<List<Decision>> before = new ArrayList<>();
            for (Node node : frontier) {
                List<Decision> decided = rules.decide(node.evaluation(), false);
                for (Move move : moves.moves(node.candidate(), node.evaluation(), target, asOf)) {
                    from.add(node);
                    taken.add(move);
                    before.add(decided);
                }
            }
            List<Engine.Evaluation> evaluations = rules.evaluateAll(taken.stream().map(Move::result).toList(), asOf);
            List<Node> next = new ArrayList<>();
            for (int m = 0; m < taken.size(); m++) {
                Node node = from.get(m);
                Move move = taken.get(m);
                Candidate after = move.result();
                Engine.Evaluation evaluation = evaluations.get(m);
                List<Decision> decided = rules.decide(evaluation, true);
                Decision d = decided.get(CredentialCode.ASSESSED.indexOf(target));
                LocalDate at = move.expectedAfter(node.at(), asOf);
                LocalDate awarded = Move.max(node.awarded(), move.completesOn(node.at(), lastTerm));
                int effort = node.effort() + move.months();
                List<PlanStep> steps = new ArrayList<>(node.steps());
                steps.add(move.step(opened(move, before.get(m), decided, target),
                        earliestAfter(node.steps(), move.earliest()), at));
                if (d.status() == Status.ELIGIBLE && !(standardOnly && d.earlyTesting())) {
                    if (pathways.add(d.pathway())) {
                        steps.add(sit(target, d.reasons().stream().map(Reason::text).toList(),
                                earliestAfter(steps, asOf), at, d.earlyTesting()));
                        found.add(new Route(steps, d.earlyTesting() ? Move.max(at, awarded) : at, d.earlyTesting(),
                                effort));
                    }
                    continue;
                }
                Map<String, Long> distance = distance(d);
                if (closer(node.distance(), distance)) {
                    next.add(new Node(after, evaluation, steps, distance, at, awarded, effort));
                }
            }
            // the search is bounded whatever the record holds: each candidate state once, and at most
            // MAX_FRONTIER states, holding at most MAX_FRONTIER_ENTRIES education entries, carried to the next level
            // (breadth first, so the nearest are kept)
            List<Node> kept = new ArrayList<>();
            int entries = 0;
            for (Node n : next) {
                int size = n.candidate().education().map(List::size).orElse(0);
                if (kept.size() >= MAX_FRONTIER || !kept.isEmpty() && entries + size > MAX_FRONTIER_ENTRIES) {
                    break;
                }
                if (visited.add(n.candidate())) {
                    kept.add(n);
                    entries += size;
                }
            }
            frontier = kept;
        }
        return found.stream()
                .sorted(Comparator.comparing(Route::arrival).thenComparingInt((Route r) -> r.steps().size())
                        .thenComparing(Route::early).thenComparingInt(Route::effort))
                .toList();
    }

    /**
     * The credential a move's step names: its own (a credential earned), or for a program the credential it opens,
     * the target first, then the lowest rung of the ladder that becomes ELIGIBLE; null when it opens none by itself.
     */
    private static CredentialCode opened(Move move, List<Decision> before, List<Decision> after,
                                         CredentialCode target) {
        if (move.credential() != null || move.kind().action == GAIN_EXPERIENCE) {
            return move.credential();
        }
        if (after.get(CredentialCode.ASSESSED.indexOf(target)).status() == Status.ELIGIBLE) {
            return target;
        }
        List<CredentialCode> opened = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).status() == Status.ELIGIBLE && before.get(i).status() != Status.ELIGIBLE) {
                opened.add(after.get(i).credential());
            }
        }
        return opened.stream().min(Comparator.comparing(Advice.LADDER::indexOf)).orElse(null);
    }

    /** The date a step can be done: after every earlier step, when all their dates are known. */
    private static LocalDate earliestAfter(List<PlanStep> before, LocalDate own) {
        if (own == null) {
            return null;
        }
        LocalDate latest = own;
        for (PlanStep s : before) {
            if (s.earliest() == null) {
                return null;
            }
            latest = latest == null || s.earliest().isAfter(latest) ? s.earliest() : latest;
        }
        return latest;
    }

    /** Open conditions per pathway of a decision (empty when eligible or held). */
    private static Map<String, Long> distance(Decision d) {
        return d.unmet().stream().collect(Collectors.groupingBy(Gap::pathway, Collectors.counting()));
    }

    /** The status-only decision for one credential (hypothetical candidates need no eligibleOn). */
    Decision decision(Engine.Evaluation evaluation, CredentialCode credential) {
        return rules.decide(evaluation, true).stream().filter(d -> d.credential() == credential).findFirst()
                .orElseThrow();
    }

    /** Whether a move made progress: some pathway of the target has fewer open conditions than before. */
    private static boolean closer(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().anyMatch(e -> e.getValue() < before.getOrDefault(e.getKey(), Long.MAX_VALUE));
    }

}
