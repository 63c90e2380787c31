package org.himcert.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.himcert.model.CredentialCode;

/**
 * Keys the authored rules to scenarios, so that one session can answer many questions at once without the rules
 * saying so. The rules are written for one candidate ({@code Profile( $months : codingMonths )}); before they are
 * compiled, every rule gains a first pattern {@code $__scenario : Scenario( $__s : id )} and every pattern of a fact that belongs
 * to a scenario ({@link #SCOPED}: the as-of date, the profile, programs, qualifying credentials, failed attempts,
 * the maintenance question, its cycles and the credentials it keeps)
 * gains the constraint {@code scenario == $__s}, inside accumulates, {@code not} and {@code exists} too. Parameters
 * (thresholds, windows, options) are shared by every scenario and are left alone. A rule annotated
 * {@code @regime("NAME")} also gains the guard that the scenario's as-of date lies in that regime's window.
 *
 * <p>Consequences call the {@link Cond} helpers without the rule context ({@code Cond.atLeast("...", $months,
 * Measure.CODING)}); the engine passes it ({@code kcontext}, and the rule's scenario), so plumbing stays out of
 * what an expert reads.
 *
 * <p>The text is changed in place on the lines it already has, so a compilation error still names the authored
 * file's line. A file that does not parse is returned unchanged: the compiler then reports its error as written.
 * A credentialing expert never reads the keyed text.
 */
final class RuleKeys {

    /** The binding every keyed rule joins on. */
    static final String SCENARIO = "$__s";
    /** The binding of the scenario object itself, which the consequence's conditions are collected into. */
    static final String SCENARIO_OBJECT = "$__scenario";

    /**
     * A call of a {@link Cond} or {@link MaintenanceRows} helper, and whether it passes the rule context itself: the engine adds
     * the context, and to a {@link Cond} helper the rule's scenario ({@code $__scenario}), which the consequence is
     * handed with its other bindings.
     */
    private static final Pattern CONDITION_CALL = Pattern.compile(
            "\\b(Cond|MaintenanceRows)\\.\\w+\\((\\s*kcontext\\s*,(\\s*\\$__scenario\\b)?)?");

    /** Fact types that belong to one scenario, by simple and qualified name. */
    static final Set<String> SCOPED = Set.of("AsOf", "Profile", "Program", "Qualifying", "LatestFailure", "MaintenanceQuestion",
            "Cycle", "MaintainedCredential", "org.himcert.engine.AsOf", "org.himcert.engine.Profile", "org.himcert.engine.Program",
            "org.himcert.engine.Qualifying", "org.himcert.engine.LatestFailure", "org.himcert.engine.MaintenanceQuestion",
            "org.himcert.engine.Cycle", "org.himcert.engine.MaintainedCredential");

    private RuleKeys() {
    }

    /** An insertion into the text: at a character offset. */
    private record Insert(int at, String text) {
    }

    /**
     * The rule text keyed to scenarios.
     *
     * @param drl the authored text of one rule file
     * @return the keyed text, with the same lines; the text unchanged when it does not parse
     */
    static String keyed(String drl) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            return drl;
        }
        if (pkg == null || parser.hasErrors()) {
            return drl;
        }
        List<Insert> inserts = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            int start = lhsStart(drl, rule);
            if (start < 0) {
                continue; // no condition at all: the rule cannot be keyed, and the load check reports it
            }
            String lead = Character.isWhitespace(drl.charAt(start - 1)) ? "" : " ";
            inserts.add(new Insert(start, lead + SCENARIO_OBJECT + " : Scenario( " + SCENARIO + " : id" + asks(rule)
                    + (recommends(rule) ? ", explained == true" : "") + " ) " + regime(rule)));
            key(rule.getLhs(), drl, inserts);
        }
        // the conditions a consequence records name their rule: the engine passes it, so the author does not
        Matcher call = CONDITION_CALL.matcher(drl);
        while (call.find()) {
            boolean cond = call.group(1).equals("Cond");
            if (call.group(2) == null) {
                inserts.add(new Insert(call.end(), cond ? "kcontext, " + SCENARIO_OBJECT + ", " : "kcontext, "));
            } else if (cond && call.group(3) == null) {
                inserts.add(new Insert(call.end(), " " + SCENARIO_OBJECT + ","));
            }
        }
        inserts.sort(Comparator.comparingInt(Insert::at).reversed());
        StringBuilder text = new StringBuilder(drl);
        for (Insert i : inserts) {
            text.insert(i.at(), i.text());
        }
        return text.toString();
    }

    /**
     * The line of every pattern of a scenario's fact in the keyed text that is not keyed to the scenario (none for
     * text this class keyed), so that a pattern the keying missed fails the load instead of letting one
     * scenario's facts meet another's.
     *
     * @param keyed the text {@link #keyed} returned
     * @return the lines of unkeyed patterns (empty when the text does not parse: the compiler reports that)
     */
    static List<Integer> unkeyed(String keyed) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, keyed);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.getLhs() == null || rule.getLhs().getDescrs().isEmpty()) {
                lines.add(rule.getLine());
                continue;
            }
            check(rule.getLhs(), lines);
        }
        return lines;
    }

    private static void check(BaseDescr descr, List<Integer> lines) {
        forEachPattern(descr, pattern -> {
            if (SCOPED.contains(pattern.getObjectType())) {
                boolean keyed = pattern.getSource() == null && !pattern.getConstraint().getDescrs().isEmpty()
                        && pattern.getConstraint().getDescrs().get(0).getText().replace(" ", "")
                                .equals("scenario==" + SCENARIO);
                if (!keyed) {
                    lines.add(pattern.getLine());
                }
            }
        });
    }

    /** The binding of the as-of date a regime's window is compared with. */
    static final String TODAY = "$__today";

    /**
     * The guard of a rule in a regime ({@code @regime("CCS-N")}): the scenario's as-of date within the regime's
     * window ({@link Window}, a row of the parameters file); empty for a rule of no regime.
     */
    private static String regime(RuleDescr rule) {
        String regime = RuleChecks.value(rule, "regime");
        if (regime == null) {
            return "";
        }
        return "AsOf( scenario == " + SCENARIO + ", " + TODAY + " : date ) Window( regime == \"" + regime
                + "\", from <= " + TODAY + ", to > " + TODAY + " ) ";
    }

    /**
     * The scenario constraint of a rule of one credential: {@code , asks(CredentialCode.RHIT)}, so that a question
     * about some credentials only (a hypothetical candidate, a later day) does not evaluate the others' rules at
     * all. Empty for a rule of no credential (the retest gate, maintenance) or of an unknown one (the load check
     * reports it).
     */
    private static String asks(RuleDescr rule) {
        String code = RuleChecks.value(rule, "credential");
        for (CredentialCode c : CredentialCode.ASSESSED) {
            if (c.code().equals(code)) {
                return ", asks( " + CredentialCode.class.getName() + "." + c.name() + " )";
            }
        }
        return "";
    }

    /** Whether the rule only recommends ({@code @kind("RECOMMENDATION")}): no status depends on it. */
    private static boolean recommends(RuleDescr rule) {
        return PathwayKind.RECOMMENDATION.name().equals(RuleChecks.value(rule, "kind"));
    }

    /** Where the rule's conditions start (its first condition), or -1 when it has none. */
    private static int lhsStart(String drl, RuleDescr rule) {
        if (rule.getLhs() != null && !rule.getLhs().getDescrs().isEmpty()) {
            return rule.getLhs().getDescrs().get(0).getStartCharacter();
        }
        // no condition of its own (a rule in a regime may have none): the keys go right after its `when`
        Matcher when = WHEN.matcher(drl);
        return when.find(Math.max(0, rule.getStartCharacter())) ? when.end() : -1;
    }

    /** A rule's {@code when}, on a line of its own or leading one. */
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");

    /**
     * Calls {@code visit} for every pattern of a rule's conditions, inside {@code not}, {@code exists},
     * {@code forall}, accumulates and collects; an accumulate's or collect's own result pattern is not visited,
     * its inputs are. The one walk over a rule's conditions, for keying, checking the keys, and the load checks.
     */
    static void forEachPattern(BaseDescr descr, Consumer<PatternDescr> visit) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                if (accumulate.getInput() != null) {
                    forEachPattern(accumulate.getInput(), visit);
                }
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                forEachPattern(collect.getInputPattern(), visit);
            } else {
                visit.accept(pattern);
            }
        } else if (descr instanceof ForallDescr forall) {
            forall.getDescrs().forEach(d -> forEachPattern(d, visit));
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> forEachPattern(d, visit));
        }
    }

    private static void key(BaseDescr descr, String drl, List<Insert> inserts) {
        forEachPattern(descr, pattern -> {
            if (pattern.getSource() == null && SCOPED.contains(pattern.getObjectType())) {
                keyPattern(pattern, drl, inserts);
            }
        });
    }

    /** Adds {@code scenario == $__s} as the pattern's first constraint. */
    private static void keyPattern(PatternDescr pattern, String drl, List<Insert> inserts) {
        int type = drl.indexOf(pattern.getObjectType(), pattern.getStartCharacter());
        int open = type < 0 ? -1 : drl.indexOf('(', type + pattern.getObjectType().length());
        if (open < 0) {
            return;
        }
        boolean constrained = !pattern.getConstraint().getDescrs().isEmpty();
        inserts.add(new Insert(open + 1, " scenario == " + SCENARIO + (constrained ? "," : "")));
    }
}
