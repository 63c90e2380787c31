package org.himcert;

/**
 * The rules fired far more often than any honest assessment needs, so the assessment was stopped instead of left
 * to run on: amended rules with a rule that matches far too many combinations of facts (a join with no condition
 * between them).
 * The bundled rules never do this.
 */
public final class RulesStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A rule that exceeded its limits.
     *
     * @param message which rule and what limit
     * @param cause   the engine's report
     */
    public RulesStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
