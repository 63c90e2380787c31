package org.himcert;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.himcert.assess.Assessor;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Dates;

/**
 * Tells which AHIMA credentials (RHIT, RHIA, CCA, CCS, CCS-P, CHPS) a candidate can sit for on a date, and why.
 *
 * <p>An advisor compiles its rules once, when it is created, and is then immutable and thread-safe: share one
 * instance across threads and requests. Each {@link #assess} opens its own rule session.
 *
 * <pre>{@code
 * EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
 * Candidate maria = Candidate.builder("maria")
 *         .education(Education.cahiimHim(EducationLevel.ASSOCIATE))
 *         .noExperience()
 *         .build();
 * Assessment a = advisor.assess(maria, LocalDate.of(2026, 11, 25));
 * a.decision(CredentialCode.RHIT).status();   // ELIGIBLE, pathway RHIT-1
 * }</pre>
 *
 * <p>This is not an official AHIMA tool: the rules encode public AHIMA material with its sources and dates.
 */
public final class EligibilityAdvisor {

    private final Assessor assessor;

    private EligibilityAdvisor(Assessor assessor) {
        this.assessor = assessor;
    }

    /**
     * An advisor on the rules shipped in the jar, with the default options; built once and shared.
     *
     * @return the advisor
     */
    public static EligibilityAdvisor withBundledRules() {
        return Bundled.DEFAULT;
    }

    /**
     * An advisor on the rules shipped in the jar, with the given options. The bundled rules are compiled once
     * per JVM and shared by every such advisor.
     *
     * @param options the options; required
     * @return the advisor
     * @throws IllegalStateException if the bundled rules do not compile (a broken build)
     */
    public static EligibilityAdvisor withBundledRules(AdvisorOptions options) {
        return new EligibilityAdvisor(Assessor.bundled(Objects.requireNonNull(options, "options")));
    }

    /**
     * An advisor on every {@code *.drl} file of a directory (for example an amended copy of {@code rules/}),
     * with the default options.
     *
     * @param directory the directory holding the rule files
     * @return the advisor
     * @throws RulesException if the directory holds no rule file, a file cannot be read, or one does not
     *                        compile; the message names the file and line
     */
    public static EligibilityAdvisor fromRulesDirectory(Path directory) throws RulesException {
        return fromRulesDirectory(directory, AdvisorOptions.defaults());
    }

    /**
     * An advisor on every {@code *.drl} file of a directory, with the given options.
     *
     * @param directory the directory holding the rule files
     * @param options   the options; required
     * @return the advisor
     * @throws RulesException if the directory holds no rule file, a file cannot be read, or one does not
     *                        compile; the message names the file and line
     */
    public static EligibilityAdvisor fromRulesDirectory(Path directory, AdvisorOptions options)
            throws RulesException {
        return new EligibilityAdvisor(Assessor.fromRulesDirectory(directory, Objects.requireNonNull(options, "options")));
    }

    /**
     * Assesses the candidate for every credential on the given date.
     *
     * @param candidate the candidate
     * @param asOf      the date the rules are applied on (rules never read the clock)
     * @return one decision per credential, in the order of {@code CredentialCode.ASSESSED}, and next steps
     */
    public Assessment assess(Candidate candidate, LocalDate asOf) {
        return assess(candidate, asOf, Detail.FULL);
    }

    /**
     * Assesses the candidate for every credential on the given date, working out as much as asked.
     *
     * @param candidate the candidate
     * @param asOf      the date the rules are applied on
     * @param detail    {@link Detail#FULL}, or {@link Detail#BRIEF} for the answers only (faster)
     * @return one decision per credential, in the order of {@code CredentialCode.ASSESSED}
     */
    public Assessment assess(Candidate candidate, LocalDate asOf, Detail detail) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(asOf, "asOf");
        return assessAll(List.of(candidate), List.of(asOf), detail).get(0);
    }

    /**
     * Assesses several candidates, each on its own date, asking the rules about all of them (and about the
     * hypothetical candidates and later days their advice needs) together: the same answers as one
     * {@link #assess} each, in less time. Batches of a few dozen candidates are fastest.
     *
     * @param candidates the candidates
     * @param asOf       the date for each candidate, in the same order
     * @param detail     how much to work out
     * @return one assessment per candidate, in order
     * @throws IllegalArgumentException if the lists differ in length
     */
    public List<Assessment> assessAll(List<Candidate> candidates, List<LocalDate> asOf, Detail detail) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(detail, "detail");
        if (candidates.size() != asOf.size()) {
            throw new IllegalArgumentException("one date per candidate: " + candidates.size() + " candidates, "
                    + asOf.size() + " dates");
        }
        for (int i = 0; i < candidates.size(); i++) {
            Objects.requireNonNull(candidates.get(i), "candidates[" + i + "]");
            Dates.check("asOf[" + i + "]", Objects.requireNonNull(asOf.get(i), "asOf[" + i + "]"));
        }
        boolean full = detail == Detail.FULL;
        return assessor.assessAll(candidates, asOf, full, full);
    }

    /**
     * What amended rules change: each candidate assessed (full detail) under these rules and under the amended ones,
     * on its own date. An office reads whom an amendment reaches before it serves it ({@code himcert compare}).
     *
     * @param amended    the advisor on the amended rules (e.g. {@link #fromRulesDirectory})
     * @param candidates the candidates
     * @param asOf       the date for each candidate, in the same order
     * @return one change per candidate, in order ({@link Change#changed()} false when nothing differs)
     * @throws IllegalArgumentException if the lists differ in length
     */
    public List<Change> compareAll(EligibilityAdvisor amended, List<Candidate> candidates, List<LocalDate> asOf) {
        List<Assessment> before = assessAll(candidates, asOf, Detail.FULL);
        List<Assessment> after = amended.assessAll(candidates, asOf, Detail.FULL);
        List<Change> changes = new java.util.ArrayList<>(before.size());
        for (int i = 0; i < before.size(); i++) {
            changes.add(new Change(before.get(i).candidateId(), before.get(i), after.get(i)));
        }
        return changes;
    }

    /**
     * Plans the route from where the candidate stands on the date to the target credential: the ordered steps,
     * each with what it needs and the earliest date it can be done where that can be known, and other routes
     * when several pathways exist.
     *
     * @param candidate the candidate
     * @param target    the credential to reach; one of {@code CredentialCode.ASSESSED}
     * @param asOf      the date the plan starts from
     * @return the plan
     * @throws IllegalArgumentException if the target is not an assessed credential
     */
    public Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(asOf, "asOf");
        Dates.check("asOf", asOf);
        if (!CredentialCode.ASSESSED.contains(target)) {
            throw new IllegalArgumentException("target must be one of " + CredentialCode.ASSESSED + ", not " + target);
        }
        return assessor.plan(candidate, target, asOf);
    }

    /**
     * The rules this advisor applies, by name, each with its requirement id, credential and source.
     *
     * @return the rules
     */
    public List<RuleSummary> rules() {
        return assessor.rules();
    }

    /**
     * The options this advisor applies.
     *
     * @return the options
     */
    public AdvisorOptions options() {
        return assessor.options();
    }

    /**
     * Identifies the rule files and options that decide: equal versions give equal answers.
     *
     * @return the rules version
     */
    public String rulesVersion() {
        return assessor.rulesVersion();
    }

    /** Holds the default advisor, built on first use. */
    private static final class Bundled {
        static final EligibilityAdvisor DEFAULT = new EligibilityAdvisor(Assessor.bundled());
    }
}
