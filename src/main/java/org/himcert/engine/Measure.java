package org.himcert.engine;

/** The experience totals the requirements count, each over healthcare experience only. */
public enum Measure {
    /** Coding, directly applying codes (multi-specialty coding included). */
    CODING,
    /** Physician-based multi-specialty coding. */
    MULTI_SPECIALTY_CODING,
    /** Healthcare privacy or security management. */
    PRIVACY_SECURITY_MANAGEMENT
}
