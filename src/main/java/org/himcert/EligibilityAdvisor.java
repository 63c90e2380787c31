package org.himcert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.himcert.engine.Engine;
import org.himcert.engine.Reciprocity;
import org.himcert.engine.RequirementParameters;
import org.himcert.engine.RuleBase;
import org.himcert.engine.RuleFile;
import org.himcert.engine.RuleFiles;
import org.himcert.engine.RuleLoadException;
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

    private final Engine engine;
    private final Assessor assessor;
    private final AdvisorOptions options;
    private final String rulesVersion;

    private EligibilityAdvisor(RuleBase rules, AdvisorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.engine = new Engine(rules, parameters(rules, options));
        this.rulesVersion = !options.overridesAnything() ? rules.digest()
                : rules.digest() + "+options." + digest(canonical(engine.parameters()));
        this.assessor = new Assessor(engine, options, rulesVersion);
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
        return new EligibilityAdvisor(Bundled.RULES, options);
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
        try {
            List<RuleFile> files = RuleFiles.fromDirectory(directory);
            return new EligibilityAdvisor(RuleBase.compile(files), options);
        } catch (RuleLoadException e) {
            throw new RulesException(e.file(), e.line(), e.getMessage(), e);
        }
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

    /** What the rules derived, for tests in this package that check conditions directly. */
    Engine.Evaluation evaluate(Candidate candidate, LocalDate asOf) {
        return assessor.ask(List.of(new Engine.Probe(candidate, asOf, true))).get(0);
    }

    /** What the rules derived for some credentials only (null: all), explained or not, for tests in this package. */
    Engine.Evaluation evaluateAsking(Candidate candidate, LocalDate asOf, java.util.Set<CredentialCode> asked,
                                     boolean explained) {
        return assessor.ask(List.of(new Engine.Probe(candidate, asOf, false, asked, explained))).get(0);
    }

    /** Several candidates evaluated in one session, for the tests that compare it with one at a time. */
    List<Engine.Evaluation> evaluateTogether(List<Candidate> candidates, List<LocalDate> dates) {
        List<Engine.Probe> probes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            probes.add(new Engine.Probe(candidates.get(i), dates.get(i), true));
        }
        return assessor.ask(probes);
    }

    /** The requirement parameters handed to the rules, for tests in this package. */
    List<Object> parameters() {
        return engine.parameters().facts();
    }

    /** The compiled rules, for the build test. */
    RuleBase ruleBase() {
        return engine.rules();
    }

    /**
     * The rules this advisor applies, by name, each with its requirement id, credential and source.
     *
     * @return the rules
     */
    public List<RuleSummary> rules() {
        return engine.rules().rules().stream().map(r -> new RuleSummary(r.name(), r.metadata().get("requirement"),
                r.metadata().get("credential"), r.metadata().get("source"), r.metadata().get("sourceDated")))
                .toList();
    }

    /**
     * The options this advisor applies.
     *
     * @return the options
     */
    public AdvisorOptions options() {
        return options;
    }

    /**
     * Identifies the rule files and options that decide: equal versions give equal answers.
     *
     * @return the rules version
     */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The rules' parameters file with the options' overrides applied. */
    private static RequirementParameters parameters(RuleBase rules, AdvisorOptions o) {
        List<Reciprocity> reciprocity = o.reciprocity() == null ? null : o.reciprocity().stream()
                .map(r -> new Reciprocity(r.credential(), r.association(), r.levels())).toList();
        return RequirementParameters.of(rules.parameters(), o.ccsRegimeSwitch(), reciprocity,
                o.inactiveCredentialsCount(), o.postBaccEarlyTesting(), o.rhiaProvisoEnd(), o.retestWaitDays(),
                o.codingRetestWaitDays(), o.codingRetestFrom(), o.expectedCompletionCounts(), o.ahimaShareFrom(),
                o.ahimaShareByCycleEnd());
    }

    /**
     * The values in force, as loaded and overridden, in a fixed text: what the version's options part is a digest
     * of, so that it follows what was loaded, not a list of fields kept by hand.
     */
    private static String canonical(RequirementParameters p) {
        List<String> facts = new ArrayList<>();
        for (Object fact : p.facts()) {
            facts.add(fact.toString());
        }
        facts.sort(null);
        return String.join("|", facts) + "|inactive=" + p.inactiveCredentialsCount() + "|expected="
                + p.expectedCompletionCounts()
                + (p.ahimaShareFrom() == null ? "" : "|ahimaShareFrom=" + p.ahimaShareFrom())
                + (p.ahimaShareByCycleEnd() ? "|ahimaShareByCycleEnd" : "");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Holds the bundled rules and the default advisor, compiled on first use. */
    private static final class Bundled {
        static final RuleBase RULES = compileBundled();
        static final EligibilityAdvisor DEFAULT = withBundledRules(AdvisorOptions.defaults());

        private static RuleBase compileBundled() {
            try {
                return RuleBase.bundled();
            } catch (RuleLoadException e) {
                throw new IllegalStateException("the bundled rules do not compile: " + e.getMessage(), e);
            }
        }
    }
}
