package org.himcert;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * What an amendment of the rules changes for one candidate on one date: the answer under the base rules and under
 * the amended ones, compared as {@code assess} writes them (the rules' version aside). See
 * {@link EligibilityAdvisor#compareAll}.
 *
 * @param candidateId the candidate's id
 * @param before      the assessment under the base rules
 * @param after       the assessment under the amended rules
 */
public record Change(String candidateId, Assessment before, Assessment after) {

    /**
     * Checks the two assessments are of the same candidate and date.
     *
     * @param candidateId the candidate's id
     * @param before      the assessment under the base rules
     * @param after       the assessment under the amended rules
     * @throws IllegalArgumentException if they are not of the same candidate and date
     */
    public Change {
        Objects.requireNonNull(candidateId, "candidateId");
        if (!before.candidateId().equals(after.candidateId()) || !before.asOf().equals(after.asOf())) {
            throw new IllegalArgumentException("the two assessments must be of the same candidate and date");
        }
    }

    /**
     * Whether the answer differs at all (decisions with their explanations, next steps, maintenance).
     *
     * @return true when something differs
     */
    public boolean changed() {
        return !before.decisions().equals(after.decisions()) || !before.nextSteps().equals(after.nextSteps())
                || !Objects.equals(before.maintenance(), after.maintenance());
    }

    /**
     * The credentials whose answer changed: status, early testing, deciding pathway or eligibleOn (not only the
     * explanation), in the contract's order.
     *
     * @return the credentials
     */
    public List<CredentialCode> decisionsChanged() {
        List<CredentialCode> changed = new ArrayList<>();
        for (int i = 0; i < before.decisions().size(); i++) {
            Decision a = before.decisions().get(i);
            Decision b = after.decisions().get(i);
            if (a.status() != b.status() || a.earlyTesting() != b.earlyTesting()
                    || !Objects.equals(a.pathway(), b.pathway()) || !Objects.equals(a.eligibleOn(), b.eligibleOn())) {
                changed.add(b.credential());
            }
        }
        return changed;
    }

    /**
     * The credentials whose explanation changed (reasons, unmet conditions, missing inputs, recommendations) while
     * their answer did not.
     *
     * @return the credentials
     */
    public List<CredentialCode> explanationsChanged() {
        List<CredentialCode> changed = new ArrayList<>();
        List<CredentialCode> answers = decisionsChanged();
        for (int i = 0; i < before.decisions().size(); i++) {
            Decision b = after.decisions().get(i);
            if (!before.decisions().get(i).equals(b) && !answers.contains(b.credential())) {
                changed.add(b.credential());
            }
        }
        return changed;
    }

    /**
     * Whether keeping the credentials changed in its status or the CEUs required (or appeared or went).
     *
     * @return true when it did
     */
    public boolean maintenanceChanged() {
        Maintenance a = before.maintenance();
        Maintenance b = after.maintenance();
        return a == null ? b != null : b == null || a.status() != b.status()
                || !Objects.equals(a.ceusRequired(), b.ceusRequired());
    }
}
