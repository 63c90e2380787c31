package org.himcert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;

/**
 * The choices the sources leave open, each with a documented default. {@link #defaults()} is what the README
 * and the rules' reading notes describe; change one with {@link #toBuilder()}.
 *
 * @param ccsRegimeSwitch             first day of the current CCS and CCS-P regime (C-2); default 2020-07-01
 * @param reciprocity                 foreign associations whose HIM programs qualify (RHIT-2, RHIA-4, C-11);
 *                                    default CHIMA, KMRA, HIMAA: any level from associate up for RHIT, bachelor's
 *                                    for RHIA
 * @param inactiveCredentialsCount    whether INACTIVE credentials count for pathways (C-12); default false
 * @param postBaccEarlyTesting        whether post-baccalaureate certificate students may test early for the RHIA
 *                                    (RHIA-5); default false, which answers NEEDS_REVIEW
 * @param rhiaProvisoEnd              first day the RHIA proviso (RHIA-6, from 2017) is no longer reviewed (C-4);
 *                                    default 2021-01-01
 * @param retestWaitDays              retest wait in days for RHIT, RHIA, CCS-P and CHPS, and for CCA and CCS
 *                                    attempts before {@code codingRetestFrom} (G-3, C-5); default 90
 * @param codingRetestWaitDays        retest wait for CCA and CCS attempts from {@code codingRetestFrom}; default 30
 * @param codingRetestFrom            when the shorter CCA and CCS wait took effect; default 2023-09-11
 * @param expectedCompletionCounts    whether eligibleOn, next steps and plans assume a program completes on its
 *                                    {@code expectedOn} (see {@code Candidate.asExpectedOn}); default true. The
 *                                    assessment on the as-of date always takes the program's status at its word.
 */
public record AdvisorOptions(LocalDate ccsRegimeSwitch, List<ReciprocityAgreement> reciprocity,
                             boolean inactiveCredentialsCount, boolean postBaccEarlyTesting,
                             LocalDate rhiaProvisoEnd, int retestWaitDays, int codingRetestWaitDays,
                             LocalDate codingRetestFrom, boolean expectedCompletionCounts) {

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException if a wait is negative
     */
    public AdvisorOptions {
        Objects.requireNonNull(ccsRegimeSwitch, "ccsRegimeSwitch");
        reciprocity = List.copyOf(reciprocity);
        Objects.requireNonNull(rhiaProvisoEnd, "rhiaProvisoEnd");
        Objects.requireNonNull(codingRetestFrom, "codingRetestFrom");
        if (retestWaitDays < 0 || codingRetestWaitDays < 0) {
            throw new IllegalArgumentException("retest waits must be >= 0 days");
        }
    }

    /** The documented defaults. */
    public static AdvisorOptions defaults() {
        Builder b = new Builder();
        EnumSet<EducationLevel> rhitLevels = EnumSet.range(EducationLevel.ASSOCIATE, EducationLevel.DOCTORATE);
        for (String association : List.of("CHIMA", "KMRA", "HIMAA")) {
            b.reciprocity.add(new ReciprocityAgreement(CredentialCode.RHIT, association, rhitLevels));
            b.reciprocity.add(new ReciprocityAgreement(CredentialCode.RHIA, association,
                    EnumSet.of(EducationLevel.BACHELOR)));
        }
        return b.build();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ccsRegimeSwitch = ccsRegimeSwitch;
        b.reciprocity.addAll(reciprocity);
        b.inactiveCredentialsCount = inactiveCredentialsCount;
        b.postBaccEarlyTesting = postBaccEarlyTesting;
        b.rhiaProvisoEnd = rhiaProvisoEnd;
        b.retestWaitDays = retestWaitDays;
        b.codingRetestWaitDays = codingRetestWaitDays;
        b.codingRetestFrom = codingRetestFrom;
        b.expectedCompletionCounts = expectedCompletionCounts;
        return b;
    }

    /** Builds {@link AdvisorOptions}; starts from the defaults' values (without reciprocity when new). */
    public static final class Builder {
        private LocalDate ccsRegimeSwitch = LocalDate.of(2020, 7, 1);
        private final List<ReciprocityAgreement> reciprocity = new ArrayList<>();
        private boolean inactiveCredentialsCount;
        private boolean postBaccEarlyTesting;
        private LocalDate rhiaProvisoEnd = LocalDate.of(2021, 1, 1);
        private int retestWaitDays = 90;
        private int codingRetestWaitDays = 30;
        private LocalDate codingRetestFrom = LocalDate.of(2023, 9, 11);
        private boolean expectedCompletionCounts = true;

        private Builder() {
        }

        /** Sets the first day of the current CCS and CCS-P regime. */
        public Builder ccsRegimeSwitch(LocalDate date) {
            this.ccsRegimeSwitch = date;
            return this;
        }

        /** Adds a reciprocity agreement. */
        public Builder addReciprocity(ReciprocityAgreement agreement) {
            reciprocity.add(agreement);
            return this;
        }

        /** Removes every reciprocity agreement. */
        public Builder clearReciprocity() {
            reciprocity.clear();
            return this;
        }

        /** Sets whether INACTIVE credentials count for pathways. */
        public Builder inactiveCredentialsCount(boolean value) {
            this.inactiveCredentialsCount = value;
            return this;
        }

        /** Sets whether post-baccalaureate certificate students may test early for the RHIA. */
        public Builder postBaccEarlyTesting(boolean value) {
            this.postBaccEarlyTesting = value;
            return this;
        }

        /** Sets the first day the RHIA proviso is no longer reviewed. */
        public Builder rhiaProvisoEnd(LocalDate date) {
            this.rhiaProvisoEnd = date;
            return this;
        }

        /** Sets the general retest wait in days. */
        public Builder retestWaitDays(int days) {
            this.retestWaitDays = days;
            return this;
        }

        /** Sets the CCA and CCS retest wait in days for attempts from {@code codingRetestFrom}. */
        public Builder codingRetestWaitDays(int days) {
            this.codingRetestWaitDays = days;
            return this;
        }

        /** Sets when the CCA and CCS retest wait took effect. */
        public Builder codingRetestFrom(LocalDate date) {
            this.codingRetestFrom = date;
            return this;
        }

        /** Sets whether a program counts as completed from its expectedOn date. */
        public Builder expectedCompletionCounts(boolean value) {
            this.expectedCompletionCounts = value;
            return this;
        }

        /** The options. */
        public AdvisorOptions build() {
            return new AdvisorOptions(ccsRegimeSwitch, reciprocity, inactiveCredentialsCount, postBaccEarlyTesting,
                    rhiaProvisoEnd, retestWaitDays, codingRetestWaitDays, codingRetestFrom, expectedCompletionCounts);
        }
    }
}
