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
     * The date a contract text {@code YYYY-MM-DD} names: exactly ten characters, ASCII digits and two hyphens,
     * a day that exists in the calendar (the same texts {@link LocalDate#parse} accepts at that length).
     *
     * @param text the text
     * @return the date, or null when the text is not such a date
     */
    public static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
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
