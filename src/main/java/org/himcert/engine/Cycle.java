package org.himcert.engine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.himcert.model.CredentialCode;

/**
 * A recertification cycle of a candidate: the one running on the as-of date, or the one before it (which decides
 * whether the credentials lapsed). Inserted by rule M-1; the other maintenance rules record on it the numbers in
 * force for it, and the facade combines them ({@code MaintenanceFindings}). Not thread-safe: it belongs to one session.
 */
public final class Cycle {

    private final int scenario;
    private final int number;
    private final LocalDate start;
    private final LocalDate end;
    private final boolean running;

    int graceMonths;
    final Map<CredentialCode, Integer> perCredential = new EnumMap<>(CredentialCode.class);
    Integer eachMore;
    Integer cap;
    int hiimPercent;
    int ahimaPercent;
    int selfReviewCeus;
    Integer revokeAfterDays;
    Integer extensionFee;
    Integer firstFee;
    Integer eachMoreFee;
    boolean verified = true;
    /** M-15: credentials passed during the cycle, with the day, and whether they count in full for it. */
    final Map<CredentialCode, LocalDate> passedDuring = new EnumMap<>(CredentialCode.class);
    boolean passedDuringCount = true;

    Cycle(int scenario, int number, LocalDate start, LocalDate end, boolean running) {
        this.scenario = scenario;
        this.number = number;
        this.start = start;
        this.end = end;
        this.running = running;
    }

    /** The scenario the fact belongs to; the rules join on it. */
    public int getScenario() {
        return scenario;
    }

    /** Which cycle: 0 is the first, from the day the first exam was passed. */
    public int getNumber() {
        return number;
    }

    /** Its first day. */
    public LocalDate getStart() {
        return start;
    }

    /** Its last day. */
    public LocalDate getEnd() {
        return end;
    }

    /** Whether it is the cycle running on the as-of date (else the one before it). */
    public boolean isRunning() {
        return running;
    }

    /** Months of grace after its last day (M-1-old; none from 2021). */
    public int graceMonths() {
        return graceMonths;
    }

    /** The CEUs each credential asks for alone (M-3), by credential. */
    public Map<CredentialCode, Integer> perCredential() {
        return perCredential;
    }

    /** CEUs added per credential beyond the first (M-4), or null when only one is held. */
    public Integer eachMore() {
        return eachMore;
    }

    /** The most CEUs a cycle asks for (M-4), or null when only one credential is held. */
    public Integer cap() {
        return cap;
    }

    /** Percent of the CEUs that must fall within the HIIM domains (M-2). */
    public int hiimPercent() {
        return hiimPercent;
    }

    /** Percent of the CEUs that must come from AHIMA, HCPro or a state association (M-10; 0 before it). */
    public int ahimaPercent() {
        return ahimaPercent;
    }

    /** CEUs of a coding credential's requirement that were coding self-reviews (M-5; 0 from 2021). */
    public int selfReviewCeus() {
        return selfReviewCeus;
    }

    /** Days inactive before revocation (M-8), or null when M-8 did not fire. */
    public Integer revokeAfterDays() {
        return revokeAfterDays;
    }

    /** The extension fee per credential, US dollars (M-8), or null. */
    public Integer extensionFee() {
        return extensionFee;
    }

    /** The recertification fee for the first credential, US dollars (M-7), or null. */
    public Integer firstFee() {
        return firstFee;
    }

    /** The recertification fee for each additional credential, US dollars (M-7), or null. */
    public Integer eachMoreFee() {
        return eachMoreFee;
    }

    /** Whether the sources give this cycle's numbers (M-9): false for cycles beginning 2024-01-01 or later. */
    public Map<CredentialCode, LocalDate> passedDuring() {
        return passedDuring;
    }

    /** Whether credentials passed during the cycle count in full toward its CEUs (M-15), else from the next. */
    public boolean passedDuringCount() {
        return passedDuringCount;
    }

    public boolean verified() {
        return verified;
    }

    /** Names the fact without its values. */
    @Override
    public String toString() {
        return "Cycle[scenario " + scenario + "]";
    }
}
