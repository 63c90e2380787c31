package org.himcert.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.himcert.model.Experience;

/**
 * Counts months of experience exactly as the contract's "Counting experience" says: date ranges are cut at
 * the as-of date (the as-of day itself does not count), overlapping or touching ranges are merged, each merged
 * range counts in whole calendar months, and {@code months} entries are added on top.
 */
final class ExperienceCounter {

    private ExperienceCounter() {
    }

    /** Whole months of the given entries (all already of one measure and in healthcare) on the as-of date. */
    static int months(List<Experience> entries, LocalDate asOf) {
        int total = 0;
        List<LocalDate[]> ranges = new ArrayList<>();
        LocalDate lastCounted = asOf.minusDays(1);
        for (Experience e : entries) {
            if (e.months() != null) {
                total += e.months();
                continue;
            }
            LocalDate end = e.to() == null || e.to().isAfter(lastCounted) ? lastCounted : e.to();
            if (!e.from().isAfter(end)) {
                ranges.add(new LocalDate[] {e.from(), end});
            }
        }
        ranges.sort(Comparator.comparing(r -> r[0]));
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate[] r : ranges) {
            if (start != null && !r[0].isAfter(end.plusDays(1))) {
                if (r[1].isAfter(end)) {
                    end = r[1];
                }
                continue;
            }
            if (start != null) {
                total += wholeMonths(start, end);
            }
            start = r[0];
            end = r[1];
        }
        if (start != null) {
            total += wholeMonths(start, end);
        }
        return total;
    }

    /** Whole calendar months from the first day to the day after the last, days dropped. */
    static int wholeMonths(LocalDate first, LocalDate last) {
        return (int) Period.between(first, last.plusDays(1)).toTotalMonths();
    }
}
