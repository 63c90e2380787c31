package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.himcert.model.Candidate;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For random candidates, {@code eligibleOn} agrees with the rules: assessing on that day gives ELIGIBLE and on
 * the day before does not; a NOT_ELIGIBLE decision without it stays so for years if nothing changes.
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
                    assertThat(ADVISOR.assess(c, d.eligibleOn()).decision(d.credential()).status())
                            .as("%s on eligibleOn %s for %s", d.credential(), d.eligibleOn(), c)
                            .isEqualTo(Status.ELIGIBLE);
                    assertThat(ADVISOR.assess(c, d.eligibleOn().minusDays(1)).decision(d.credential()).status())
                            .as("%s the day before eligibleOn %s for %s", d.credential(), d.eligibleOn(), c)
                            .isNotEqualTo(Status.ELIGIBLE);
                    // and no earlier day either: the day after the as-of date and a few days in between
                    long span = d.eligibleOn().toEpochDay() - asOf.toEpochDay();
                    for (long k : new long[] {1, span / 4, span / 2, 3 * span / 4}) {
                        if (k >= 1 && k < span) {
                            assertThat(ADVISOR.assess(c, asOf.plusDays(k)).decision(d.credential()).status())
                                    .as("%s %d days after %s, before eligibleOn %s for %s", d.credential(), k,
                                            asOf, d.eligibleOn(), c)
                                    .isNotEqualTo(Status.ELIGIBLE);
                        }
                    }
                } else if (d.status() == Status.NOT_ELIGIBLE) {
                    assertThat(ADVISOR.assess(c, asOf.plusYears(7)).decision(d.credential()).status())
                            .as("%s seven years after %s without eligibleOn for %s", d.credential(), asOf, c)
                            .isNotEqualTo(Status.ELIGIBLE);
                }
            }
        }
        assertThat(withDate).as("decisions with an eligibleOn date").isPositive();
    }
}
