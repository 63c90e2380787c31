package org.himcert.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.himcert.model.Experience;

/**
 * A candidate's experience counted once, then asked on any date: per measure, its month counts added up and its
 * date ranges merged where they overlap or touch, with the whole months of the merged ranges before each one summed.
 * Months on a date, and the day a need is reached, are then found by binary search instead of by merging every
 * range again for each question, so a record of ten thousand ranges costs a question no more than a record of ten.
 *
 * <p>How it counts is the contract's "Counting experience": date ranges are cut at the as-of date (the as-of day
 * itself does not count), overlapping or touching ranges are merged, each merged range counts in whole calendar
 * months, and {@code months} entries are added on top. Merging first and cutting at the date afterwards counts the
 * same as cutting first, which is what lets the merging be done once; the tests hold it to the plain reading on
 * random records.
 */
final class ExperienceTally {

    private static final Measure[] MEASURES = Measure.values();

    private final long[] months = new long[MEASURES.length];
    private final LocalDate[][] starts = new LocalDate[MEASURES.length][];
    /** Each merged range's last day; {@link LocalDate#MAX} while it goes on. */
    private final LocalDate[][] ends = new LocalDate[MEASURES.length][];
    /** {@code before[m][k]}: the whole months of the measure's merged ranges 0 to k-1. */
    private final long[][] before = new long[MEASURES.length][];

    private ExperienceTally(List<Experience> entries) {
        for (Measure m : MEASURES) {
            List<LocalDate[]> ranges = new ArrayList<>();
            for (Experience e : entries) {
                if (!Profile.counts(e, m)) {
                    continue;
                }
                if (e.months() != null) {
                    months[m.ordinal()] += e.months();
                } else {
                    ranges.add(new LocalDate[] {e.from(), e.to() == null ? LocalDate.MAX : e.to()});
                }
            }
            merge(m.ordinal(), ranges);
        }
    }

    /** The tally of the entries (all of a candidate's: each measure takes the ones that count toward it). */
    static ExperienceTally of(List<Experience> entries) {
        return new ExperienceTally(entries);
    }

    private void merge(int m, List<LocalDate[]> ranges) {
        ranges.sort(Comparator.comparing(r -> r[0]));
        List<LocalDate[]> merged = new ArrayList<>();
        for (LocalDate[] r : ranges) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last[1].equals(LocalDate.MAX) || !r[0].isAfter(last[1].plusDays(1)))) {
                if (r[1].isAfter(last[1])) {
                    last[1] = r[1];
                }
            } else {
                merged.add(new LocalDate[] {r[0], r[1]});
            }
        }
        starts[m] = new LocalDate[merged.size()];
        ends[m] = new LocalDate[merged.size()];
        before[m] = new long[merged.size() + 1];
        for (int k = 0; k < merged.size(); k++) {
            starts[m][k] = merged.get(k)[0];
            ends[m][k] = merged.get(k)[1];
            // a range still going on is only ever counted cut at a date, never whole
            before[m][k + 1] = before[m][k] + (ends[m][k].equals(LocalDate.MAX) ? 0
                    : wholeMonths(starts[m][k], ends[m][k]));
        }
    }

    /** Whole months of the measure on the as-of date (the as-of day itself does not count). */
    int months(Measure measure, LocalDate asOf) {
        int m = measure.ordinal();
        LocalDate lastCounted = asOf.minusDays(1);
        // the ranges that start on or before the last day counted: all but the last of them end before it
        int k = Arrays.binarySearch(starts[m], lastCounted);
        int started = k >= 0 ? k + 1 : -k - 1;
        long total = months[m];
        if (started > 0) {
            total += before[m][started - 1];
            LocalDate end = ends[m][started - 1].isAfter(lastCounted) ? lastCounted : ends[m][started - 1];
            total += wholeMonths(starts[m][started - 1], end);
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    /**
     * The first day after {@code asOf} on which the measure reaches {@code need} months if nothing else changes, or
     * null when it never will (no work goes on or starts later). Counting only grows with the date, so a binary
     * search finds it.
     */
    LocalDate dateReaching(Measure measure, int need, LocalDate asOf) {
        int m = measure.ordinal();
        int n = starts[m].length;
        if (n == 0) {
            return null;
        }
        LocalDate last = ends[m][n - 1];
        LocalDate latest = last.equals(LocalDate.MAX) ? LocalDate.MAX : last.plusDays(1);
        if (!latest.isAfter(asOf)) {
            return null;
        }
        LocalDate lastStart = starts[m][n - 1].isAfter(asOf) ? starts[m][n - 1] : asOf;
        // Past this bound the count cannot grow any more toward need: every range has ended, or the work going on
        // since the last start has run need whole months (a few days added for months of different lengths).
        LocalDate bound = lastStart.plusMonths(need).plusDays(4);
        LocalDate hi = latest.isAfter(bound) ? bound : latest;
        if (months(measure, hi) < need) {
            return null;
        }
        LocalDate lo = asOf;
        while (lo.plusDays(1).isBefore(hi)) {
            LocalDate mid = lo.plusDays((hi.toEpochDay() - lo.toEpochDay()) / 2);
            if (months(measure, mid) >= need) {
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
