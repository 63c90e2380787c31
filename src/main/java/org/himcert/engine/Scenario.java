package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.himcert.model.CredentialCode;
import org.kie.api.definition.rule.Rule;

/**
 * One question put to the rules in a session that asks several at once: a candidate (or a hypothetical variant of
 * one) on a date. Every fact of the question carries the scenario's id, and the engine keys every pattern of every
 * rule to one scenario when it loads the rules (see {@link RuleKeys}), so facts of different questions never
 * meet. The conditions the rules derive for the question are collected here, not inserted into the session.
 *
 * <p>Not thread-safe: a scenario belongs to the one session evaluating it.
 */
public final class Scenario {

    private final int id;
    private final LocalDate asOf;
    private final ParameterIndex parameters;
    private final Map<String, RuleMeta> rules;
    private final Set<CredentialCode> asked;
    private final boolean explained;
    private final List<Condition> conditions = new ArrayList<>();
    private Profile profile;
    private MaintenanceQuestion question;

    Scenario(int id, LocalDate asOf, ParameterIndex parameters, Map<String, RuleMeta> rules,
             Set<CredentialCode> asked, boolean explained) {
        this.id = id;
        this.asOf = asOf;
        this.parameters = parameters;
        this.rules = rules;
        this.asked = asked;
        this.explained = explained;
    }

    /**
     * Whether the answer will be explained: the rules that only recommend ({@code @kind("RECOMMENDATION")}, which
     * the engine keys to {@code explained == true}) fire only then, since a status-only decision never reads them.
     */
    public boolean isExplained() {
        return explained;
    }

    /**
     * Whether the question is about the credential: the rules of a credential not asked about do not fire for it
     * (the engine keys each rule of one credential to {@code asks(...)}).
     */
    public boolean asks(CredentialCode credential) {
        return asked == null || asked.contains(credential);
    }

    /** The metadata of a rule of the session's rule base. */
    RuleMeta meta(Rule rule) {
        RuleMeta meta = rules.get(rule.getName());
        if (meta == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' is not of this engine's rule base");
        }
        return meta;
    }

    /** The threshold parameter of a requirement in force on the scenario's as-of date. */
    Threshold threshold(String requirement) {
        return parameters.threshold(requirement, asOf);
    }

    /** The course-set parameter of a requirement in force on the scenario's as-of date. */
    CourseSet courseSet(String requirement) {
        return parameters.courseSet(requirement, asOf);
    }

    /** The typical lengths that estimate how long an unmet condition takes to close (C-18). */
    TypicalMonths typical() {
        return parameters.typical();
    }

    /** The maintenance parameter of a requirement in force on a day. */
    MaintenanceParameter maintenance(String requirement, LocalDate day) {
        return parameters.maintenance(requirement, day);
    }

    /** The parameters of the session. */
    ParameterIndex parameters() {
        return parameters;
    }

    /** The scenario's maintenance question, or null when it asks none. */
    MaintenanceQuestion maintenanceQuestion() {
        return question;
    }

    void maintenanceQuestion(MaintenanceQuestion u) {
        this.question = u;
    }

    /** The scenario's id within its session; the rules join on it. */
    public int getId() {
        return id;
    }

    /** The question's profile, which the rules' helpers read (the credentials that count). */
    Profile profile() {
        return profile;
    }

    void profile(Profile p) {
        this.profile = p;
    }

    /** Adds a condition a rule derived for this scenario. */
    void add(Condition condition) {
        conditions.add(condition);
    }

    /** The conditions derived so far. */
    List<Condition> conditions() {
        return conditions;
    }

    @Override
    public String toString() {
        return "Scenario[" + id + "]";
    }
}
