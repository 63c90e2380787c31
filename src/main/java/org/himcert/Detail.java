package org.himcert;

/** How much of an assessment to work out and write. */
public enum Detail {
    /** Everything the contract gives: reasons, unmet conditions with their numbers, missing input, next steps. */
    FULL,
    /**
     * The answers only: each decision's status, early-testing flag, deciding pathway and eligibleOn date, and no
     * next steps (the contract's {@code --brief}); the work for the rest is skipped.
     */
    BRIEF
}
