package org.himcert.engine;

import java.util.Map;
import org.himcert.model.Parameter;

/**
 * A number (or a small table of numbers, or a yes/no) that a maintenance rule (M-1 to M-10) reads by its own
 * {@code @requirement} id, in the row in force on the day the rule names (a cycle's first or last day).
 *
 * @param requirement the requirement id, e.g. {@code M-3}
 * @param value       an {@link Integer}, a {@link Boolean}, or a map of names to integers (M-3: per credential)
 * @param unit        its unit, e.g. {@code CEUs}
 * @param source      where the value comes from
 * @param row         the row it is, as an answer cites it
 */
public record MaintenanceParameter(String requirement, Object value, String unit, String source, Parameter row) {

    /** The value as a whole number. */
    int number() {
        if (value instanceof Integer i) {
            return i;
        }
        throw new IllegalStateException("the parameter of " + requirement + " is not a number");
    }

    /** The value as a yes/no. */
    boolean flag() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("the parameter of " + requirement + " is not true or false");
    }

    /** One entry of the value's table. */
    int entry(String key) {
        if (value instanceof Map<?, ?> m && m.get(key) instanceof Integer i) {
            return i;
        }
        throw new IllegalStateException("the parameter of " + requirement + " has no entry " + key);
    }
}
