package org.himcert.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameter row that decided a reason, an unmet condition or a maintenance finding: the row of
 * {@code rules/parameters.yaml} in force on the day the rule read it, so that an auditor can check the answer's
 * numbers against the rules a reader holds.
 *
 * @param key    the parameter's key in the file: {@code thresholds.CHPS-1}, {@code courseSets.CCS-O2},
 *               {@code maintenance.M-3}, {@code dates.ccsRegimeSwitch}, {@code days.retestWait}, {@code reciprocity}
 * @param value  the row's value: an {@link Integer}, a {@link Boolean}, a {@link LocalDate}, a list of names (a
 *               course set's areas), a map of names to integers (a table, M-3's CEUs per credential), or a list of
 *               maps (the reciprocity agreements, {@code {credential, association, levels}})
 * @param unit   its unit ({@code months}, {@code course areas}, {@code CEUs}, {@code percent}, {@code date},
 *               {@code days}, ...), or null (the reciprocity agreements)
 * @param from   the first day the row holds, or null for a value the advisor's options set or a regime's end
 *               written as a date (no dated row)
 * @param source where the value comes from (for an option's value, the option and the file's value it replaces)
 */
public record Parameter(String key, Object value, String unit, LocalDate from, String source) {
    /**
     * Validates the row.
     *
     * @param key    the parameter's key; required
     * @param value  its value; required: an Integer, Boolean, LocalDate or String, or lists and maps (by name) of
     *               them, kept as an unmodifiable copy in the given order
     * @param unit   its unit, or null
     * @param from   the first day it holds, or null
     * @param source where it comes from; required
     * @throws NullPointerException if key, value or source is null
     * @throws IllegalArgumentException if the value, or a part of it, is of another type
     */
    public Parameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        value = frozen(Objects.requireNonNull(value, "value"));
    }

    /** An unmodifiable copy of a value the contract can write and read back equal. */
    private static Object frozen(Object value) {
        if (value instanceof Integer || value instanceof Boolean || value instanceof LocalDate
                || value instanceof String) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(frozen(item));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), frozen(v)));
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("a parameter's value is a whole number, true or false, a date, text, or"
                + " lists and maps of them, not " + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /**
     * A hash of the key and first day only (answers cite the same few rows over and over, and a value such as the
     * reciprocity agreements is costly to hash whole); equal rows still hash equal.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Objects.hashCode(from);
    }

    /**
     * Whether the other is the same row: key, value, unit, first day and source.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Parameter p && key.equals(p.key) && Objects.equals(from, p.from)
                && value.equals(p.value) && Objects.equals(unit, p.unit) && source.equals(p.source);
    }
}
