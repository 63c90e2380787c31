package org.himcert;

/** The answer for one credential. */
public enum Status {
    /** A pathway is met: the candidate may apply to sit the exam (see {@link Decision#earlyTesting()}). */
    ELIGIBLE,
    /** No pathway is met, and none could be with what is known. */
    NOT_ELIGIBLE,
    /** The candidate already holds the credential (ACTIVE or INACTIVE). */
    ALREADY_HELD,
    /** The answer depends on input that was not given; {@link Decision#missing()} names it. */
    NEEDS_INFO,
    /** The sources leave the answer open; an advisor must review it. */
    NEEDS_REVIEW
}
