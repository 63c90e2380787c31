package org.himcert.model;

/** Where the candidate stands in an education program. */
public enum ProgramStatus {
    /** Completed (graduated). */
    COMPLETED,
    /** Enrolled and in the last term of study. */
    FINAL_TERM,
    /** Coursework completed but not yet graduated. */
    COURSEWORK_COMPLETE,
    /** Graduated, waiting for the official transcript. */
    AWAITING_TRANSCRIPT,
    /** Enrolled in an earlier term. */
    ENROLLED
}
