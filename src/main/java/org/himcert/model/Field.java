package org.himcert.model;

/** Field of study of an education entry. */
public enum Field {
    /** Health information management. */
    HIM,
    /** Health informatics; not an HIM program for AHIMA's purposes. */
    HEALTH_INFORMATICS,
    /** Any other field. */
    OTHER
}
