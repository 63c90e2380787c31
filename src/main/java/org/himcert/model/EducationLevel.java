package org.himcert.model;

/** Level of an education entry, as in the JSON contract's {@code education[].level}. */
public enum EducationLevel {
    /** High-school diploma. */
    HIGH_SCHOOL,
    /** General Educational Development certificate; counts as a high-school diploma. */
    GED,
    /** Associate degree. */
    ASSOCIATE,
    /** Bachelor's (baccalaureate) degree. */
    BACHELOR,
    /** Post-baccalaureate certificate; a completed one implies a bachelor's degree. */
    POST_BACCALAUREATE_CERTIFICATE,
    /** Master's degree. */
    MASTER,
    /** Doctorate (JD, MD, PhD); counts as "master's degree or higher". */
    DOCTORATE
}
