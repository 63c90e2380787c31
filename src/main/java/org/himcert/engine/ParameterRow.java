package org.himcert.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of the parameters file ({@code rules/parameters.yaml}) as a rule read it, for the answer to cite: the
 * parameter's key ({@code thresholds.CHPS-1}, {@code courseSets.CCS-O2}, {@code maintenance.M-3},
 * {@code dates.ccsRegimeSwitch}, {@code days.retestWait}, {@code reciprocity}), its value, unit, the first day the
 * row holds and its source. Made once per row when the rules load, so every answer citing it shares the one object.
 *
 * @param key    the parameter's key in the file
 * @param value  an {@link Integer}, a {@link Boolean}, a {@link LocalDate}, a list of names (a course set), a map of
 *               names to integers (a table such as M-3's), or a list of maps (the reciprocity agreements)
 * @param unit   its unit ({@code months}, {@code CEUs}, {@code percent}, {@code date}, ...), or null
 * @param from   the first day the row holds, or null for a value the advisor's options set
 * @param source where the value comes from (for an option's value, the option)
 */
public record ParameterRow(String key, Object value, String unit, LocalDate from, String source) {
    public ParameterRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** The value an advisor's option set in place of the file's, for the same key. */
    ParameterRow overriddenBy(Object value, String option) {
        return new ParameterRow(key, value, unit, null, "the advisor's option " + option + " (the rules file says "
                + this.value + ": " + source + ")");
    }
}
