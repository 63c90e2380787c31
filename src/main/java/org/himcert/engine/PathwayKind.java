package org.himcert.engine;

/** What a pathway's conditions mean for the decision. */
public enum PathwayKind {
    /** Meeting it makes the candidate eligible. */
    STANDARD,
    /** Meeting it makes a student eligible under early testing. */
    EARLY_TESTING,
    /** The sources leave it open: meeting it sends the candidate to manual review, never to ELIGIBLE. */
    REVIEW,
    /** Recommended, not required preparation. */
    RECOMMENDATION,
    /** A condition every pathway of the credential must also meet (the retest wait, G-3). */
    GATE
}
