package org.himcert;

/**
 * The rules fired far more often than any honest assessment needs, so the assessment was stopped instead of left
 * to hang: amended rules with a rule that loops (one that updates or inserts facts its own conditions match again).
 * The bundled rules never do this.
 */
public final class RulesStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RulesStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
