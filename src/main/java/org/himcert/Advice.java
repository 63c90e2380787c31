package org.himcert;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.himcert.engine.Condition;
import org.himcert.engine.Degree;
import org.himcert.engine.Engine;
import org.himcert.engine.Measure;
import org.himcert.engine.PathwayKind;
import org.himcert.engine.Profile;
import org.himcert.engine.Truth;
import org.himcert.model.Accreditation;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.Field;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;
import org.himcert.report.TextReport;
import static org.himcert.StepAction.*;

/**
 * Next steps and plans, built from the career guide's credential ladder and the rules: every "would open"
 * and every route is found by asking the same rules about a hypothetical candidate who has taken the step
 * (finished a program, earned a credential, gained experience), never by a second copy of the requirements.
 *
 * <p>The ladder (career guide): high-school diploma; an associate degree in a CAHIIM-accredited HIM program and
 * the RHIT (its step 3); the coding and privacy specialties (CCA, CCS, CCS-P, CHPS); a bachelor's in HIM and
 * the RHIA.
 */
final class Advice {

    /** Exam order on the ladder: the higher registration first, then entry-level coding, then specialties. */
    static final List<CredentialCode> LADDER = List.of(CredentialCode.RHIA, CredentialCode.RHIT, CredentialCode.CCA,
            CredentialCode.CCS, CredentialCode.CCS_P, CredentialCode.CHPS);

    private static final int MAX_ROUTE_STEPS = 4;
    private static final Map<EducationLevel, Integer> TYPICAL_MONTHS = Map.of(EducationLevel.ASSOCIATE, 24,
            EducationLevel.BACHELOR, 48, EducationLevel.POST_BACCALAUREATE_CERTIFICATE, 12);
    private static final int MAX_ALTERNATIVES = 3;
    /** States carried from one level of the route search to the next, at most. */
    private static final int MAX_FRONTIER = 48;

    /** Decides for a (possibly hypothetical) candidate on a date. */
    interface Rules {
        Engine.Evaluation evaluate(Candidate candidate, LocalDate asOf);

        /** The evaluations of several candidates on one date, asked together. */
        List<Engine.Evaluation> evaluateAll(List<Candidate> candidates, LocalDate asOf);

        /** Decisions with their eligibleOn dates, without next steps. */
        Assessment assess(Candidate candidate, LocalDate asOf);

        /** Decisions without eligibleOn dates for each variant: the statuses alone, in one rule session. */
        List<List<Decision>> statuses(List<Candidate> variants, LocalDate asOf);

        LocalDate dateReaching(Candidate candidate, Condition months, LocalDate asOf);

        /** What the candidate has on the date, as the rules see it. */
        Profile profile(Candidate candidate, LocalDate asOf);

        /** The candidate on a later day, seen from the as-of date, if programs complete when expected. */
        Candidate projected(Candidate candidate, LocalDate asOf, LocalDate day);
    }

    private final Rules rules;

    Advice(Rules rules) {
        this.rules = rules;
    }

    // ---------------------------------------------------------------- next steps

    /**
     * What next steps rank with, asked of the rules with the candidate in one batch: the ladder moves, the statuses
     * each move would give, and the statuses on any day the eligibleOn search evaluated.
     *
     * @param moves      the moves of {@link #ladderMoves}
     * @param afterMoves for each move, the statuses of the candidate who has taken it
     * @param onDay      the statuses of the candidate as projected to a day the eligibleOn search asked about
     */
    record Known(List<Move> moves, List<List<Decision>> afterMoves, Function<LocalDate, List<Decision>> onDay) {
    }

    /** The ranked next steps for a candidate whose decisions are given. */
    List<NextStep> nextSteps(Candidate candidate, LocalDate asOf, List<Decision> decisions, Known known) {
        List<NextStep> steps = new ArrayList<>();
        // The CCA is the entry rung of the coding ladder: first for a newcomer, last for someone who already
        // holds an AHIMA credential (the career guide's advancement goes on to CCS, CCS-P and CHPS).
        boolean holdsOne = decisions.stream().anyMatch(d -> d.status() == Status.ALREADY_HELD);
        decisions.stream().filter(d -> d.status() == Status.ELIGIBLE)
                .sorted(Comparator.comparing((Decision d) -> !d.recommendations().isEmpty())
                        .thenComparing(d -> holdsOne && d.credential() == CredentialCode.CCA ? LADDER.size()
                                : LADDER.indexOf(d.credential())))
                .forEach(d -> steps.add(new NextStep(SIT_EXAM, d.credential(), whySit(d), null)));
        decisions.stream().filter(d -> d.status() == Status.NOT_ELIGIBLE && d.eligibleOn() != null)
                .sorted(Comparator.comparing(Decision::eligibleOn).thenComparing(d -> LADDER.indexOf(d.credential())))
                .forEach(d -> {
                    Dated dated = dated(candidate, d, known.onDay());
                    steps.add(new NextStep(dated.action(), d.credential(), whyDated(d, dated), d.eligibleOn()));
                });
        // One request for everything unknown, naming the answers that wait for it.
        List<Decision> needInfo = decisions.stream().filter(d -> d.status() == Status.NEEDS_INFO).toList();
        if (!needInfo.isEmpty()) {
            Set<String> missing = new TreeSet<>();
            needInfo.forEach(d -> missing.addAll(d.missing()));
            steps.add(new NextStep(PROVIDE_INFO, needInfo.get(0).credential(), "Tell us "
                    + missing.stream().map(TextReport::input).collect(Collectors.joining(" and ")) + ": the "
                    + needInfo.stream().map(d -> d.credential().code()).collect(Collectors.joining(", "))
                    + (needInfo.size() == 1 ? " answer depends" : " answers depend") + " on it.", null));
        }
        for (Decision d : decisions) {
            if (d.status() == Status.NEEDS_REVIEW) {
                steps.add(new NextStep(ADVISOR_REVIEW, d.credential(), "Ask an advisor to check the "
                        + d.credential() + " route " + d.pathway() + " with AHIMA: the published sources leave it "
                        + "open.", null));
            }
        }
        steps.addAll(ladderSteps(candidate, decisions, known));
        return steps;
    }

    private static String whySit(Decision d) {
        String because = d.reasons().stream().map(Reason::text).collect(Collectors.joining("; "));
        String early = d.earlyTesting() ? " Apply for early testing with the exam application; the credential is "
                + "withheld until AHIMA has your official transcript." : "";
        String recommended = d.recommendations().isEmpty() ? ""
                : " AHIMA recommends more preparation first: " + TextReport.gap(d.recommendations().get(0)) + ".";
        return "You can sit the " + d.credential() + " exam now (" + d.pathway() + "): " + because + "." + early
                + recommended;
    }

    /**
     * What stands between a NOT_ELIGIBLE decision and its eligibleOn date: the open conditions of the pathway
     * that decides on that date (asked of the rules), not merely of the closest pathway today.
     */
    private record Dated(StepAction action, String pathway, List<Gap> gaps) {
    }

    private static Dated dated(Candidate candidate, Decision d, Function<LocalDate, List<Decision>> onDay) {
        Decision then = onDay.apply(d.eligibleOn()).stream()
                .filter(x -> x.credential() == d.credential()).findFirst().orElseThrow();
        List<Gap> gaps = d.unmet().stream().filter(g -> g.pathway().equals(then.pathway())).toList();
        boolean graduation = candidate.education().orElse(List.of()).stream().anyMatch(e -> !e.isCompleted()
                && d.eligibleOn().equals(e.expectedOn()) || d.eligibleOn().equals(e.completedOn()));
        StepAction action = gaps.stream().anyMatch(g -> "months".equals(g.unit())) ? GAIN_EXPERIENCE
                : graduation ? COMPLETE_PROGRAM : WAIT;
        return new Dated(action, then.pathway(), gaps);
    }

    private static String whyDated(Decision d, Dated dated) {
        String now = dated.gaps().isEmpty() ? "the rules in force change on that day"
                : (dated.action() == COMPLETE_PROGRAM ? "your program is to be completed that day; still open: "
                : "still open: ") + dated.gaps().stream().map(TextReport::gap).collect(Collectors.joining("; "));
        return "If nothing else changes you can sit the " + d.credential() + " exam on " + d.eligibleOn()
                + " through " + dated.pathway() + " (" + now + ").";
    }

    /**
     * The ladder moves next steps ask about: known before any decision is taken, so they are asked of the rules in
     * the same batch as the candidate. Reaching a last term opens nothing that completing the same program would
     * not, and a new HIM program below one the candidate has or is in (an associate program for a bachelor's
     * student) is no advice; none is advised while education is unknown.
     */
    List<Move> ladderMoves(Candidate candidate, LocalDate asOf) {
        if (candidate.education().isEmpty()) {
            return List.of(); // what a program would open depends on the education we were not told
        }
        int highestHim = candidate.education().orElse(List.of()).stream().filter(e -> e.field() == Field.HIM)
                .mapToInt(e -> e.level().ordinal()).max().orElse(-1);
        return educationMoves(candidate, asOf).stream()
                .filter(m -> m.kind().action != REACH_LAST_TERM)
                .filter(m -> m.newProgram() == null || m.newProgram().ordinal() > highestHim).toList();
    }

    /**
     * Ladder steps that open credentials not open now: finishing a program already under way first (the nearest
     * by time), then the step that opens the most credentials.
     */
    private static List<NextStep> ladderSteps(Candidate candidate, List<Decision> decisions, Known known) {
        if (candidate.education().isEmpty()) {
            return List.of();
        }
        Set<CredentialCode> open = decisions.stream()
                .filter(d -> d.status() == Status.ELIGIBLE || d.status() == Status.ALREADY_HELD
                        || d.eligibleOn() != null)
                .map(Decision::credential).collect(Collectors.toSet());
        NextStep underWay = null;
        NextStep most = null;
        int mostCount = 0;
        List<Move> moves = known.moves();
        List<List<Decision>> after = known.afterMoves();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            List<CredentialCode> opened = after.get(i).stream()
                    .filter(d -> d.status() == Status.ELIGIBLE && !open.contains(d.credential()))
                    .map(Decision::credential).sorted(Comparator.comparing(LADDER::indexOf)).toList();
            if (opened.isEmpty()) {
                continue;
            }
            NextStep step = new NextStep(move.kind().action, opened.get(0), move.description() + " would open "
                    + opened.stream().map(CredentialCode::code).collect(Collectors.joining(", "))
                    + " (the career guide's ladder).", move.earliest());
            if (move.kind() == MoveKind.FINISH_OWN_PROGRAM && underWay == null) {
                underWay = step;
            } else if (opened.size() > mostCount) {
                mostCount = opened.size();
                most = step;
            }
        }
        return Stream.of(underWay, most).filter(Objects::nonNull).toList();
    }

    // ---------------------------------------------------------------- plans

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
                        .map(m -> "tell us " + TextReport.input(m)).toList(), null, null));
                break;
            case NEEDS_REVIEW:
                steps.add(new PlanStep(ADVISOR_REVIEW, target, d.reasons().stream().map(Reason::text).toList(), null,
                        null));
                alternatives.addAll(routes(candidate, target, asOf, false));
                break;
            default:
                if (d.eligibleOn() != null) {
                    Dated dated = dated(candidate, d, day -> rules.statuses(
                            List.of(rules.projected(candidate, asOf, day)), day).get(0));
                    steps.add(new PlanStep(dated.action(), target, dated.gaps().isEmpty()
                            ? List.of("the rules in force change on " + d.eligibleOn() + " (" + dated.pathway() + ")")
                            : dated.gaps().stream().map(TextReport::gap).toList(), d.eligibleOn(), d.eligibleOn()));
                    steps.add(sit(target, List.of(), d.eligibleOn(), d.eligibleOn(), false));
                    arrival = d.eligibleOn();
                    List<StepAction> main = steps.stream().map(PlanStep::action).toList();
                    routes(candidate, target, asOf, false).stream()
                            .filter(r -> !r.steps().stream().map(PlanStep::action).toList().equals(main))
                            .forEach(alternatives::add);
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
            steps.add(0, new PlanStep(PROVIDE_INFO, target, List.of("tell us " + TextReport.input("education")), null,
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
            all.add("the Application for Early Testing with the exam application");
        }
        all.add("an approved exam application; sit the exam within 120 days of approval (G-1)");
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
    private List<Route> routes(Candidate candidate, CredentialCode target, LocalDate asOf,
                                        boolean standardOnly) {
        record Node(Candidate candidate, Engine.Evaluation evaluation, List<PlanStep> steps,
                    Map<String, Long> distance, LocalDate at, LocalDate awarded, int effort) {
        }
        List<Route> found = new ArrayList<>();
        Set<String> pathways = new LinkedHashSet<>();
        Engine.Evaluation start = rules.evaluate(candidate, asOf);
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
                List<Decision> decided = Decisions.decide(node.evaluation(), false);
                for (Move move : moves(node.candidate(), node.evaluation(), target, asOf)) {
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
                List<Decision> decided = Decisions.decide(evaluation);
                Decision d = decided.get(CredentialCode.ASSESSED.indexOf(target));
                LocalDate at = move.expectedAfter(node.at(), asOf);
                LocalDate awarded = max(node.awarded(), move.completesOn(node.at()));
                int effort = node.effort() + move.months();
                List<PlanStep> steps = new ArrayList<>(node.steps());
                steps.add(move.step(opened(move, before.get(m), decided, target),
                        earliestAfter(node.steps(), move.earliest()), at));
                if (d.status() == Status.ELIGIBLE && !(standardOnly && d.earlyTesting())) {
                    if (pathways.add(d.pathway())) {
                        steps.add(sit(target, d.reasons().stream().map(Reason::text).toList(),
                                earliestAfter(steps, asOf), at, d.earlyTesting()));
                        found.add(new Route(steps, d.earlyTesting() ? max(at, awarded) : at, d.earlyTesting(),
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
            // MAX_FRONTIER states carried to the next level (breadth first, so the nearest are kept)
            List<Node> kept = new ArrayList<>();
            for (Node n : next) {
                if (kept.size() < MAX_FRONTIER && visited.add(n.candidate())) {
                    kept.add(n);
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
        return opened.stream().min(Comparator.comparing(LADDER::indexOf)).orElse(null);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
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
    private static Decision decision(Engine.Evaluation evaluation, CredentialCode credential) {
        return Decisions.decide(evaluation).stream().filter(d -> d.credential() == credential).findFirst()
                .orElseThrow();
    }

    /** Whether a move made progress: some pathway of the target has fewer open conditions than before. */
    private static boolean closer(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().anyMatch(e -> e.getValue() < before.getOrDefault(e.getKey(), Long.MAX_VALUE));
    }

    /** The ladder's kinds of move, each with the step action it is shown as. */
    enum MoveKind {
        /** Earning a high-school diploma or GED (typically 12 months). */
        EARN_DIPLOMA(StepAction.EARN_DIPLOMA),
        /** Completing a program the candidate is in (on its expectedOn, when given). */
        FINISH_OWN_PROGRAM(COMPLETE_PROGRAM),
        /** Reaching the last term of a program the candidate is in. */
        OWN_LAST_TERM(REACH_LAST_TERM),
        /** Completing a new CAHIIM-accredited HIM program, at its typical length. */
        NEW_PROGRAM(COMPLETE_PROGRAM),
        /** Reaching the last term of a new program (three months before its typical end). */
        NEW_PROGRAM_LAST_TERM(REACH_LAST_TERM),
        /** Passing the exam of a credential open in that state. */
        EARN_CREDENTIAL(StepAction.EARN_CREDENTIAL),
        /** Gaining the months of experience a pathway of the target lacks, accruing from the as-of date. */
        GAIN_EXPERIENCE(StepAction.GAIN_EXPERIENCE);

        final StepAction action;

        MoveKind(StepAction action) {
            this.action = action;
        }
    }

    /**
     * A hypothetical step. {@code months} is its typical length (an assumption for ranking routes, not a
     * requirement: an associate degree about 24 months, a bachelor's 48, a post-baccalaureate certificate 12, a
     * diploma 12, experience the months it adds); {@code on} a date the candidate's own records give (a program's
     * expectedOn, the day ongoing experience reaches its need), or null.
     */
    record Move(MoveKind kind, CredentialCode credential, String description, LocalDate earliest,
                        Candidate result, int months, LocalDate on, EducationLevel newProgram) {
        PlanStep step(CredentialCode named, LocalDate date, LocalDate expected) {
            return new PlanStep(kind.action, named, List.of(description), date, expected);
        }

        /** When the step is expected to be done, taken after steps expected to be done on {@code at}. */
        LocalDate expectedAfter(LocalDate at, LocalDate asOf) {
            switch (kind) {
                case EARN_DIPLOMA:
                case NEW_PROGRAM:
                case NEW_PROGRAM_LAST_TERM:
                    return at.plusMonths(months);
                case FINISH_OWN_PROGRAM:
                case OWN_LAST_TERM:
                    return max(at, on);
                case GAIN_EXPERIENCE:
                    return max(at, on != null ? on : asOf.plusMonths(months));
                default:
                    return at;
            }
        }

        /** For a last term reached, when its program is expected to be completed (early testing awards then). */
        LocalDate completesOn(LocalDate at) {
            if (kind == MoveKind.NEW_PROGRAM_LAST_TERM) {
                return at.plusMonths(months + LAST_TERM_MONTHS);
            }
            return kind == MoveKind.OWN_LAST_TERM && on != null ? on.plusMonths(LAST_TERM_MONTHS) : null;
        }
    }

    /** A last term is taken as the program's final three months. */
    private static final int LAST_TERM_MONTHS = 3;

    /** Education moves of the ladder that this candidate has not taken. */
    private List<Move> educationMoves(Candidate c, LocalDate asOf) {
        List<Move> moves = new ArrayList<>();
        if (c.education().isEmpty()) {
            return moves; // no education step is advised blind: the plan asks for the education first
        }
        Profile profile = rules.profile(c, asOf);
        List<Education> education = c.education().orElse(List.of());
        if (profile.hasDegree(Degree.HIGH_SCHOOL_DIPLOMA) != Truth.YES) {
            moves.add(new Move(MoveKind.EARN_DIPLOMA, null, "Earning a high-school diploma or GED", null,
                    withEducation(c, Education.completed(EducationLevel.HIGH_SCHOOL)), 12, null, null));
        }
        // equal entries give equal moves: each distinct unfinished entry is considered once, so a record that
        // repeats an entry thousands of times costs no more moves (and no more copies of its list) than one
        Set<Education> considered = new HashSet<>();
        for (int i = 0; i < education.size(); i++) {
            Education e = education.get(i);
            if (!e.isCompleted() && considered.add(e)) {
                List<Education> done = new ArrayList<>(education);
                done.set(i, e.withStatus(ProgramStatus.COMPLETED));
                LocalDate expected = e.expectedOn() == null || !e.expectedOn().isAfter(asOf) ? null : e.expectedOn();
                moves.add(new Move(MoveKind.FINISH_OWN_PROGRAM, null, "Completing your " + describe(e),
                        e.expectedOn(), withEducation(c, done), 0, expected, null));
                if (e.status() == ProgramStatus.ENROLLED) {
                    List<Education> lastTerm = new ArrayList<>(education);
                    lastTerm.set(i, e.withStatus(ProgramStatus.FINAL_TERM));
                    LocalDate lastTermOn = expected == null ? null : max(asOf, expected.minusMonths(LAST_TERM_MONTHS));
                    moves.add(new Move(MoveKind.OWN_LAST_TERM, null, "Reaching the last term of your " + describe(e)
                            + " (early testing)", null, withEducation(c, lastTerm), 0, lastTermOn, null));
                }
            }
        }
        addProgram(moves, c, education, EducationLevel.ASSOCIATE);
        addProgram(moves, c, education, EducationLevel.BACHELOR);
        if (profile.hasDegree(Degree.BACHELOR) == Truth.YES) {
            addProgram(moves, c, education, EducationLevel.POST_BACCALAUREATE_CERTIFICATE);
        }
        return moves;
    }

    /** Completing a CAHIIM HIM program at the level, or reaching its last term (the early-testing option). */
    private static void addProgram(List<Move> moves, Candidate c, List<Education> education, EducationLevel level) {
        Education program = Education.cahiimHim(level);
        boolean has = education.stream().anyMatch(e -> e.level() == level && e.field() == program.field()
                && e.accreditation() == program.accreditation());
        if (!has) {
            List<Education> more = new ArrayList<>(education);
            more.add(program);
            moves.add(new Move(MoveKind.NEW_PROGRAM, null, "Completing a " + describe(program), null,
                    withEducation(c, more), TYPICAL_MONTHS.get(level), null, level));
            List<Education> lastTerm = new ArrayList<>(education);
            lastTerm.add(program.withStatus(ProgramStatus.FINAL_TERM));
            moves.add(new Move(MoveKind.NEW_PROGRAM_LAST_TERM, null, "Reaching the last term of a " + describe(program)
                    + " (early testing)", null, withEducation(c, lastTerm), TYPICAL_MONTHS.get(level) - LAST_TERM_MONTHS,
                    null, level));
        }
    }

    /** Every move toward the target: education, credentials open in this state, and experience it lacks. */
    private List<Move> moves(Candidate c, Engine.Evaluation evaluation, CredentialCode target, LocalDate asOf) {
        List<Move> moves = new ArrayList<>(educationMoves(c, asOf));
        for (CredentialCode other : LADDER) {
            if (other != target && decision(evaluation, other).status() == Status.ELIGIBLE) {
                List<HeldCredential> held = new ArrayList<>(c.credentials());
                held.add(HeldCredential.active(other));
                moves.add(new Move(MoveKind.EARN_CREDENTIAL, other, "Passing the " + other + " exam", asOf,
                        new Candidate(c.id(), c.education(), held, c.experience(), c.coursework(), c.examAttempts()),
                        0, null, null));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        // the smallest need first; ties in a fixed order, whatever order the rules derived the conditions in
        List<Condition> conditions = evaluation.conditions().stream()
                .sorted(Comparator.comparing(Condition::need, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Condition::credential).thenComparing(Condition::pathway)
                        .thenComparing(Condition::requirement).thenComparing(Condition::text))
                .toList();
        for (Condition open : conditions) {
            if (open.credential() == target && open.kind() != PathwayKind.RECOMMENDATION
                    && open.state() == Truth.NO && open.measure() != null && seen.add(open.measure() + "/" + open.need())) {
                int more = open.need() - open.have();
                List<Experience> experience = new ArrayList<>(c.experience().orElse(List.of()));
                experience.add(Experience.months(kindOf(open), more));
                if (open.measure() == Measure.MULTI_SPECIALTY_CODING) {
                    experience.set(experience.size() - 1, experience.get(experience.size() - 1).asMultiSpecialty());
                }
                LocalDate reached = rules.dateReaching(c, open, asOf);
                moves.add(new Move(MoveKind.GAIN_EXPERIENCE, null, "Gaining " + more + " more months of "
                        + open.text() + " (" + open.need() + " in all)", reached,
                        new Candidate(c.id(), c.education(), c.credentials(), Optional.of(experience), c.coursework(),
                                c.examAttempts()), more, reached, null));
            }
        }
        return moves;
    }

    private static ExperienceKind kindOf(Condition months) {
        return months.measure() == Measure.PRIVACY_SECURITY_MANAGEMENT
                ? ExperienceKind.PRIVACY_SECURITY_MANAGEMENT : ExperienceKind.CODING;
    }

    private static Candidate withEducation(Candidate c, Education added) {
        List<Education> more = new ArrayList<>(c.education().orElse(List.of()));
        more.add(added);
        return withEducation(c, more);
    }

    private static Candidate withEducation(Candidate c, List<Education> education) {
        return new Candidate(c.id(), Optional.of(education), c.credentials(), c.experience(), c.coursework(),
                c.examAttempts());
    }

    private static String describe(Education e) {
        String accreditation = e.accreditation() == Accreditation.CAHIIM ? "CAHIIM-accredited " : "";
        String field = e.field() == Field.HIM ? "HIM " : "";
        return accreditation + field + LEVEL_WORDS.get(e.level()) + " program";
    }

    private static final Map<EducationLevel, String> LEVEL_WORDS = new EnumMap<>(Map.of(
            EducationLevel.HIGH_SCHOOL, "high-school", EducationLevel.GED, "GED",
            EducationLevel.ASSOCIATE, "associate degree", EducationLevel.BACHELOR, "bachelor's degree",
            EducationLevel.POST_BACCALAUREATE_CERTIFICATE, "post-baccalaureate certificate",
            EducationLevel.MASTER, "master's degree", EducationLevel.DOCTORATE, "doctoral"));
}
