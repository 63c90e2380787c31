package org.himcert;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * The decision for one credential, with what explains it.
 *
 * @param credential      the credential
 * @param status          the answer
 * @param earlyTesting    true when eligible only as a student under early testing (RHIT-3, RHIA-5)
 * @param pathway         the requirement id of the deciding pathway (ELIGIBLE) or of the unclear one
 *                        (NEEDS_REVIEW); null otherwise
 * @param reasons         the requirements met by the deciding pathway
 * @param unmet           for NOT_ELIGIBLE, every pathway's unmet conditions, the closest pathway first
 * @param missing         for NEEDS_INFO, the input fields that would decide it
 * @param recommendations recommended (not required) preparation not met, the closest first
 * @param eligibleOn      for NOT_ELIGIBLE, the earliest date the candidate becomes eligible if nothing else
 *                        changes (experience goes on, waits end, programs complete when expected), or null when
 *                        no such date follows from the input
 */
public record Decision(CredentialCode credential, Status status, boolean earlyTesting, String pathway,
                       List<Reason> reasons, List<Gap> unmet, List<String> missing, List<Gap> recommendations,
                       LocalDate eligibleOn) {
    /**
     * Validates and copies the decision.
     *
     * @param credential      the credential; required
     * @param status          the answer; required
     * @param earlyTesting    true when eligible only as a student under early testing
     * @param pathway         the requirement id of the deciding or unclear pathway, or null
     * @param reasons         the requirements met by the deciding pathway
     * @param unmet           for NOT_ELIGIBLE, every pathway's unmet conditions, the closest pathway first
     * @param missing         for NEEDS_INFO, the input fields that would decide it
     * @param recommendations recommended (not required) preparation not met, the closest first
     * @param eligibleOn      for NOT_ELIGIBLE, the earliest date the candidate becomes eligible, or null
     * @throws NullPointerException if credential, status or a list is null
     */
    public Decision {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        unmet = List.copyOf(unmet);
        missing = List.copyOf(missing);
        recommendations = List.copyOf(recommendations);
    }

    /**
     * This decision with the given eligibleOn date.
     *
     * @param date the first day the credential can be sat for, or null
     * @return a copy with that date
     */
    public Decision withEligibleOn(LocalDate date) {
        return new Decision(credential, status, earlyTesting, pathway, reasons, unmet, missing, recommendations, date);
    }
}
