package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.HeldCredential;
import org.himcert.testing.HostileRecords;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/**
 * The eligibleOn search asks about the days on which what the rules see of a record's programs and credentials
 * changes, and no others: a day it leaves out looks to the rules like the day before it.
 */
class OwnDatesTest {

    /** Every date of the record after the as-of date, as the search once asked them all. */
    private static Set<LocalDate> everyDate(Candidate c, LocalDate asOf, boolean expected) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Education e : c.education().orElse(List.of())) {
            if (e.completedOn() != null && e.completedOn().isAfter(asOf)) {
                dates.add(e.completedOn());
            }
            if (expected && !e.isCompleted() && e.expectedOn() != null && e.expectedOn().isAfter(asOf)) {
                dates.add(e.expectedOn());
            }
        }
        for (HeldCredential h : c.credentials()) {
            if (h.earnedOn() != null && h.earnedOn().isAfter(asOf)) {
                dates.add(h.earnedOn());
            }
        }
        return dates;
    }

    /** What the rules see of the programs and credentials on a day, as the search projects the record to it. */
    private static Set<String> seen(Candidate c, LocalDate asOf, LocalDate day, boolean expected) {
        Candidate then = expected ? c.asExpectedOn(asOf, day) : c;
        Profile p = Profile.of(then, day, false, true);
        Set<String> seen = new TreeSet<>();
        for (Object fact : p.facts()) {
            if (fact instanceof Program g) {
                seen.add(g.level() + "/" + g.status() + "/" + g.him() + "/" + g.cahiim() + "/" + g.foreign() + "/"
                        + g.association());
            }
        }
        for (CredentialCode code : CredentialCode.values()) {
            seen.add(code + (p.holds(code) ? " held" : "") + (p.qualifies(code) ? " qualifies" : ""));
        }
        return seen;
    }

    @Test
    void aDayLeftOutLooksToTheRulesLikeTheDayAskedBeforeIt() {
        RandomCandidates random = new RandomCandidates(41);
        int leftOut = 0;
        for (int i = 0; i < 400; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.crowded("d" + i, asOf);
            boolean expected = i % 2 == 0;
            Set<LocalDate> asked = Profile.ownDates(c, asOf, expected);
            Set<LocalDate> every = everyDate(c, asOf, expected);

            assertThat(every).containsAll(asked);
            LocalDate before = asOf;
            for (LocalDate day : every) {
                if (asked.contains(day)) {
                    before = day;
                } else {
                    leftOut++;
                    assertThat(seen(c, asOf, day, expected)).as("%s on %s (from %s) of %s", expected, day, before, c)
                            .isEqualTo(seen(c, asOf, before, expected));
                }
            }
        }
        assertThat(leftOut).as("days left out").isGreaterThan(50);
    }

    @Test
    void aThousandProgramsOfTwoKindsOverFiftyDatesAreFourDays() {
        LocalDate first = LocalDate.of(2027, 1, 1);
        Candidate c = HostileRecords.twoKindsOverFiftyMonths(1_000, first);

        // each kind: its first program completing; the last one still under way completing (ENROLLED is gone)
        assertThat(Profile.ownDates(c, LocalDate.of(2026, 11, 25), true))
                .containsExactly(first, first.plusMonths(1), first.plusMonths(48), first.plusMonths(49));
        assertThat(Profile.ownDates(c, LocalDate.of(2026, 11, 25), false)).isEmpty();
    }
}
