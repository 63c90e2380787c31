package org.himcert.engine;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;
import org.himcert.model.Parameter;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Records {@link Condition}s in rule consequences, in the scenario the rule matched (see {@link RuleKeys}). The credential, requirement id, pathway, kind and source
 * come from the firing rule's metadata ({@code @credential}, {@code @requirement}, {@code @pathway} (default: the
 * requirement), {@code @kind} (default STANDARD), {@code @source}), so a condition can never cite a different
 * source than the rule that derived it. Each comparison is made here, once, from the numbers the rule passes.
 */
public final class Cond {

    private Cond() {
    }

    /** How a rule names a threshold parameter: its key in the parameters file. */
    static final String THRESHOLDS = "thresholds.";
    /** How a rule names a course-set parameter. */
    static final String COURSE_SETS = "courseSets.";

    /**
     * Months of an experience measure against a threshold parameter the rule names by its key in the parameters
     * file ({@code "thresholds.CHPS-1"}), the row in force on the as-of date: met when {@code have >= need},
     * unknown when {@code have} is null. The need and its unit are the parameter's, so the explanation reports the
     * number the rule compared with, and a reader of the rule sees where that number is.
     */
    public static Condition atLeast(RuleContext rule, Scenario scenario, String text, Integer have, String threshold,
                                    Measure measure) {
        Threshold t = scenario.threshold(key(threshold, THRESHOLDS));
        int need = t.value();
        Truth state = have == null ? Truth.UNKNOWN : have >= need ? Truth.YES : Truth.NO;
        return make(rule, scenario, text, state, have, need, t.unit(), List.of("experience"), measure,
                Set.of(), Math.max(0, need - (have == null ? 0 : have)), Set.of(), null, t.row());
    }

    private static String key(String named, String section) {
        if (!named.startsWith(section)) {
            throw new IllegalArgumentException("a parameter named " + named + " where " + section + "ID is read");
        }
        return named.substring(section.length());
    }

    /**
     * A program condition: met when one of the programs the rule matched is known to be the program asked for;
     * unknown when the matches all lack a field or an accreditation that would decide (naming those inputs), or
     * when education was not given; otherwise not met. The rule matches entries whose field and accreditation are
     * the asked ones or unknown ({@code him != Truth.NO}). {@code level} is the level the rule asks (the lowest,
     * when it takes several): how long a program takes to finish is estimated from it (C-18), for an early-testing
     * pathway to its last term.
     */
    public static Condition program(RuleContext rule, Scenario scenario, String text, List<Program> matches,
                                    boolean known, EducationLevel level) {
        for (Program p : matches) {
            if (p.him() != Truth.UNKNOWN && p.cahiim() != Truth.UNKNOWN) { // no input unknown: this one decides
                return make(rule, scenario, text, Truth.YES, null, null, null, List.of("education"), null, Set.of(),
                        0, Set.of());
            }
        }
        // only a condition still open, of an answer that will be explained, needs the estimate of how long it takes
        // to close (status-only decisions never read it)
        int months = !scenario.isExplained() ? 0 : scenario.typical().toClose(level, true,
                scenario.meta(rule.getRule()).kind() == PathwayKind.EARLY_TESTING, scenario.profile());
        if (!matches.isEmpty()) {
            Set<String> inputs = new TreeSet<>(Comparator.comparingInt(Cond::entryIndex)
                    .thenComparing(Comparator.naturalOrder()));
            matches.forEach(p -> inputs.addAll(p.unknownInputs()));
            return make(rule, scenario, text, Truth.UNKNOWN, null, null, null, List.copyOf(inputs), null, Set.of(),
                    months, Set.of());
        }
        return make(rule, scenario, text, known ? Truth.NO : Truth.UNKNOWN, null, null, null, List.of("education"),
                null, Set.of(), months, Set.of());
    }

    private static int entryIndex(String path) {
        return Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
    }

    /**
     * A credential condition: met when the candidate holds one of the credentials in a standing that counts (ACTIVE;
     * INACTIVE too when the option says so, C-12).
     */
    public static Condition holdsAny(RuleContext rule, Scenario scenario, String text, CredentialCode... codes) {
        Profile profile = scenario.profile();
        boolean held = false;
        for (CredentialCode c : codes) {
            held |= profile.qualifies(c);
        }
        return make(rule, scenario, text, held ? Truth.YES : Truth.NO, null, null, null, List.of("credentials"), null,
                Set.of(), held ? Integer.valueOf(0) : null, held ? Set.of() : Set.of(codes));
    }

    /**
     * A degree at a level or higher, in any field, as the profile found it ({@code $education}); how long earning
     * it takes is estimated from the level (C-18).
     */
    public static Condition degree(RuleContext rule, Scenario scenario, String text, Truth state,
                                   EducationLevel level) {
        int months = state == Truth.YES || !scenario.isExplained() ? 0
                : scenario.typical().toClose(level, false, false, scenario.profile());
        return make(rule, scenario, text, state, null, null, null, List.of("education"), null, Set.of(), months,
                Set.of(), level, null);
    }

    /** A condition that always holds while its rule fires (e.g. a regime under manual review). */
    public static Condition holds(RuleContext rule, Scenario scenario, String text) {
        return make(rule, scenario, text, Truth.YES, null, null, null, List.of(), null, Set.of(), 0, Set.of());
    }

    /**
     * A coursework condition against a course-set parameter the rule names ({@code "courseSets.CCA-REQ"}): every
     * required area done; the text names the areas still missing.
     */
    public static Condition courses(RuleContext rule, Scenario scenario, String text, Set<CourseArea> done,
                                    String courseSet) {
        CourseSet set = scenario.courseSet(key(courseSet, COURSE_SETS));
        Set<CourseArea> required = set.areas();
        Set<CourseArea> missing = required.isEmpty() ? EnumSet.noneOf(CourseArea.class) : EnumSet.copyOf(required);
        missing.removeAll(done);
        int have = required.size() - missing.size();
        boolean met = have >= required.size();
        return make(rule, scenario, text, met ? Truth.YES : Truth.NO, have, required.size(), "course areas",
                List.of("coursework"), null, missing, met || !scenario.isExplained() ? 0
                        : scenario.typical().of(TypicalMonths.Step.CODING_TRAINING), Set.of(), null, set.row());
    }

    /**
     * The retest-wait gate (G-3) for a credential: met once {@code elapsed >= wait} days, the wait's days (and the
     * rows they come from) those of the {@link RetestWait} the rule matched.
     */
    public static Condition gate(RuleContext rule, Scenario scenario, CredentialCode credential, String text,
                                 long elapsed, RetestWait retest) {
        int wait = retest.days();
        RuleMeta meta = scenario.meta(rule.getRule());
        String requirement = requirement(meta);
        return record(scenario, new Condition(credential, requirement, requirement, PathwayKind.GATE, text,
                elapsed >= wait ? Truth.YES : Truth.NO, (int) Math.min(elapsed, Integer.MAX_VALUE), wait, "days",
                RuleMeta.required(meta.source(), meta.name(), "source"), List.of("examAttempts"), null, Set.of(),
                elapsed >= wait ? 0 : monthsOf(wait - elapsed), Set.of(), null, retest.rows()));
    }

    /** Days in whole months, rounded up (a wait of 30 days is a month; of 90, three). */
    private static int monthsOf(long days) {
        return (int) Math.min(Integer.MAX_VALUE, (days * 12 + 364) / 365);
    }

    private static Condition make(RuleContext rule, Scenario scenario, String text, Truth state, Integer have,
                                  Integer need, String unit, List<String> inputs, Measure measure,
                                  Set<CourseArea> missingAreas, Integer monthsToClose,
                                  Set<CredentialCode> closedBy) {
        return make(rule, scenario, text, state, have, need, unit, inputs, measure, missingAreas, monthsToClose,
                closedBy, null, null);
    }

    private static Condition make(RuleContext rule, Scenario scenario, String text, Truth state, Integer have,
                                  Integer need, String unit, List<String> inputs, Measure measure,
                                  Set<CourseArea> missingAreas, Integer monthsToClose,
                                  Set<CredentialCode> closedBy, EducationLevel degree, Parameter read) {
        RuleMeta meta = scenario.meta(rule.getRule());
        List<Parameter> parameters = read == null ? meta.rows() : meta.rows().isEmpty() ? List.of(read)
                : concat(read, meta.rows());
        String requirement = requirement(meta);
        return record(scenario, new Condition(RuleMeta.required(meta.credential(), meta.name(), "credential"),
                meta.pathway(), requirement, meta.kind(), text, state, have, need, unit,
                RuleMeta.required(meta.source(), meta.name(), "source"), inputs, measure, missingAreas,
                monthsToClose, closedBy, degree, parameters));
    }

    private static List<Parameter> concat(Parameter first, List<Parameter> more) {
        List<Parameter> all = new java.util.ArrayList<>(1 + more.size());
        all.add(first);
        all.addAll(more);
        return all;
    }

    private static String requirement(RuleMeta meta) {
        return RuleMeta.required(meta.requirement(), meta.name(), "requirement");
    }

    /** Adds the condition to the scenario the rule matched, and returns it. */
    private static Condition record(Scenario scenario, Condition condition) {
        scenario.add(condition);
        return condition;
    }

    static Scenario scenario(RuleContext rule) {
        Object scenario = rule.getMatch().getDeclarationValue(RuleKeys.SCENARIO_OBJECT);
        if (!(scenario instanceof Scenario s)) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' is not keyed to a scenario");
        }
        return s;
    }
}
