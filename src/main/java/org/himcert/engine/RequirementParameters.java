package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;

/**
 * Every number, date and list the rules use, with its source: thresholds, coursework lists, regime windows,
 * reciprocity associations and retest waits. Handed to the rules as facts, so a threshold exists once and the
 * explanation reports the number the rule compared with. The configurable ones come from the advisor's
 * options; the others are the domain reference's figures.
 *
 * @param ccsRegimeSwitch        first day of the current CCS and CCS-P regime (C-2; assumed 2020-07-01)
 * @param reciprocity            foreign associations and the levels they qualify (RHIT-2, RHIA-4; C-11)
 * @param inactiveCredentialsCount whether INACTIVE credentials count for pathways (C-12; default false)
 * @param postBaccEarlyTesting   whether post-baccalaureate certificate students may test early for RHIA (RHIA-5)
 * @param rhiaProvisoEnd         first day the RHIA proviso (RHIA-6) is no longer reviewed
 * @param retestWaitDays         the retest wait for every exam but the newer CCA/CCS one (G-3, C-5)
 * @param codingRetestWaitDays   the CCA and CCS retest wait for attempts on or after {@code codingRetestFrom}
 * @param codingRetestFrom       when the shorter CCA and CCS wait took effect (G-3: 2023-09-11)
 * @param expectedCompletionCounts whether change dates include programs' expectedOn (eligibleOn assumes they complete)
 */
public record RequirementParameters(LocalDate ccsRegimeSwitch, List<Reciprocity> reciprocity,
                                    boolean inactiveCredentialsCount, boolean postBaccEarlyTesting,
                                    LocalDate rhiaProvisoEnd, int retestWaitDays, int codingRetestWaitDays,
                                    LocalDate codingRetestFrom, boolean expectedCompletionCounts) {

    static final String S1 = "[S1] AHIMA CCS page, old regime (before the CCS regime switch)";
    static final String S2 = "[S2] AHIMA CCS page, current regime";
    static final String S5 = "[S5] AHIMA CHPS page (about 2021)";
    static final String S8 = "[S8] AHIMA RHIA page mirror (about 2017-2019)";
    static final String S17 = "[S17] AHIMA certification FAQ mirror (after Sept 2023)";
    static final String S23_CCA = "[S23] third-party CCA guide quoting AHIMA (grade C: no AHIMA CCA page read)";
    static final String S26 = "[S26] third-party 2025 summary of AHIMA's CCS-P page (grade C: no AHIMA page read)";

    /** The RHIA proviso (RHIA-6) is reviewed from 2017, when the Commission approved it ([S8]). */
    public static final LocalDate RHIA_PROVISO_FROM = LocalDate.of(2017, 1, 1);

    public RequirementParameters {
        Objects.requireNonNull(ccsRegimeSwitch, "ccsRegimeSwitch");
        reciprocity = List.copyOf(reciprocity);
        Objects.requireNonNull(rhiaProvisoEnd, "rhiaProvisoEnd");
        Objects.requireNonNull(codingRetestFrom, "codingRetestFrom");
        if (retestWaitDays < 0 || codingRetestWaitDays < 0) {
            throw new IllegalArgumentException("retest waits must be >= 0 days");
        }
    }

    /**
     * The parameters' ids and names (thresholds, course sets, regimes), which do not depend on the configurable
     * values: what rule files are checked against when they load.
     */
    static ParameterIndex index() {
        return new ParameterIndex(new RequirementParameters(LocalDate.of(2020, 7, 1), List.of(), false, false,
                LocalDate.of(2021, 1, 1), 90, 30, LocalDate.of(2023, 9, 11), true).facts());
    }

    /** The facts the rules read, built once per advisor. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        threshold(facts, "CCS-O3", 24, S1);
        threshold(facts, "CCS-O4", 12, S1);
        threshold(facts, "CCS-O5", 12, S1);
        threshold(facts, "CCS-N-REC-a", 12, S2);
        threshold(facts, "CCS-N-REC-b", 24, S2);
        threshold(facts, "CCS-N-REC-c", 12, S2);
        threshold(facts, "CCS-N-REC-d", 12, S2);
        threshold(facts, "CCSP-N-REC-a", 12, S26);
        threshold(facts, "CCSP-N-REC-b", 24, S26);
        threshold(facts, "CCSP-N-REC-c", 12, S26);
        threshold(facts, "CHPS-1", 72, S5);
        threshold(facts, "CHPS-2", 48, S5);
        threshold(facts, "CHPS-3", 48, S5);
        threshold(facts, "CHPS-4", 24, S5);
        threshold(facts, "CHPS-5", 24, S5);
        threshold(facts, "CHPS-6", 12, S5);
        threshold(facts, "CCA-REC-a", 6, S23_CCA);

        EnumSet<CourseArea> allSeven = EnumSet.allOf(CourseArea.class);
        facts.add(new CourseSet("CCS-O2", allSeven, S1));
        facts.add(new CourseSet("CCS-N-REC-a", allSeven, S2));
        facts.add(new CourseSet("CCSP-N-REC-a", allSeven, S26));
        facts.add(new CourseSet("CCA-REC-b", EnumSet.of(CourseArea.ANATOMY_PHYSIOLOGY, CourseArea.MEDICAL_TERMINOLOGY,
                CourseArea.ICD_DIAGNOSTIC_PROCEDURAL_CODING, CourseArea.CPT_CODING), S23_CCA));

        String assumed = "assumption (C-2): the CCS and CCS-P regimes switch when the new exams launched, "
                + "2020-07-01 ([S3]); configurable";
        facts.add(new Window("CCS-O", LocalDate.MIN, ccsRegimeSwitch, assumed));
        facts.add(new Window("CCS-N", ccsRegimeSwitch, LocalDate.MAX, assumed));
        facts.add(new Window("CCSP-OLD", LocalDate.MIN, ccsRegimeSwitch, assumed));
        facts.add(new Window("CCSP-N", ccsRegimeSwitch, LocalDate.MAX, assumed));
        facts.add(new Window("RHIA-6", RHIA_PROVISO_FROM, rhiaProvisoEnd,
                "[S8] from 2017; end assumed (C-4): absent from the about-2021 list [S7]; configurable"));

        facts.addAll(reciprocity);
        if (postBaccEarlyTesting) {
            facts.add(new Option(Option.POST_BACC_EARLY_TESTING));
        }
        for (CredentialCode c : CredentialCode.ASSESSED) {
            if (c == CredentialCode.CCA || c == CredentialCode.CCS) {
                facts.add(new RetestWait(c, retestWaitDays, LocalDate.MIN, codingRetestFrom,
                        S17 + ": 90 days as of 13 July 2020, inferred for earlier attempts"));
                facts.add(new RetestWait(c, codingRetestWaitDays, codingRetestFrom, LocalDate.MAX,
                        S17 + ": 30 days for CCA and CCS from 11 Sept 2023"));
            } else {
                facts.add(new RetestWait(c, retestWaitDays, LocalDate.MIN, LocalDate.MAX,
                        S17 + ": 90 days as of 13 July 2020"));
            }
        }
        return facts;
    }

    private static void threshold(List<Object> facts, String requirement, int months, String source) {
        facts.add(new Threshold(requirement, months, "months", source));
    }
}
