package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.himcert.model.Candidate;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For random candidates, {@code eligibleOn} agrees with the rules: assessing the candidate as it will be on that
 * day (programs completed when expected, {@code Candidate.asExpectedOn}) gives ELIGIBLE, and on the day before
 * and earlier days does not; a NOT_ELIGIBLE decision without it stays so for years if nothing changes.
 */
class EligibleOnPropertyTest {

    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void eligibleOnIsTheFirstDayTheRulesSayEligible(long seed) {
        RandomCandidates random = new RandomCandidates(seed);
        int withDate = 0;
        for (int i = 0; i < 150; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("p" + seed + "-" + i, asOf);
            for (Decision d : ADVISOR.assess(c, asOf).decisions()) {
                if (d.eligibleOn() != null) {
                    withDate++;
                    assertThat(d.status()).isEqualTo(Status.NOT_ELIGIBLE);
                    assertThat(d.eligibleOn()).isAfter(asOf);
                    assertThat(statusOn(c, asOf, d.eligibleOn(), d))
                            .as("%s on eligibleOn %s for %s", d.credential(), d.eligibleOn(), c)
                            .isEqualTo(Status.ELIGIBLE);
                    assertThat(statusOn(c, asOf, d.eligibleOn().minusDays(1), d))
                            .as("%s the day before eligibleOn %s for %s", d.credential(), d.eligibleOn(), c)
                            .isNotEqualTo(Status.ELIGIBLE);
                    // and no earlier day either: the day after the as-of date and a few days in between
                    long span = d.eligibleOn().toEpochDay() - asOf.toEpochDay();
                    for (long k : new long[] {1, span / 4, span / 2, 3 * span / 4}) {
                        if (k >= 1 && k < span) {
                            assertThat(statusOn(c, asOf, asOf.plusDays(k), d))
                                    .as("%s %d days after %s, before eligibleOn %s for %s", d.credential(), k,
                                            asOf, d.eligibleOn(), c)
                                    .isNotEqualTo(Status.ELIGIBLE);
                        }
                    }
                } else if (d.status() == Status.NOT_ELIGIBLE) {
                    assertThat(statusOn(c, asOf, asOf.plusYears(7), d))
                            .as("%s seven years after %s without eligibleOn for %s", d.credential(), asOf, c)
                            .isNotEqualTo(Status.ELIGIBLE);
                }
            }
        }
        assertThat(withDate).as("decisions with an eligibleOn date").isPositive();
    }

    /** The decision's credential's status on a later day, for the candidate as it will be then. */
    private static Status statusOn(Candidate c, LocalDate asOf, LocalDate day, Decision d) {
        return ADVISOR.assess(c.asExpectedOn(asOf, day), day).decision(d.credential()).status();
    }
}
