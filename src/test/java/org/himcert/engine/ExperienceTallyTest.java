package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.junit.jupiter.api.Test;

/** Experience is counted as the contract's "Counting experience" says, once per record and then on any date. */
class ExperienceTallyTest {

    private static final ExperienceKind K = ExperienceKind.PRIVACY_SECURITY_MANAGEMENT;

    private static int months(LocalDate asOf, Experience... entries) {
        return ExperienceTally.of(List.of(entries)).months(Measure.PRIVACY_SECURITY_MANAGEMENT, asOf);
    }

    @Test
    void ongoingWorkCountsWholeMonthsUpToTheDayBeforeTheAsOfDate() {
        Experience since = Experience.since(K, LocalDate.of(2024, 6, 1));
        assertThat(months(LocalDate.of(2026, 6, 1), since)).isEqualTo(24);
        assertThat(months(LocalDate.of(2026, 5, 31), since)).isEqualTo(23);
    }

    @Test
    void aRangeStartingOnOrAfterTheAsOfDateCountsNothing() {
        assertThat(months(LocalDate.of(2026, 6, 1), Experience.since(K, LocalDate.of(2026, 6, 1)))).isZero();
        assertThat(months(LocalDate.of(2026, 6, 1), Experience.since(K, LocalDate.of(2026, 7, 1)))).isZero();
    }

    @Test
    void theLastDayWorkedCounts() {
        Experience year = Experience.between(K, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(months(LocalDate.of(2026, 1, 1), year)).isEqualTo(12);
        Experience shortOne = Experience.between(K, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30));
        assertThat(months(LocalDate.of(2026, 1, 1), shortOne)).isEqualTo(11);
    }

    @Test
    void overlappingJobsCountOnce() {
        assertThat(months(LocalDate.of(2026, 1, 1),
                Experience.between(K, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Experience.between(K, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31)))).isEqualTo(17);
    }

    @Test
    void touchingRangesMergeSoTheirDaysAddUpToWholeMonths() {
        // Apart these count 0 + 0 + 0 months (27, 18 and 15 days); merged they run 2024-01-15..2024-03-14,
        // which is 2 whole months: touching ranges must be merged before counting.
        assertThat(months(LocalDate.of(2026, 1, 1),
                Experience.between(K, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 10)),
                Experience.between(K, LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 28)),
                Experience.between(K, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 14)))).isEqualTo(2);
    }

    @Test
    void rangesWithAGapAreCountedApartAndTheirDaysDropped() {
        assertThat(months(LocalDate.of(2026, 1, 1),
                Experience.between(K, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 10)),
                Experience.between(K, LocalDate.of(2024, 2, 12), LocalDate.of(2024, 3, 14)))).isEqualTo(1);
    }

    @Test
    void monthsEntriesAreAddedOnTop() {
        assertThat(months(LocalDate.of(2026, 6, 1), Experience.months(K, 10),
                Experience.since(K, LocalDate.of(2025, 6, 1)))).isEqualTo(22);
    }

    /**
     * The contract read plainly, with nothing done ahead: on the date, each range of the measure cut at the day
     * before it, then the cut ranges merged where they overlap or touch, each counted in whole months, and the
     * months entries added.
     */
    private static int plainly(List<Experience> entries, Measure m, LocalDate asOf) {
        LocalDate last = asOf.minusDays(1);
        long total = 0;
        List<LocalDate[]> cut = new ArrayList<>();
        for (Experience e : entries) {
            if (!Profile.counts(e, m)) {
                continue;
            }
            if (e.months() != null) {
                total += e.months();
            } else if (!e.from().isAfter(last)) {
                cut.add(new LocalDate[] {e.from(), e.to() == null || e.to().isAfter(last) ? last : e.to()});
            }
        }
        cut.sort(Comparator.comparing(r -> r[0]));
        LocalDate[] run = null;
        for (LocalDate[] r : cut) {
            if (run != null && !r[0].isAfter(run[1].plusDays(1))) {
                run[1] = r[1].isAfter(run[1]) ? r[1] : run[1];
            } else {
                total += run == null ? 0 : ExperienceTally.wholeMonths(run[0], run[1]);
                run = r.clone();
            }
        }
        total += run == null ? 0 : ExperienceTally.wholeMonths(run[0], run[1]);
        return (int) total;
    }

    private static List<Experience> randomEntries(Random r) {
        List<Experience> entries = new ArrayList<>();
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (int i = r.nextInt(12); i > 0; i--) {
            ExperienceKind kind = r.nextBoolean() ? ExperienceKind.CODING : ExperienceKind.PRIVACY_SECURITY_MANAGEMENT;
            Experience e = r.nextInt(6) == 0 ? Experience.months(kind, r.nextInt(30))
                    : r.nextInt(4) == 0 ? Experience.since(kind, base.plusDays(r.nextInt(2500)))
                    : between(kind, base.plusDays(r.nextInt(2500)), r.nextInt(400));
            if (r.nextInt(3) == 0 && kind == ExperienceKind.CODING) {
                e = e.asMultiSpecialty();
            }
            entries.add(r.nextInt(10) == 0 ? e.outsideHealthcare() : e);
        }
        return entries;
    }

    private static Experience between(ExperienceKind kind, LocalDate from, int days) {
        return Experience.between(kind, from, from.plusDays(days));
    }

    @Test
    void countsOnEveryDateAsThePlainReadingOnRandomRecords() {
        Random r = new Random(20261207L);
        for (int round = 0; round < 2_000; round++) {
            List<Experience> entries = randomEntries(r);
            ExperienceTally tally = ExperienceTally.of(entries);
            for (int d = 0; d < 20; d++) {
                LocalDate asOf = LocalDate.of(2019, 6, 1).plusDays(r.nextInt(4000));
                for (Measure m : Measure.values()) {
                    assertThat(tally.months(m, asOf)).as("%s on %s of %s", m, asOf, entries)
                            .isEqualTo(plainly(entries, m, asOf));
                }
            }
        }
    }

    @Test
    void findsTheFirstDayANeedIsReachedAsADayByDayWalkWould() {
        Random r = new Random(7L);
        for (int round = 0; round < 300; round++) {
            List<Experience> entries = randomEntries(r);
            ExperienceTally tally = ExperienceTally.of(entries);
            LocalDate asOf = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(2000));
            Measure m = Measure.values()[r.nextInt(3)];
            int need = 1 + r.nextInt(60);
            if (plainly(entries, m, asOf) >= need) {
                continue; // only an open condition is asked about
            }
            LocalDate found = tally.dateReaching(m, need, asOf);
            LocalDate walked = null;
            for (LocalDate d = asOf.plusDays(1); d.isBefore(LocalDate.of(2035, 1, 1)); d = d.plusDays(1)) {
                if (plainly(entries, m, d) >= need) {
                    walked = d;
                    break;
                }
            }
            assertThat(found).as("%s months of %s after %s in %s", need, m, asOf, entries).isEqualTo(walked);
        }
    }
}
