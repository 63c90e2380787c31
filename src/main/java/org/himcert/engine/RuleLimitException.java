package org.himcert.engine;

/**
 * The rules fired more often than any honest evaluation needs, so the evaluation was stopped: an amended rule that
 * matches every combination of a large record's facts (a join with no condition between them) would otherwise
 * run for minutes. (No rule can loop: the rule checks refuse one that inserts, changes or removes facts.)
 */
public final class RuleLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RuleLimitException(int limit, int scenarios) {
        super("the rules fired " + limit + " times for " + scenarios + " question(s) without finishing: a rule that"
                + " matches far too many combinations of facts (a join with no condition between them) was stopped");
    }
}
