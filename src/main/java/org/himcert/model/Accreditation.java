package org.himcert.model;

/** How a program is accredited or approved. */
public enum Accreditation {
    /** Accredited (or, for post-baccalaureate certificates, approved) by CAHIIM. */
    CAHIIM,
    /** Approved by a foreign association, named in {@link Education#association()}. */
    FOREIGN,
    /** Neither. */
    NONE
}
