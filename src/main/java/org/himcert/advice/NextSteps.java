package org.himcert.advice;

import static org.himcert.StepAction.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.NextStep;
import org.himcert.Status;
import org.himcert.StepAction;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.Field;
import org.himcert.text.Wording;

/**
 * Next steps, ranked from the career guide's credential ladder and the rules: the exams open now, the dated steps,
 * what to tell us or ask an advisor, then the education step that opens the most credentials, found by asking the
 * rules about hypothetical candidates (in the same batch as the candidate).
 */
final class NextSteps {

    private final Moves moves;

    /** Credentials in the career guide's ladder order. */
    private static final Comparator<CredentialCode> LADDER_ORDER = Comparator.comparingInt(Advice.LADDER::indexOf);

    NextSteps(Moves moves) {
        this.moves = moves;
    }

    /** The ranked next steps for a candidate whose decisions are given. */
    List<NextStep> nextSteps(Candidate candidate, LocalDate asOf, List<Decision> decisions, Advice.Known known) {
        List<NextStep> steps = new ArrayList<>();
        // The CCA is the entry rung of the coding ladder: first for a newcomer, last for someone who already
        // holds an AHIMA credential (the career guide's advancement goes on to CCS, CCS-P and CHPS).
        boolean holdsOne = false;
        List<Decision> eligible = new ArrayList<>();
        List<Decision> dated = new ArrayList<>();
        List<Decision> needInfo = new ArrayList<>();
        for (Decision d : decisions) {
            holdsOne |= d.status() == Status.ALREADY_HELD;
            if (d.status() == Status.ELIGIBLE) {
                eligible.add(d);
            } else if (d.status() == Status.NOT_ELIGIBLE && d.eligibleOn() != null) {
                dated.add(d);
            } else if (d.status() == Status.NEEDS_INFO) {
                needInfo.add(d);
            }
        }
        boolean ccaLast = holdsOne;
        eligible.sort(Comparator.comparing((Decision d) -> !d.recommendations().isEmpty())
                .thenComparing(d -> ccaLast && d.credential() == CredentialCode.CCA ? Advice.LADDER.size()
                        : Advice.LADDER.indexOf(d.credential())));
        for (Decision d : eligible) {
            steps.add(new NextStep(SIT_EXAM, d.credential(), Wording.sitNow(d), null));
        }
        dated.sort(Comparator.comparing(Decision::eligibleOn)
                .thenComparing(d -> Advice.LADDER.indexOf(d.credential())));
        for (Decision d : dated) {
            Dated then = dated(candidate, d, known.onDay());
            steps.add(new NextStep(then.action(), d.credential(), Wording.sitOn(d, then.pathway(), then.gaps(),
                    then.action() == COMPLETE_PROGRAM), d.eligibleOn()));
        }
        // One request for everything unknown, naming the answers that wait for it.
        if (!needInfo.isEmpty()) {
            Set<String> missing = new TreeSet<>();
            List<CredentialCode> waiting = new ArrayList<>(needInfo.size());
            for (Decision d : needInfo) {
                missing.addAll(d.missing());
                waiting.add(d.credential());
            }
            steps.add(new NextStep(PROVIDE_INFO, needInfo.get(0).credential(), Wording.tellUs(missing,
                    List.copyOf(waiting)), null));
        }
        for (Decision d : decisions) {
            if (d.status() == Status.NEEDS_REVIEW) {
                steps.add(new NextStep(ADVISOR_REVIEW, d.credential(), Wording.askAdvisor(d), null));
            }
        }
        steps.addAll(ladderSteps(candidate, decisions, known));
        steps.addAll(0, finishingSooner(decisions, known));
        if (candidate.education().orElse(List.of()).size() > Moves.MAX_PROGRAMS_MOVED) {
            int underWay = moves.programsUnderWay(candidate, asOf);
            if (underWay > Moves.MAX_PROGRAMS_MOVED) {
                steps.add(new NextStep(ADVISOR_REVIEW, null, Wording.programsWeighed(Moves.MAX_PROGRAMS_MOVED,
                        underWay), null));
            }
        }
        return steps;
    }

    /**
     * C-18: where finishing a program under way, whose end the record does not give, would open a credential sooner
     * than its eligibleOn (or at all), a step that says so, by the day it opens, for next steps to lead with.
     */
    private static List<NextStep> finishingSooner(List<Decision> decisions, Advice.Known known) {
        if (known.finishedOn().isEmpty()) {
            return List.of();
        }
        List<Decision> sooner = new ArrayList<>(1);
        for (Decision d : decisions) {
            LocalDate on = known.finishedOn().get(d.credential());
            if (d.status() == Status.NOT_ELIGIBLE && on != null && (d.eligibleOn() == null
                    || on.isBefore(d.eligibleOn()))) {
                sooner.add(d);
            }
        }
        if (sooner.isEmpty()) {
            return List.of();
        }
        sooner.sort(Comparator.comparing((Decision d) -> known.finishedOn().get(d.credential()))
                .thenComparing(d -> Advice.LADDER.indexOf(d.credential())));
        // one step: the programs whose ends were estimated (which of them opens what is not asked apart) and each
        // credential they open sooner, the soonest first
        Decision first = sooner.get(0);
        LocalDate on = known.finishedOn().get(first.credential());
        return List.of(new NextStep(COMPLETE_PROGRAM, first.credential(), Wording.finishSooner(known.ends(),
                sooner.stream().map(d -> new Wording.Sooner(d.credential(), known.finishedOn().get(d.credential()),
                        d.eligibleOn())).toList()), on));
    }

    /**
     * What stands between a NOT_ELIGIBLE decision and its eligibleOn date: the open conditions of the pathway
     * that decides on that date (asked of the rules), not merely of the closest pathway today.
     */
    record Dated(StepAction action, String pathway, List<Gap> gaps) {
    }

    static Dated dated(Candidate candidate, Decision d, Function<LocalDate, List<Decision>> onDay) {
        Decision then = onDay.apply(d.eligibleOn()).stream()
                .filter(x -> x.credential() == d.credential()).findFirst().orElseThrow();
        List<Gap> gaps = d.unmet().stream().filter(g -> g.pathway().equals(then.pathway())).toList();
        boolean graduation = candidate.education().orElse(List.of()).stream().anyMatch(e -> !e.isCompleted()
                && d.eligibleOn().equals(e.expectedOn()) || d.eligibleOn().equals(e.completedOn()));
        StepAction action = gaps.stream().anyMatch(g -> "months".equals(g.unit())) ? GAIN_EXPERIENCE
                : graduation ? COMPLETE_PROGRAM : WAIT;
        return new Dated(action, then.pathway(), gaps);
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
        return moves.educationMoves(candidate, asOf, false).stream()
                .filter(m -> m.newProgram() == null || m.newProgram().ordinal() > highestHim).toList();
    }

    /**
     * Ladder steps that open credentials not open now: finishing a program already under way first (the nearest
     * by time), then the quickest other step that opens one, by the typical lengths that rank plan routes (C-18),
     * so that it is the first step of the fastest route a plan would take (a 12-month post-baccalaureate
     * certificate before a 24-month associate degree); of steps as quick, the one opening the most credentials.
     */
    private static List<NextStep> ladderSteps(Candidate candidate, List<Decision> decisions, Advice.Known known) {
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
        int mostMonths = Integer.MAX_VALUE;
        List<Move> moves = known.moves();
        List<List<Decision>> after = known.afterMoves();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            List<CredentialCode> opened = new ArrayList<>(2);
            for (Decision d : after.get(i)) {
                if (d.status() == Status.ELIGIBLE && !open.contains(d.credential())) {
                    opened.add(d.credential());
                }
            }
            opened.sort(LADDER_ORDER);
            if (opened.isEmpty()) {
                continue;
            }
            NextStep step = new NextStep(move.kind().action, opened.get(0), Wording.wouldOpen(move.description(),
                    opened), move.earliest());
            if (move.kind() == MoveKind.FINISH_OWN_PROGRAM && underWay == null) {
                underWay = step;
            } else if (move.months() < mostMonths || move.months() == mostMonths && opened.size() > mostCount) {
                mostMonths = move.months();
                mostCount = opened.size();
                most = step;
            }
        }
        return Stream.of(underWay, most).filter(Objects::nonNull).toList();
    }

}
