package org.himcert.engine;

import org.himcert.model.EducationLevel;

/**
 * General education attained, ordered: each level implies the ones before it (a bachelor's degree is "an
 * associate degree or higher"). A completed post-baccalaureate certificate, master's or doctorate implies a
 * bachelor's degree, as the contract says.
 */
public enum Degree {
    HIGH_SCHOOL_DIPLOMA, ASSOCIATE, BACHELOR, MASTER_OR_HIGHER;

    /** The general degree a completed education entry at the given level gives. */
    static Degree of(EducationLevel level) {
        switch (level) {
            case HIGH_SCHOOL:
            case GED:
                return HIGH_SCHOOL_DIPLOMA;
            case ASSOCIATE:
                return ASSOCIATE;
            case BACHELOR:
            case POST_BACCALAUREATE_CERTIFICATE:
                return BACHELOR;
            case MASTER:
            case DOCTORATE:
                return MASTER_OR_HIGHER;
            default:
                throw new IllegalArgumentException(level.name());
        }
    }
}
