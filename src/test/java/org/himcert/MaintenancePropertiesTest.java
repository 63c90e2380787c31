package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.himcert.model.Candidate;
import org.himcert.model.CeuRecord;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.HeldCredential;
import org.junit.jupiter.api.Test;

/**
 * Properties of keeping credentials over seeded random holders: the cycle reported always contains the as-of date
 * and lasts two years; adding a CEU record never raises the CEUs (or either share) still needed. Every assertion
 * names its seed and holder. {@code -Dhimcert.long=true} checks ten times as many.
 */
class MaintenancePropertiesTest {

    private static final int SCALE = Boolean.getBoolean("himcert.long") ? 10 : 1;
    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();
    private static final List<CredentialCode> AHIMA = List.of(CredentialCode.RHIT, CredentialCode.RHIA,
            CredentialCode.CCA, CredentialCode.CCS, CredentialCode.CCS_P, CredentialCode.CHPS, CredentialCode.CDIP,
            CredentialCode.CHDA);

    @Test
    void theCycleContainsTheAsOfDateAndAnotherCeuRecordNeverRaisesWhatIsStillNeeded() {
        long seed = 303;
        Random r = new Random(seed);
        int holders = 1500 * SCALE;
        int compared = 0;
        int cycles = 0;
        for (int i = 0; i < holders; i++) {
            LocalDate asOf = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(12 * 365));
            Candidate c = holder("p" + i, asOf, r);
            Maintenance before = ADVISOR.assess(c, asOf, Detail.BRIEF).maintenance();
            String what = "seed " + seed + ", holder " + i + " on " + asOf + ": " + c + " -> " + before;
            assertThat(before).as(what).isNotNull();
            if (before.cycleStart() != null) {
                cycles++;
                assertThat(before.cycleStart()).as(what).isBeforeOrEqualTo(asOf);
                assertThat(before.cycleEnd()).as(what).isAfterOrEqualTo(asOf);
                // two years: 730 or 731 days, first and last included (a cycle from 29 February runs to 28 February)
                assertThat(ChronoUnit.DAYS.between(before.cycleStart(), before.cycleEnd()) + 1).as(what)
                        .isBetween(730L, 731L);
            }
            List<CeuRecord> more = new ArrayList<>(c.ceus().orElse(List.of()));
            more.add(ceu(asOf, r));
            Maintenance after = ADVISOR.assess(c.withCeus(more), asOf, Detail.BRIEF).maintenance();
            String both = what + " then " + more.get(more.size() - 1) + " -> " + after;
            if (before.ceusNeeded() != null) {
                compared++;
                assertThat(after.ceusNeeded()).as(both).isLessThanOrEqualTo(before.ceusNeeded());
                assertThat(after.hiimDomainNeeded()).as(both).isLessThanOrEqualTo(before.hiimDomainNeeded());
                assertThat(after.ahimaSourceNeeded()).as(both).isLessThanOrEqualTo(before.ahimaSourceNeeded());
                assertThat(after.ceusRequired()).as(both).isEqualByComparingTo(before.ceusRequired());
            }
        }
        // the generator reaches the interesting cases, or the properties prove little
        assertThat(cycles).as("holders with a known cycle").isGreaterThan(holders / 2);
        assertThat(compared).as("holders whose CEUs were compared").isGreaterThan(holders / 3);
    }

    private static Candidate holder(String id, LocalDate asOf, Random r) {
        Candidate.Builder b = Candidate.builder(id);
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            CredentialCode code = AHIMA.get(r.nextInt(AHIMA.size()));
            CredentialStatus status = r.nextInt(10) == 0 ? CredentialStatus.INACTIVE : CredentialStatus.ACTIVE;
            LocalDate earned = r.nextInt(15) == 0 ? null : asOf.minusDays(r.nextInt(8 * 365));
            b.credentials(new HeldCredential(code, status, earned, null));
        }
        if (r.nextInt(6) > 0) {
            b.noCeus();
            int records = r.nextInt(8);
            for (int k = 0; k < records; k++) {
                b.ceus(ceu(asOf, r));
            }
        }
        return b.build();
    }

    /** A CEU record dated from five years before the as-of date to a month after it. */
    private static CeuRecord ceu(LocalDate asOf, Random r) {
        LocalDate date = asOf.minusDays(5 * 365).plusDays(r.nextInt(5 * 365 + 31));
        BigDecimal units = BigDecimal.valueOf(1 + r.nextInt(1200), 2);
        return new CeuRecord(date, units, r.nextInt(5) > 0, r.nextInt(3) == 0);
    }
}
