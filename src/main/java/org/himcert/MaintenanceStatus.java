package org.himcert;

/** Where a holder stands in keeping their credentials. The JSON contract writes the constant's name. */
public enum MaintenanceStatus {
    /** This cycle's requirements are met. */
    COMPLETE,
    /** CEUs are still needed before the cycle ends. */
    IN_PROGRESS,
    /** A cycle ended short: the credentials are inactive, then revoked. */
    LAPSED,
    /** An input that decides it is not given (named in {@code missing}). */
    NEEDS_INFO,
    /** The sources do not give this cycle's numbers: the figures are an estimate, and the reason says so. */
    NEEDS_REVIEW
}
