package org.himcert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The choices the sources leave open. The values of the configurable requirement parameters (the CCS regime
 * switch, reciprocity, the RHIA proviso's end, the retest waits) live in the rules' parameters file
 * ({@code rules/parameters.yaml}, dated and with their sources); an option here <em>overrides</em> one of them, and
 * null means "as the parameters file says". {@link #defaults()} overrides nothing; change one with
 * {@link #toBuilder()}.
 *
 * @param ccsRegimeSwitch             first day of the current CCS and CCS-P regime (C-2), or null: the file's
 *                                    (2020-07-01 in the bundled rules)
 * @param reciprocity                 the foreign associations whose HIM programs qualify (RHIT-2, RHIA-4, C-11),
 *                                    replacing the file's list, or null: the file's (CHIMA, KMRA, HIMAA: any level
 *                                    from associate up for RHIT, bachelor's for RHIA)
 * @param inactiveCredentialsCount    whether INACTIVE credentials count for pathways (C-12); default false
 * @param postBaccEarlyTesting        whether post-baccalaureate certificate students may test early for the RHIA
 *                                    (RHIA-5); default false, which answers NEEDS_REVIEW
 * @param rhiaProvisoEnd              first day the RHIA proviso (RHIA-6, from 2017) is no longer reviewed (C-4), or
 *                                    null: the file's (2021-01-01)
 * @param retestWaitDays              retest wait in days for RHIT, RHIA, CCS-P and CHPS, and for CCA and CCS
 *                                    attempts before {@code codingRetestFrom} (G-3, C-5), or null: the file's (90)
 * @param codingRetestWaitDays        retest wait for CCA and CCS attempts from {@code codingRetestFrom}, or null:
 *                                    the file's (30)
 * @param codingRetestFrom            when the shorter CCA and CCS wait took effect, or null: the file's
 *                                    (2023-09-11)
 * @param expectedCompletionCounts    whether eligibleOn, next steps and plans assume a program completes on its
 *                                    {@code expectedOn} (see {@code Candidate.asExpectedOn}); default true. The
 *                                    assessment on the as-of date always takes the program's status at its word.
 * @param ahimaShareFrom              the first cycle day from which 40 % of the CEUs must come from AHIMA, HCPro or
 *                                    a state association (M-10, M-13), or null: the parameters file's (2025-01-01)
 * @param ahimaShareByCycleEnd        whether that share applies by the cycle's last day instead of its first
 *                                    (M-13 leaves it open); default false: cycles beginning on or after the date
 * @param enrolmentImpliesDiploma     whether an education entry at associate level or above, whatever its status,
 *                                    implies a high-school diploma or equivalent (C-17, the career guide: a diploma
 *                                    or GED is needed to enrol); default true; false: only a completed one does
 */
public record AdvisorOptions(LocalDate ccsRegimeSwitch, List<ReciprocityAgreement> reciprocity,
                             boolean inactiveCredentialsCount, boolean postBaccEarlyTesting,
                             LocalDate rhiaProvisoEnd, Integer retestWaitDays, Integer codingRetestWaitDays,
                             LocalDate codingRetestFrom, boolean expectedCompletionCounts,
                             LocalDate ahimaShareFrom, boolean ahimaShareByCycleEnd,
                             boolean enrolmentImpliesDiploma) {

    /**
     * Validates and copies the options.
     *
     * @param ccsRegimeSwitch          first day of the current CCS and CCS-P regime, or null: the file's
     * @param reciprocity              the foreign associations whose HIM programs qualify, or null: the file's
     * @param inactiveCredentialsCount whether INACTIVE credentials count for pathways
     * @param postBaccEarlyTesting     whether post-baccalaureate certificate students may test early for the RHIA
     * @param rhiaProvisoEnd           first day the RHIA proviso is no longer reviewed, or null: the file's
     * @param retestWaitDays           the general retest wait in days, at least 0, or null: the file's
     * @param codingRetestWaitDays     retest wait in days for CCA and CCS attempts from {@code codingRetestFrom}, at
     *                                 least 0, or null: the file's
     * @param codingRetestFrom         when the shorter CCA and CCS wait took effect, or null: the file's
     * @param expectedCompletionCounts whether eligibleOn, next steps and plans assume a program completes on its
     *                                 {@code expectedOn}
     * @param ahimaShareFrom           the first cycle day from which 40 % of the CEUs must come from AHIMA, HCPro or
     *                                 a state association, or null: the file's
     * @param ahimaShareByCycleEnd     whether that share applies by the cycle's last day instead of its first
     * @param enrolmentImpliesDiploma  whether an entry at associate level or above, whatever its status, implies a
     *                                 high-school diploma or equivalent
     * @throws IllegalArgumentException if a wait is negative
     */
    public AdvisorOptions {
        reciprocity = reciprocity == null ? null : List.copyOf(reciprocity);
        if (retestWaitDays != null && retestWaitDays < 0 || codingRetestWaitDays != null && codingRetestWaitDays < 0) {
            throw new IllegalArgumentException("retest waits must be >= 0 days");
        }
    }

    /**
     * The defaults: no parameter overridden, INACTIVE credentials do not count, post-baccalaureate students get
     * NEEDS_REVIEW for early testing, expected completion counts for eligibleOn, next steps and plans.
     *
     * @return the defaults
     */
    public static AdvisorOptions defaults() {
        return new Builder().build();
    }

    /**
     * Whether any requirement parameter is overridden or any choice differs from the defaults.
     *
     * @return true when these are not the defaults
     */
    public boolean overridesAnything() {
        return !equals(defaults());
    }

    /**
     * A builder starting from these options.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ccsRegimeSwitch = ccsRegimeSwitch;
        b.reciprocity = reciprocity;
        b.inactiveCredentialsCount = inactiveCredentialsCount;
        b.postBaccEarlyTesting = postBaccEarlyTesting;
        b.rhiaProvisoEnd = rhiaProvisoEnd;
        b.retestWaitDays = retestWaitDays;
        b.codingRetestWaitDays = codingRetestWaitDays;
        b.codingRetestFrom = codingRetestFrom;
        b.expectedCompletionCounts = expectedCompletionCounts;
        b.ahimaShareFrom = ahimaShareFrom;
        b.ahimaShareByCycleEnd = ahimaShareByCycleEnd;
        b.enrolmentImpliesDiploma = enrolmentImpliesDiploma;
        return b;
    }

    /** Builds {@link AdvisorOptions}; a new builder overrides nothing. */
    public static final class Builder {
        private LocalDate ccsRegimeSwitch;
        private List<ReciprocityAgreement> reciprocity;
        private boolean inactiveCredentialsCount;
        private boolean postBaccEarlyTesting;
        private LocalDate rhiaProvisoEnd;
        private Integer retestWaitDays;
        private Integer codingRetestWaitDays;
        private LocalDate codingRetestFrom;
        private boolean expectedCompletionCounts = true;
        private boolean enrolmentImpliesDiploma = true;
        private LocalDate ahimaShareFrom;
        private boolean ahimaShareByCycleEnd;

        private Builder() {
        }

        /**
         * Overrides the first day of the current CCS and CCS-P regime.
         *
         * @param date the day, or null for the parameters file's
         * @return this builder
         */
        public Builder ccsRegimeSwitch(LocalDate date) {
            this.ccsRegimeSwitch = date;
            return this;
        }

        /**
         * Replaces the parameters file's reciprocity agreements.
         *
         * @param agreements the agreements (empty: no reciprocity at all), or null for the file's
         * @return this builder
         */
        public Builder reciprocity(List<ReciprocityAgreement> agreements) {
            this.reciprocity = agreements == null ? null : new ArrayList<>(agreements);
            return this;
        }

        /**
         * Sets whether INACTIVE credentials count for pathways.
         *
         * @param value true when they count
         * @return this builder
         */
        public Builder inactiveCredentialsCount(boolean value) {
            this.inactiveCredentialsCount = value;
            return this;
        }

        /**
         * Sets whether post-baccalaureate certificate students may test early for the RHIA.
         *
         * @param value true when they may
         * @return this builder
         */
        public Builder postBaccEarlyTesting(boolean value) {
            this.postBaccEarlyTesting = value;
            return this;
        }

        /**
         * Overrides the first day the RHIA proviso is no longer reviewed.
         *
         * @param date the day, or null for the parameters file's
         * @return this builder
         */
        public Builder rhiaProvisoEnd(LocalDate date) {
            this.rhiaProvisoEnd = date;
            return this;
        }

        /**
         * Overrides the general retest wait.
         *
         * @param days the days, or null for the parameters file's
         * @return this builder
         */
        public Builder retestWaitDays(Integer days) {
            this.retestWaitDays = days;
            return this;
        }

        /**
         * Overrides the CCA and CCS retest wait for attempts from {@code codingRetestFrom}.
         *
         * @param days the days, or null for the parameters file's
         * @return this builder
         */
        public Builder codingRetestWaitDays(Integer days) {
            this.codingRetestWaitDays = days;
            return this;
        }

        /**
         * Overrides when the CCA and CCS retest wait took effect.
         *
         * @param date the first attempt date it applies to, or null for the parameters file's
         * @return this builder
         */
        public Builder codingRetestFrom(LocalDate date) {
            this.codingRetestFrom = date;
            return this;
        }

        /**
         * Sets whether a program counts as completed from its expectedOn date in eligibleOn, next steps and plans.
         *
         * @param value true when it counts
         * @return this builder
         */
        public Builder expectedCompletionCounts(boolean value) {
            this.expectedCompletionCounts = value;
            return this;
        }

        /**
         * Overrides the first cycle day from which 40 % of the CEUs must come from AHIMA, HCPro or a state
         * association (M-10, M-13).
         *
         * @param date the day, or null for the parameters file's (2025-01-01)
         * @return this builder
         */
        public Builder ahimaShareFrom(LocalDate date) {
            this.ahimaShareFrom = date;
            return this;
        }

        /**
         * Sets whether the AHIMA-source share applies to cycles ending on or after its date rather than beginning
         * on or after it (M-13 leaves it open).
         *
         * @param value true: by the cycle's last day
         * @return this builder
         */
        public Builder ahimaShareByCycleEnd(boolean value) {
            this.ahimaShareByCycleEnd = value;
            return this;
        }

        /**
         * Whether an education entry at associate level or above, whatever its status, implies a high-school diploma
         * or equivalent (C-17; default true). False: only a completed entry does, as before the ruling.
         *
         * @param value false to require the entry completed
         * @return this builder
         */
        public Builder enrolmentImpliesDiploma(boolean value) {
            this.enrolmentImpliesDiploma = value;
            return this;
        }

        /**
         * The options.
         *
         * @return the options
         */
        public AdvisorOptions build() {
            return new AdvisorOptions(ccsRegimeSwitch, reciprocity, inactiveCredentialsCount, postBaccEarlyTesting,
                    rhiaProvisoEnd, retestWaitDays, codingRetestWaitDays, codingRetestFrom, expectedCompletionCounts,
                    ahimaShareFrom, ahimaShareByCycleEnd, enrolmentImpliesDiploma);
        }
    }
}
