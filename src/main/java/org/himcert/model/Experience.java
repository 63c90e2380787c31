package org.himcert.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of work experience, given either as a number of months or as a date range.
 *
 * <p>Only healthcare experience counts toward AHIMA requirements; an entry with {@code healthcare == false}
 * is kept and reported but counts toward none. How ranges are counted (merged, whole months, cut at the
 * as-of date) is the engine's business, as the contract's "Counting experience" says.
 *
 * @param kind           the kind of work; required
 * @param healthcare     whether it was in healthcare
 * @param multiSpecialty whether it was physician-based multi-specialty coding
 * @param months         months of experience, or null when given as a range
 * @param from           first day worked, or null when given as months
 * @param to             last day worked, or null while still working (only with {@code from})
 */
public record Experience(ExperienceKind kind, boolean healthcare, boolean multiSpecialty, Integer months,
                         LocalDate from, LocalDate to) {

    /** The most months one entry may give: 100 years, far beyond any requirement, and safe to add up. */
    public static final int MAX_MONTHS = 1200;

    /**
     * Validates the entry.
     *
     * @param kind           the kind of work; required
     * @param healthcare     whether it was in healthcare
     * @param multiSpecialty whether it was physician-based multi-specialty coding
     * @param months         months of experience, or null when given as a range
     * @param from           first day worked, or null when given as months
     * @param to             last day worked, or null while still working (only with {@code from})
     * @throws NullPointerException     if kind is null
     * @throws IllegalArgumentException if neither or both of months and from are given, months is not from 0 to
     *                                  {@link #MAX_MONTHS}, to is given without from, or to is before from
     */
    public Experience {
        Objects.requireNonNull(kind, "kind");
        Dates.check("from", from);
        Dates.check("to", to);
        if (months == null && from == null) {
            throw new IllegalArgumentException("give either months or from");
        }
        if (months != null && from != null) {
            throw new IllegalArgumentException("give months or from, not both");
        }
        if (months != null && (months < 0 || months > MAX_MONTHS)) {
            throw new IllegalArgumentException("months must be from 0 to " + MAX_MONTHS + ", was " + months);
        }
        if (to != null && from == null) {
            throw new IllegalArgumentException("to requires from");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must be on or after from");
        }
    }

    /**
     * Healthcare experience of the given kind, as a number of months.
     *
     * @param kind   the kind of work; required
     * @param months months of experience, from 0 to {@link #MAX_MONTHS}
     * @return the entry
     */
    public static Experience months(ExperienceKind kind, int months) {
        return new Experience(kind, true, false, months, null, null);
    }

    /**
     * Healthcare experience of the given kind, from a date and still going on.
     *
     * @param kind the kind of work; required
     * @param from first day worked; required
     * @return the entry
     */
    public static Experience since(ExperienceKind kind, LocalDate from) {
        return new Experience(kind, true, false, null, from, null);
    }

    /**
     * Healthcare experience of the given kind between two dates, both days worked.
     *
     * @param kind the kind of work; required
     * @param from first day worked; required
     * @param to   last day worked, on or after {@code from}
     * @return the entry
     */
    public static Experience between(ExperienceKind kind, LocalDate from, LocalDate to) {
        return new Experience(kind, true, false, null, from, to);
    }

    /**
     * This entry marked as physician-based multi-specialty coding.
     *
     * @return the entry
     */
    public Experience asMultiSpecialty() {
        return new Experience(kind, healthcare, true, months, from, to);
    }

    /**
     * This entry marked as outside healthcare.
     *
     * @return the entry
     */
    public Experience outsideHealthcare() {
        return new Experience(kind, false, multiSpecialty, months, from, to);
    }
}
