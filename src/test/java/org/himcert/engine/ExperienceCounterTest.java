package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.junit.jupiter.api.Test;

/** Experience is counted as the contract's "Counting experience" says. */
class ExperienceCounterTest {

    private static final ExperienceKind K = ExperienceKind.PRIVACY_SECURITY_MANAGEMENT;

    private static int months(LocalDate asOf, Experience... entries) {
        return ExperienceCounter.months(List.of(entries), asOf);
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
}
