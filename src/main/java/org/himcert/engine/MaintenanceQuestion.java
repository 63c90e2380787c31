package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himcert.model.Candidate;
import org.himcert.model.CeuRecord;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.HeldCredential;

/**
 * The question "what does it take to keep these credentials?" for one scenario: the AHIMA credentials held on the
 * as-of date ({@link MaintainedCredential}), the day the first of them was passed (the cycle's anchor, M-1, M-11), the CEU records,
 * and what the maintenance rules found (cycles, findings). Only the candidate's own scenario asks it; ladder
 * variants and later days do not. Not thread-safe: it belongs to one session.
 */
public final class MaintenanceQuestion {

    private final int scenario;
    private final LocalDate asOf;
    private final List<MaintainedCredential> kept;
    private final LocalDate firstEarned;
    private final List<String> missing;
    private final Optional<List<CeuRecord>> ceus;
    private final List<Cycle> cycles = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<CredentialCode, CredentialCode> replaced = new EnumMap<>(CredentialCode.class);

    private MaintenanceQuestion(int scenario, LocalDate asOf, List<MaintainedCredential> kept, Optional<List<CeuRecord>> ceus) {
        this.scenario = scenario;
        this.asOf = asOf;
        this.kept = List.copyOf(kept);
        this.ceus = ceus;
        List<String> unknown = new ArrayList<>();
        LocalDate first = null;
        for (MaintainedCredential k : kept) {
            if (k.earnedOn() == null) {
                unknown.add("credentials[" + k.index() + "].earnedOn");
            } else if (first == null || k.earnedOn().isBefore(first)) {
                first = k.earnedOn();
            }
        }
        this.missing = List.copyOf(unknown);
        this.firstEarned = unknown.isEmpty() ? first : null;
    }

    /**
     * The maintenance question of a candidate on a date, or null when the candidate holds no AHIMA credential
     * ACTIVE or INACTIVE on it (OTHER_CODING is not AHIMA's; a credential earned after the date is not held yet).
     */
    static MaintenanceQuestion of(Candidate candidate, LocalDate asOf, int scenario) {
        List<MaintainedCredential> kept = new ArrayList<>();
        List<HeldCredential> held = candidate.credentials();
        for (int i = 0; i < held.size(); i++) {
            HeldCredential h = held.get(i);
            if (h.code() == CredentialCode.OTHER_CODING || h.status() == CredentialStatus.REVOKED
                    || h.earnedOn() != null && h.earnedOn().isAfter(asOf)) {
                continue;
            }
            kept.add(new MaintainedCredential(scenario, i, h.code(), h.status(), h.earnedOn()));
        }
        return kept.isEmpty() ? null : new MaintenanceQuestion(scenario, asOf, kept, candidate.ceus());
    }

    /** The facts this question hands to the rules. */
    List<Object> facts() {
        List<Object> facts = new ArrayList<>(kept.size() + 1);
        facts.add(this);
        facts.addAll(kept);
        return facts;
    }

    /** The scenario the fact belongs to; the rules join on it. */
    public int getScenario() {
        return scenario;
    }

    /** The as-of date. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The day the first held credential's exam was passed, or null when a held credential's earnedOn is unknown. */
    public LocalDate getFirstEarned() {
        return firstEarned;
    }

    /** The held AHIMA credentials, in input order. */
    public List<MaintainedCredential> kept() {
        return kept;
    }

    /** The inputs that would decide the cycle ({@code credentials[i].earnedOn}), when not given. */
    public List<String> missing() {
        return missing;
    }

    /** The CEU records, or empty when not given (unknown). */
    public Optional<List<CeuRecord>> ceus() {
        return ceus;
    }

    /** The cycles rule M-1 found: the running one, then the one before it when there is one. */
    public List<Cycle> cycles() {
        return cycles;
    }

    /** What the maintenance rules found, in firing order. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The credentials another one replaces (M-6: the RHIT once the RHIA is held), each with the one replacing it:
     * listed, not counted, in a cycle by whose last day the replacing one was held.
     */
    public Map<CredentialCode, CredentialCode> replaced() {
        return replaced;
    }

    void add(Cycle cycle) {
        cycles.add(cycle);
        cycles.sort((a, b) -> Boolean.compare(b.isRunning(), a.isRunning()));
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    /** Names the fact without its values. */
    @Override
    public String toString() {
        return "MaintenanceQuestion[scenario " + scenario + "]";
    }
}
