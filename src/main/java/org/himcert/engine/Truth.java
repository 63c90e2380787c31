package org.himcert.engine;

/** Three-valued truth of a condition: known true, known false, or unknown because its input was not given. */
public enum Truth {
    YES, NO, UNKNOWN
}
