package org.himcert.engine;

/**
 * The rules fired more often than any honest evaluation needs, so the evaluation was stopped: an amended rule that
 * loops (one that updates or inserts facts its own conditions match again) would otherwise never return.
 */
public final class RuleLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RuleLimitException(int limit, int scenarios) {
        super("the rules fired " + limit + " times for " + scenarios + " question(s) without finishing: a rule that"
                + " loops (one that updates or inserts facts its own conditions match again) was stopped");
    }
}
