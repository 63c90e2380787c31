package org.himcert.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date the rules are applied on; rules compare against it, never against the clock.
 *
 * @param scenario the scenario the date belongs to
 * @param date     the date
 */
public record AsOf(int scenario, LocalDate date) {
    public AsOf {
        Objects.requireNonNull(date, "date");
    }

    /** Names the fact without its date: input values never reach a log. */
    @Override
    public String toString() {
        return "AsOf[scenario " + scenario + "]";
    }
}
