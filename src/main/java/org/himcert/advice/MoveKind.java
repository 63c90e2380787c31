package org.himcert.advice;

import org.himcert.StepAction;

import static org.himcert.StepAction.*;

/** The ladder's kinds of move, each with the step action it is shown as. */
public enum MoveKind {
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
