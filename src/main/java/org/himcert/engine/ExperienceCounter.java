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
        long total = 0; // summed wide, and capped: two million entries of 1,200 months do not overflow
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
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    /**
     * The first day after {@code asOf} on which the entries count at least {@code need} months, or null when they
     * never will (no work goes on or starts later). Counting only grows with the date, so a binary search finds it.
     */
    static LocalDate dateReaching(List<Experience> entries, int need, LocalDate asOf) {
        LocalDate latest = null;
        LocalDate lastStart = asOf;
        for (Experience e : entries) {
            if (e.from() != null) {
                LocalDate end = e.to() == null ? LocalDate.MAX : e.to().plusDays(1);
                latest = latest == null || end.isAfter(latest) ? end : latest;
                lastStart = e.from().isAfter(lastStart) ? e.from() : lastStart;
            }
        }
        if (latest == null || !latest.isAfter(asOf)) {
            return null;
        }
        // Past this bound the count cannot grow any more toward need: every range has ended, or the work going on
        // since the last start has run need whole months (a few days added for months of different lengths).
        LocalDate bound = lastStart.plusMonths(need).plusDays(4);
        LocalDate hi = latest.isAfter(bound) ? bound : latest;
        if (months(entries, hi) < need) {
            return null;
        }
        LocalDate lo = asOf;
        while (lo.plusDays(1).isBefore(hi)) {
            LocalDate mid = lo.plusDays((hi.toEpochDay() - lo.toEpochDay()) / 2);
            if (months(entries, mid) >= need) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Whole calendar months from the first day to the day after the last, days dropped. */
    static int wholeMonths(LocalDate first, LocalDate last) {
        return (int) Period.between(first, last.plusDays(1)).toTotalMonths();
    }
}
