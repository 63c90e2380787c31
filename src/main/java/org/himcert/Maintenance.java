package org.himcert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Parameter;

/**
 * What it takes to keep the AHIMA credentials a candidate holds (recertification), on the as-of date: the cycle
 * running on it, the CEUs it asks for and those earned, and when the credentials would go inactive and be revoked.
 * The numbers are null where they cannot be known (an earnedOn not given; CEUs not given).
 *
 * @param status            where the holder stands
 * @param reason            why, in words, for LAPSED, NEEDS_INFO and NEEDS_REVIEW; for COMPLETE and IN_PROGRESS a note when
 *                          the cycle before the running one was not judged (no CEU record reaches into it); else null
 * @param cycleStart        the first day of the cycle running on the as-of date
 * @param cycleEnd          its last day
 * @param ceusRequired      the CEUs the cycle asks for (an estimate under NEEDS_REVIEW)
 * @param ceusEarned        the CEUs earned in the cycle up to the as-of date
 * @param ceusNeeded        {@code max(0, required - earned)}
 * @param hiimDomainNeeded  CEUs still missing of the share within the HIIM domains (M-2)
 * @param ahimaSourceNeeded CEUs still missing of the share from AHIMA, HCPro or a state association (M-10)
 * @param hiimDomainRequired  the CEUs of the cycle that must fall within the HIIM domains (M-2), rounded up
 * @param ahimaSourceRequired the CEUs that must come from AHIMA, HCPro or a state association (M-10), rounded up
 * @param credentials       each held AHIMA credential, in input order
 * @param missing           for NEEDS_INFO, the input fields that would decide it
 * @param source            the sources of the rules that decided, joined with "; "
 * @param requirements      the maintenance requirement ids that decided (M-1 ...), in the domain reference's order
 * @param parameters        the parameter rows those requirements read (the cycle's length, the CEU table's row, the
 *                          80 % and 40 % shares, ...), each once, in the same order
 */
public record Maintenance(MaintenanceStatus status, String reason, LocalDate cycleStart, LocalDate cycleEnd,
                          BigDecimal ceusRequired, BigDecimal ceusEarned, BigDecimal ceusNeeded,
                          BigDecimal hiimDomainNeeded, BigDecimal ahimaSourceNeeded, BigDecimal hiimDomainRequired,
                          BigDecimal ahimaSourceRequired, List<Credential> credentials,
                          List<String> missing, String source, List<String> requirements,
                          List<Parameter> parameters) {
    /**
     * Validates and copies the maintenance answer.
     *
     * @param status              where the holder stands; required
     * @param reason              why, in words, or null
     * @param cycleStart          the first day of the cycle running on the as-of date, or null when it cannot be known
     * @param cycleEnd            its last day, or null when it cannot be known
     * @param ceusRequired        the CEUs the cycle asks for, or null when it cannot be known
     * @param ceusEarned          the CEUs earned in the cycle up to the as-of date, or null when they cannot be known
     * @param ceusNeeded          {@code max(0, required - earned)}, or null when it cannot be known
     * @param hiimDomainNeeded    CEUs still missing of the share within the HIIM domains, or null
     * @param ahimaSourceNeeded   CEUs still missing of the share from AHIMA, HCPro or a state association, or null
     * @param hiimDomainRequired  the CEUs of the cycle that must fall within the HIIM domains, or null
     * @param ahimaSourceRequired the CEUs that must come from AHIMA, HCPro or a state association, or null
     * @param credentials         each held AHIMA credential, in input order
     * @param missing             for NEEDS_INFO, the input fields that would decide it
     * @param source              the sources of the rules that decided; required
     * @param requirements        the maintenance requirement ids that decided
     * @param parameters          the parameter rows they read
     * @throws NullPointerException if status, source or a list is null
     */
    public Maintenance {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        ceusRequired = plain(ceusRequired);
        ceusEarned = plain(ceusEarned);
        ceusNeeded = plain(ceusNeeded);
        hiimDomainNeeded = plain(hiimDomainNeeded);
        ahimaSourceNeeded = plain(ahimaSourceNeeded);
        hiimDomainRequired = plain(hiimDomainRequired);
        ahimaSourceRequired = plain(ahimaSourceRequired);
        credentials = List.copyOf(credentials);
        missing = List.copyOf(missing);
        requirements = List.copyOf(requirements);
        parameters = List.copyOf(parameters);
    }

    /**
     * The same answer without its parameter rows, as a brief assessment ({@link Detail#BRIEF}) carries it.
     *
     * @return the answer with an empty {@code parameters}
     */
    public Maintenance withoutParameters() {
        return parameters.isEmpty() ? this : new Maintenance(status, reason, cycleStart, cycleEnd, ceusRequired,
                ceusEarned, ceusNeeded, hiimDomainNeeded, ahimaSourceNeeded, hiimDomainRequired, ahimaSourceRequired,
                credentials, missing, source, requirements, List.of());
    }

    /** A number without trailing zeros ({@code 1.0} is {@code 1}), so that equal amounts are equal records. */
    private static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * A held AHIMA credential as maintenance sees it.
     *
     * @param code       the credential
     * @param status     its standing on the as-of date: as given, or INACTIVE or REVOKED when a cycle ended short
     * @param inactiveOn the day it goes (or went) inactive if the cycle's requirements are not met, or null when they
     *                   are met or it cannot be known
     * @param revokedOn  the day it is (or was) revoked after that, or null likewise
     * @param counted    whether it counts toward the CEUs required (false for the RHIT once the RHIA is held, M-6)
     */
    public record Credential(CredentialCode code, CredentialStatus status, LocalDate inactiveOn, LocalDate revokedOn,
                                 boolean counted) {
        /**
         * Validates the credential.
         *
         * @param code       the credential; required
         * @param status     its standing on the as-of date; required
         * @param inactiveOn the day it goes (or went) inactive, or null
         * @param revokedOn  the day it is (or was) revoked, or null
         * @param counted    whether it counts toward the CEUs required
         * @throws NullPointerException if code or status is null
         */
        public Credential {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(status, "status");
        }
    }
}
