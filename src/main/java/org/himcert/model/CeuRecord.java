package org.himcert.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Continuing education units earned on a day, toward keeping credentials (recertification).
 *
 * @param date        the day the units were earned; required
 * @param units       the units, in CEUs: more than 0, at most {@link #MAX_UNITS}, with at most two decimals
 * @param hiimDomain  whether the units fall within the HIIM domains (M-2)
 * @param ahimaSource whether they come from AHIMA, HCPro or an AHIMA component state association (M-10)
 */
public record CeuRecord(LocalDate date, BigDecimal units, boolean hiimDomain, boolean ahimaSource) {

    /** The most units one record may carry: far above any course, so a typo is caught. */
    public static final BigDecimal MAX_UNITS = new BigDecimal("1000");

    /**
     * Validates the record.
     *
     * @param date        the day the units were earned; required
     * @param units       the units, in CEUs: more than 0, at most {@link #MAX_UNITS}, with at most two decimals
     * @param hiimDomain  whether the units fall within the HIIM domains (M-2)
     * @param ahimaSource whether they come from AHIMA, HCPro or an AHIMA component state association (M-10)
     * @throws NullPointerException     if the date or units is null
     * @throws IllegalArgumentException if the units are not more than 0 and at most 1000 with two decimals, or the
     *                                  date lies outside the years 0-9999
     */
    public CeuRecord {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(units, "units");
        Dates.check("date", date);
        if (units.signum() <= 0 || units.compareTo(MAX_UNITS) > 0) {
            throw new IllegalArgumentException("units must be more than 0 and at most " + MAX_UNITS);
        }
        if (units.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("units must have at most two decimals (e.g. 1.5 or 0.25)");
        }
        units = units.stripTrailingZeros();
        if (units.scale() < 0) {
            units = units.setScale(0);
        }
    }

    /**
     * Units within the HIIM domains from another provider (the contract's defaults).
     *
     * @param date  the day
     * @param units the units, e.g. {@code "1.5"}
     * @return the record
     */
    public static CeuRecord of(LocalDate date, String units) {
        return new CeuRecord(date, new BigDecimal(units), true, false);
    }
}
