package org.himcert;

/**
 * What a next step or a plan step asks the candidate to do. The JSON contract writes the constant's name.
 */
public enum StepAction {
    /** Sit the credential's exam (now, or on the step's date). */
    SIT_EXAM,
    /** Wait for a date on which the rules in force change or a retest wait ends. */
    WAIT,
    /** Gain the months of experience a pathway asks for. */
    GAIN_EXPERIENCE,
    /** Tell us input that the answer depends on. */
    PROVIDE_INFO,
    /** Ask an advisor to check a route that the published sources leave open. */
    ADVISOR_REVIEW,
    /** Earn a high-school diploma or GED. */
    EARN_DIPLOMA,
    /** Complete a program (one under way, or a new one). */
    COMPLETE_PROGRAM,
    /** Earn another credential first (pass its exam). */
    EARN_CREDENTIAL,
    /** Reach the last term of a program, when early testing opens. */
    REACH_LAST_TERM,
    /** Earn the CEUs a credential's recertification cycle still needs, by the step's {@code dueBy}. */
    EARN_CEUS
}
