package org.himcert.model;

/** Kind of work experience. */
public enum ExperienceKind {
    /** Coding, directly applying codes. */
    CODING,
    /** Privacy or security management. */
    PRIVACY_SECURITY_MANAGEMENT,
    /** Anything else; counts toward no requirement. */
    OTHER
}
