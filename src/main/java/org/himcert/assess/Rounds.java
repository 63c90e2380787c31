package org.himcert.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.himcert.Decision;
import org.himcert.Status;
import org.himcert.advice.Move;
import org.himcert.engine.Engine;
import org.himcert.engine.Profile;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;

/**
 * Schedules the rules' questions of a batched assessment, and nothing else: which questions go in which round, and
 * whose answer each is. Round one asks about every candidate; each later round asks about the next day of every
 * candidate's eligibleOn search still running, for the credentials it still seeks. The ladder moves' hypothetical
 * candidates, for next steps, are asked in round two (round one for fewer than {@link #MOVES_IN_ROUND_TWO_FROM}
 * candidates) about the credentials that are neither ELIGIBLE nor held in the candidate's own answer. Hypothetical
 * candidates and later days get status-only decisions, so their questions skip the recommending rules. Each round
 * is a method of its own, so that the JIT compiles each loop on its own.
 */
final class Rounds {

/**
 * Candidates from which a batch asks about the ladder moves' hypothetical candidates in its second round instead
 * of its first: a batch has a second round anyway (some candidate's eligibleOn search asks about a later day),
 * and by then each candidate's own answer is known, so a hypothetical candidate is asked only about the
 * credentials that answer leaves closed. A single candidate asks them in its first round, one session in all.
 */
static final int MOVES_IN_ROUND_TWO_FROM = 4;

    /** Programs under way whose end a finishing search estimates, at most (as many as next steps weigh). */
    static final int MAX_PROGRAMS_ESTIMATED = 16;

    /**
     * What the rounds found for one candidate.
     *
     * @param own        the rules' answer about the candidate on its date (maintenance included)
     * @param moves      the ladder moves whose hypothetical candidates were asked about (none without next steps)
     * @param afterMoves each move's status-only decisions, in the moves' order
     * @param search     the candidate's eligibleOn search, run to its end
     * @param finishing  with next steps, the same search for the candidate whose programs under way without an
     *                   expectedOn date finish when their status lets one estimate ({@link Finishing}), run to its
     *                   end; null when no such program is under way or nothing is sought
     */
    record Answers(Engine.Evaluation own, List<Move> moves, List<List<Decision>> afterMoves, EligibleOnSearch search,
                   Finishing finishing) {
    }

    /**
     * The candidate with estimated end dates for the programs under way that give none (C-18: a last term's
     * months, an enrolment's typical length), and that candidate's eligibleOn search: where finishing a program
     * would open a credential sooner than {@code eligibleOn} says, next steps lead with it.
     *
     * @param programs the programs whose end was estimated, as given, with their estimated ends
     * @param search   the search
     */
    record Finishing(Map<Education, LocalDate> programs, EligibleOnSearch search) {
    }

    private final Assessor assessor;
    private final List<Candidate> candidates;
    private final List<LocalDate> dates;
    private final boolean explain;
    private final boolean steps;
    private final int n;
    private final boolean movesLater;
    private final List<List<Move>> moves;
    private final List<EligibleOnSearch> searches;
    private final List<Finishing> finishing;
    private final List<List<List<Decision>>> afterMoves;
    private final List<Engine.Evaluation> own;
    private final List<Engine.Probe> moveProbes = new ArrayList<>();

    Rounds(Assessor assessor, List<Candidate> candidates, List<LocalDate> dates, boolean explain, boolean steps) {
        this.assessor = assessor;
        this.candidates = candidates;
        this.dates = dates;
        this.explain = explain;
        this.steps = steps;
        this.n = candidates.size();
        this.movesLater = n >= MOVES_IN_ROUND_TWO_FROM;
        this.moves = new ArrayList<>(n);
        this.searches = new ArrayList<>(n);
        this.finishing = new ArrayList<>(n);
        this.afterMoves = new ArrayList<>(n);
        this.own = new ArrayList<>(n);
    }

    /** Asks every round; returns what was found for each candidate, in order. */
    List<Answers> run() {
        firstRound();
        laterRounds();
        List<Answers> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            answers.add(new Answers(own.get(i), moves.get(i), afterMoves.get(i), searches.get(i), finishing.get(i)));
        }
        return answers;
    }

    /** Round one: every candidate (and, for a few candidates, their ladder moves' hypothetical candidates). */
    private void firstRound() {
        List<Engine.Probe> probes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            probes.add(new Engine.Probe(candidates.get(i), dates.get(i), true, null, explain));
            List<Move> m = steps ? assessor.advice().ladderMoves(assessor.essential(candidates.get(i), dates.get(i)),
                    dates.get(i)) : List.of();
            moves.add(m);
            if (!movesLater) {
                for (Move move : m) {
                    probes.add(new Engine.Probe(move.result(), dates.get(i), false, null, false));
                }
            }
        }
        List<Engine.Evaluation> first = assessor.ask(probes);
        int k = 0;
        for (int i = 0; i < n; i++) {
            k = takeFirst(i, first, k);
        }
    }

    /** Takes candidate i's answers from round one, from position k on; returns the position after them. */
    private int takeFirst(int i, List<Engine.Evaluation> first, int k) {
        Engine.Evaluation evaluation = first.get(k++);
        own.add(evaluation);
        List<Decision> decisions = Decisions.decide(evaluation, explain);
        searches.add(new EligibleOnSearch(assessor, candidates.get(i), dates.get(i), evaluation, decisions));
        finishing.add(steps ? finishing(candidates.get(i), dates.get(i), evaluation, decisions) : null);
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

    /**
     * The finishing search of a candidate with a program under way and no expectedOn date for it, when some
     * credential is NOT_ELIGIBLE and the options let expected completions count; otherwise null.
     */
    private Finishing finishing(Candidate candidate, LocalDate asOf, Engine.Evaluation evaluation,
                                List<Decision> decisions) {
        if (!assessor.options().expectedCompletionCounts() || candidate.education().isEmpty()
                || decisions.stream().noneMatch(d -> d.status() == Status.NOT_ELIGIBLE)) {
            return null;
        }
        List<Education> given = candidate.education().get();
        List<Education> estimated = new ArrayList<>(given.size());
        Map<Education, LocalDate> programs = new LinkedHashMap<>();
        Profile profile = evaluation.profile();
        for (int i = 0; i < given.size(); i++) {
            Education e = given.get(i);
            Education onDate = profile.education().get(i);
            if (!onDate.isCompleted() && (onDate.expectedOn() == null || !onDate.expectedOn().isAfter(asOf))
                    && programs.size() < MAX_PROGRAMS_ESTIMATED) {
                LocalDate ends = asOf.plusMonths(Math.max(1, assessor.typicalMonths().toFinish(onDate, asOf,
                        profile)));
                programs.putIfAbsent(e, ends);
                estimated.add(e.withExpectedOn(programs.get(e)));
            } else {
                estimated.add(e);
            }
        }
        if (programs.isEmpty()) {
            return null;
        }
        // until the first estimated end the variant is the candidate: its own search answers those days
        LocalDate firstEnd = programs.values().stream().min(LocalDate::compareTo).orElseThrow();
        return new Finishing(programs, new EligibleOnSearch(assessor, candidate.withEducation(estimated), asOf,
                evaluation, decisions, firstEnd));
    }

    /** The later rounds: the moves' candidates left for round two, and each round of eligibleOn days. */
    private void laterRounds() {
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
            for (Finishing f : finishing) {
                Engine.Probe next = f == null ? null : f.search().next();
                if (next != null) {
                    asking.add(f.search());
                    round.add(next);
                }
            }
            if (round.isEmpty()) {
                break;
            }
            List<Engine.Evaluation> answers = assessor.ask(round);
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
}
