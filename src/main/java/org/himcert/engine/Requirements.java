package org.himcert.engine;

import java.util.List;
import java.util.Set;

/**
 * The requirement ids of the project's domain reference ({@code shared/domain/ahima-eligibility.md}) for the six
 * credentials, with the retest wait (G-3), the CCA ids the project named, and maintenance (M-1 to M-14). Every id that needs a rule must have
 * one in a loaded set of rules; RHIT-X and RHIA-X say that no other pathway exists, so they need none.
 */
public final class Requirements {

    /** Every id of the domain reference, in its order. */
    static final List<String> DOMAIN = List.of("G-3",
            "RHIT-1", "RHIT-2", "RHIT-3", "RHIT-4", "RHIT-X",
            "RHIA-1", "RHIA-2", "RHIA-3", "RHIA-4", "RHIA-5", "RHIA-6", "RHIA-X",
            "CCA-REQ", "CCA-REC-a", "CCA-REC-b",
            "CCS-O1", "CCS-O2", "CCS-O3", "CCS-O4", "CCS-O5",
            "CCS-N-REQ", "CCS-N-REC-a", "CCS-N-REC-b", "CCS-N-REC-c", "CCS-N-REC-d", "CCS-N-REC-e",
            "CCSP-N-REQ", "CCSP-N-REC-a", "CCSP-N-REC-b", "CCSP-N-REC-c", "CCSP-N-REC-d", "CCSP-OLD",
            "CHPS-1", "CHPS-2", "CHPS-3", "CHPS-4", "CHPS-5", "CHPS-6",
            "M-1", "M-1-old", "M-2", "M-3", "M-4", "M-5", "M-6", "M-7", "M-8", "M-9", "M-10", "M-11", "M-12", "M-13",
            "M-14");

    /**
     * The ids that need no rule: no other pathway exists (RHIT-X, RHIA-X); M-13 is how M-10's rule applies its
     * share (by the cycle's first day, rounded up); M-14 is the fees as dated data (M-7's and M-8's parameters).
     */
    static final Set<String> WITHOUT_RULE = Set.of("RHIT-X", "RHIA-X", "M-13", "M-14");

    /**
     * A requirement id's place in the domain reference, for putting ids in its order.
     *
     * @param id a requirement id, e.g. {@code M-1-old}
     * @return its index in the reference, or {@link Integer#MAX_VALUE} for an id it does not list
     */
    public static int rank(String id) {
        int i = DOMAIN.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private Requirements() {
    }
}
