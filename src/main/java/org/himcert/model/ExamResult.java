package org.himcert.model;

/** Outcome of an exam attempt. */
public enum ExamResult {
    /** Passed. */
    PASSED,
    /** Failed; a retest waiting period applies (G-3). */
    FAILED
}
