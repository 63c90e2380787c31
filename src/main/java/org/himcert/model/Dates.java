package org.himcert.model;

import java.time.LocalDate;

/**
 * The dates himcert accepts and writes: the years 0 to 9999, as the JSON contract's {@code YYYY-MM-DD} can say
 * them. The one place that range is kept: the model's records, the facade's as-of dates, the eligibleOn search and
 * the writer all ask here.
 */
public final class Dates {

    private Dates() {
    }

    /**
     * Whether the date lies in the years 0 to 9999.
     *
     * @param date the date
     * @return true when the contract can write it
     */
    public static boolean inRange(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999;
    }

    /**
     * The date, checked.
     *
     * @param field the field's name, for the message
     * @param date  the date, or null
     *
     * @return the date
     * @throws IllegalArgumentException naming the field when the date lies outside the years 0-9999
     */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !inRange(date)) {
            throw new IllegalArgumentException(field + " must be a date in the years 0 to 9999");
        }
        return date;
    }

    /**
     * A list's elements, checked for null.
     *
     * @throws NullPointerException naming the element, e.g. {@code education[3] is null}
     */
    static void noNulls(String field, java.util.Collection<?> elements) {
        int i = 0;
        for (Object e : elements) {
            if (e == null) {
                throw new NullPointerException(field + "[" + i + "] is null");
            }
            i++;
        }
    }
}
