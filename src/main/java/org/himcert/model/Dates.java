package org.himcert.model;

import java.time.LocalDate;

/** The dates the model accepts: the years 0 to 9999, as the JSON contract's reader does. */
final class Dates {

    private Dates() {
    }

    /**
     * The date, checked.
     *
     * @throws IllegalArgumentException naming the field when the date lies outside the years 0-9999
     */
    static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.getYear() < 0 || date.getYear() > 9999)) {
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
