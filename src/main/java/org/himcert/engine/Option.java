package org.himcert.engine;

/** A switched-on option the rules test for, e.g. {@code RHIA-5 post-baccalaureate early testing}. */
public record Option(String name) {
    /** Post-baccalaureate certificate students may test early for RHIA (RHIA-5). */
    public static final String POST_BACC_EARLY_TESTING = "RHIA-5 post-baccalaureate early testing";
}
