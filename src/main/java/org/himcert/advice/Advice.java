package org.himcert.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.StepAction;
import org.himcert.engine.Engine;
import org.himcert.engine.Profile;
import org.himcert.engine.TypicalMonths;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.text.Wording;

/**
 * Next steps and plans, built from the career guide's credential ladder and the rules: every "would open"
 * and every route is found by asking the same rules about a hypothetical candidate who has taken the step
 * (finished a program, earned a credential, gained experience), never by a second copy of the requirements.
 *
 * <p>The ladder (career guide): high-school diploma; an associate degree in a CAHIIM-accredited HIM program and
 * the RHIT (its step 3); the coding and privacy specialties (CCA, CCS, CCS-P, CHPS); a bachelor's in HIM and
 * the RHIA.
 */
public final class Advice {

    /** Exam order on the ladder: the higher registration first, then entry-level coding, then specialties. */
    static final List<CredentialCode> LADDER = List.of(CredentialCode.RHIA, CredentialCode.RHIT, CredentialCode.CCA,
            CredentialCode.CCS, CredentialCode.CCS_P, CredentialCode.CHPS);

    /** Decides for a (possibly hypothetical) candidate on a date. */
    public interface Rules {
        Engine.Evaluation evaluate(Candidate candidate, LocalDate asOf);

        /** The evaluations of several candidates on one date, asked together. */
        List<Engine.Evaluation> evaluateAll(List<Candidate> candidates, LocalDate asOf);

        /** Decisions with their eligibleOn dates, without next steps. */
        Assessment assess(Candidate candidate, LocalDate asOf);

        /** Decisions without eligibleOn dates for each variant: the statuses alone, in one rule session. */
        List<List<Decision>> statuses(List<Candidate> variants, LocalDate asOf);

        /** What the candidate has on the date, as the rules see it. */
        Profile profile(Candidate candidate, LocalDate asOf);

        /** The candidate on a later day, seen from the as-of date, if programs complete when expected. */
        Candidate projected(Candidate candidate, LocalDate asOf, LocalDate day);

        /**
         * The candidate with no more education entries than the rules can tell apart on the date: hypothetical
         * candidates are built from it, so that their number and size do not grow with the record.
         */
        Candidate essential(Candidate candidate, LocalDate asOf);

        /** The decisions of an evaluation, with what explains them or (explain false) the statuses only. */
        List<Decision> decide(Engine.Evaluation evaluation, boolean explain);

        /** The typical lengths that rank routes, the same that order "why not" (C-18). */
        TypicalMonths typicalMonths();
    }

    private final Moves moves;
    private final NextSteps nextSteps;
    private final Planner planner;

    public Advice(Rules rules) {
        this.moves = new Moves(rules);
        this.nextSteps = new NextSteps(moves);
        this.planner = new Planner(rules, moves);
    }

    /**
     * What next steps rank with, asked of the rules with the candidate in one batch: the ladder moves, the statuses
     * each move would give, and the statuses on any day the eligibleOn search evaluated.
     *
     * @param moves      the moves of {@link #ladderMoves}
     * @param afterMoves for each move, the statuses of the candidate who has taken it
     * @param onDay      the statuses of the candidate as projected to a day the eligibleOn search asked about
     * @param ends       the programs under way that give no expectedOn date, each with the end its status lets
     *                   one estimate (C-18); empty when none
     * @param finishedOn for the candidate whose programs end then, the day each credential becomes ELIGIBLE (its
     *                   own eligibleOn search); empty when none
     */
    public record Known(List<Move> moves, List<List<Decision>> afterMoves, Function<LocalDate, List<Decision>> onDay,
                        Map<Education, LocalDate> ends, Map<CredentialCode, LocalDate> finishedOn) {
    }

    /** The ranked next steps for a candidate whose decisions are given. */
    public List<NextStep> nextSteps(Candidate candidate, LocalDate asOf, List<Decision> decisions, Known known) {
        return nextSteps.nextSteps(candidate, asOf, decisions, known);
    }

    /** The ladder moves next steps ask about, asked of the rules with the candidate. */
    public List<Move> ladderMoves(Candidate candidate, LocalDate asOf) {
        return nextSteps.ladderMoves(candidate, asOf);
    }

    /**
     * The step that says an eligibleOn search stopped at its bound: the credentials it still sought were not
     * looked for past {@code notPast}, after {@code days} days asked.
     */
    public NextStep searchStopped(List<CredentialCode> sought, LocalDate notPast, int days) {
        return new NextStep(StepAction.ADVISOR_REVIEW, sought.get(0), Wording.searchStopped(sought, notPast, days),
                null);
    }

    /** The plan to the target. */
    public Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf) {
        return planner.plan(candidate, target, asOf);
    }
}
