package org.himcert.engine;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.himcert.model.CredentialCode;

/**
 * Checks rule files before they are compiled, so that an amended copy with a typo stops the load with one message
 * naming the file and line instead of loading and then answering wrongly: every rule's metadata ({@code
 * @requirement} matching the rule's name, {@code @source}, a {@code @credential} that is assessed, a known
 * {@code @kind}); every parameter a rule reads exists (a rule names its threshold or course set by its
 * key, {@code "thresholds.CHPS-1"}; a regime of rules by a name that exists); and no threshold or
 * course set goes unread; and no rule inserts logically (the engine collects conditions per question and runs
 * without truth maintenance). Syntax errors are left to the compiler, which names their lines.
 */
final class RuleChecks {

    private static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z]+(-[A-Za-z0-9]+)+");
    private static final Pattern REGIME = Pattern.compile("regime\\s*==\\s*\"([^\"]*)\"");
    private static final Set<String> KINDS = Set.of(PathwayKind.STANDARD.name(), PathwayKind.EARLY_TESTING.name(),
            PathwayKind.REVIEW.name(), PathwayKind.RECOMMENDATION.name());

    /** The {@link MaintenanceRows} helpers that read the rule's own maintenance parameter. */
    private static final Pattern KEEP_READING = Pattern.compile(
            "\\bMaintenanceRows\\.(?:cycles|grace|hiimShare|ahimaShare|ceusFor|several|selfReviews|fee|lapse|verified|passedDuring)\\(");

    /**
     * A consequence that changes the facts: the engine collects conditions per question, without truth maintenance,
     * and evaluates each rule once, in turn (a sequential rule base), so no rule may insert, change or remove one.
     */
    private static final Pattern CHANGES_FACTS = Pattern.compile(
            "\\b(insertLogical|insert|update|modify|delete|retract)\\s*\\(");

    private RuleChecks() {
    }

    /** What the rules read, for the check that every parameter is read, made once the files compile. */
    record Read(Set<String> thresholds, Set<String> courseSets, Set<String> maintenance, Set<String> requirements,
                ParameterIndex parameters) {

        /**
         * Fails when a threshold or course set is read by no rule, or a requirement of the domain reference has
         * no rule.
         *
         * @throws RuleLoadException naming the parameters or the requirement
         */
        void everyParameterRead() throws RuleLoadException {
            unread("threshold", parameters.thresholdIds(), thresholds);
            unread("course-set", parameters.courseSetIds(), courseSets);
            unread("maintenance", parameters.maintenanceIds(), maintenance);
            Set<String> without = new LinkedHashSet<>(Requirements.DOMAIN);
            without.removeAll(Requirements.WITHOUT_RULE);
            without.removeAll(requirements);
            if (!without.isEmpty()) {
                throw new RuleLoadException("(rules)", 0, "no rule encodes the requirement " + String.join(", ",
                        without) + " of the domain reference: a rule missing, or its @requirement mistyped");
            }
        }
    }

    /**
     * Checks every rule of the files against the parameters.
     *
     * @return what the rules read
     * @throws RuleLoadException naming the first fault's file and line
     */
    static Read check(List<RuleFile> files, ParameterIndex parameters) throws RuleLoadException {
        Set<String> thresholdsRead = new TreeSet<>();
        Set<String> courseSetsRead = new TreeSet<>();
        Set<String> maintenanceRead = new TreeSet<>();
        Set<String> requirements = new TreeSet<>();
        for (RuleFile file : files) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, file.text());
            } catch (DroolsParserException e) {
                continue;
            }
            if (pkg == null || parser.hasErrors()) {
                continue; // the compiler reports syntax errors with their lines
            }
            boolean cyclesMade = false;
            for (RuleDescr rule : pkg.getRules()) {
                int readsCycles = checkRule(file.name(), file.text(), rule, parameters, thresholdsRead,
                        courseSetsRead, maintenanceRead);
                requirements.add(value(rule, "requirement"));
                if (readsCycles > 0 && !cyclesMade) {
                    throw new RuleLoadException(file.name(), readsCycles, "rule '" + rule.getName() + "' reads Cycle"
                            + " facts before the rule that makes them (the one calling MaintenanceRows.cycles): each rule is"
                            + " evaluated once, in turn, so a rule that reads the cycles comes after it, in its file");
                }
                cyclesMade |= String.valueOf(rule.getConsequence()).contains("MaintenanceRows.cycles(");
            }
        }
        return new Read(thresholdsRead, courseSetsRead, maintenanceRead, requirements, parameters);
    }

    /** Checks one rule; returns the line of its first {@code Cycle} pattern, or -1 when it reads no cycle. */
    private static int checkRule(String file, String text, RuleDescr rule, ParameterIndex parameters,
                                  Set<String> thresholdsRead, Set<String> courseSetsRead, Set<String> maintenanceRead)
            throws RuleLoadException {
        int line = rule.getLine();
        String requirement = value(rule, "requirement");
        if (requirement == null) {
            throw new RuleLoadException(file, line, "rule '" + rule.getName() + "' has no @requirement");
        }
        if (!REQUIREMENT_ID.matcher(requirement).matches()) {
            throw new RuleLoadException(file, line, "@requirement(\"" + requirement + "\") is not a requirement id"
                    + " (such as CHPS-4 or CCS-N-REC-a)");
        }
        if (!rule.getName().equals(requirement) && !rule.getName().startsWith(requirement + " ")) {
            throw new RuleLoadException(file, line, "@requirement(\"" + requirement + "\") does not match the rule's"
                    + " name, which must start with its requirement id: '" + rule.getName() + "'");
        }
        String source = value(rule, "source");
        if (source == null || source.isBlank()) {
            throw new RuleLoadException(file, line, "rule '" + rule.getName() + "' has no @source");
        }
        String consequence = String.valueOf(rule.getConsequence());
        Matcher changes = CHANGES_FACTS.matcher(consequence);
        if (changes.find()) {
            throw new RuleLoadException(file, lineInConsequence(text, rule, consequence, changes.start()), "rule '"
                    + rule.getName() + "' calls " + changes.group(1) + ": a rule records its conditions with the Cond"
                    + " helpers (Cond.atLeast, Cond.program, Cond.degree, ...), which the engine collects per question;"
                    + " it does not insert, change or remove facts (each rule is evaluated once, in turn)");
        }
        String credential = value(rule, "credential");
        boolean maintenance = consequence.contains("MaintenanceRows.");
        if (credential == null) {
            if (!consequence.contains("Cond.gate(") && !maintenance) {
                throw new RuleLoadException(file, line, "rule '" + rule.getName() + "' has no @credential (accepted: "
                        + assessed() + ")");
            }
        } else if (CredentialCode.ASSESSED.stream().noneMatch(c -> c.code().equals(credential))) {
            throw new RuleLoadException(file, line, "@credential(\"" + credential + "\") is not an assessed credential"
                    + " (accepted: " + assessed() + ")");
        }
        String regime = value(rule, "regime");
        if (regime != null && !parameters.regimes().contains(regime)) {
            int at = text.indexOf("@regime", Math.max(0, rule.getStartCharacter()));
            throw new RuleLoadException(file, at < 0 ? line : 1 + (int) text.substring(0, at).chars()
                    .filter(ch -> ch == '\n').count(), "@regime(\"" + regime + "\") names no regime of the parameters"
                    + " file (regimes: " + String.join(", ", parameters.regimes()) + ")");
        }
        for (String key : RuleMeta.namedParameters(value(rule, "parameters"))) {
            if (!parameters.namedRowKeys().contains(key)) {
                int at = text.indexOf("@parameters", Math.max(0, rule.getStartCharacter()));
                throw new RuleLoadException(file, at < 0 ? line : 1 + (int) text.substring(0, at).chars()
                        .filter(ch -> ch == '\n').count(), "@parameters names " + key + ", no date, day-count or "
                        + "reciprocity parameter of the parameters file (accepted: " + String.join(", ",
                        parameters.namedRowKeys()) + ")");
            }
        }
        String kind = value(rule, "kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw new RuleLoadException(file, line, "@kind(\"" + kind + "\") is not a kind of pathway (accepted: "
                    + String.join(", ", new TreeSet<>(KINDS)) + ")");
        }
        named(file, line, rule, consequence, "Cond.atLeast(", Cond.THRESHOLDS, parameters.thresholdIds(),
                thresholdsRead);
        named(file, line, rule, consequence, "Cond.courses(", Cond.COURSE_SETS, parameters.courseSetIds(),
                courseSetsRead);
        if (maintenance && KEEP_READING.matcher(consequence).find()) {
            if (!parameters.maintenanceIds().contains(requirement)) {
                throw new RuleLoadException(file, line, "rule '" + rule.getName() + "' reads the maintenance "
                        + "parameter of " + requirement + ", and there is none (maintenance: " + String.join(", ",
                        parameters.maintenanceIds()) + ")");
            }
            maintenanceRead.add(requirement);
        }
        return checkPatterns(file, rule.getLhs(), parameters);
    }

    /**
     * Checks that every call of a helper reading a parameter names it by its key ({@code "thresholds.CHPS-1"}) and
     * that the key exists; records the keys read.
     */
    private static void named(String file, int line, RuleDescr rule, String consequence, String call,
                              String section, Set<String> ids, Set<String> read) throws RuleLoadException {
        int calls = consequence.split(Pattern.quote(call), -1).length - 1;
        if (calls == 0) {
            return;
        }
        Matcher key = Pattern.compile("\"" + Pattern.quote(section) + "([^\"]*)\"").matcher(consequence);
        int named = 0;
        while (key.find()) {
            named++;
            if (!ids.contains(key.group(1))) {
                throw new RuleLoadException(file, line, "rule '" + rule.getName() + "' reads " + section
                        + key.group(1) + ", and there is none (" + section.substring(0, section.length() - 1) + ": "
                        + String.join(", ", ids) + ")");
            }
            read.add(key.group(1));
        }
        if (named < calls) {
            throw new RuleLoadException(file, line, "rule '" + rule.getName() + "' calls " + call + "...) without"
                    + " naming its parameter: the key of the parameters file, e.g. \"" + section + "ID\"");
        }
    }

    /** Checks the rule's patterns; returns the line of the first {@code Cycle} pattern, or -1 when there is none. */
    private static int checkPatterns(String file, BaseDescr descr, ParameterIndex parameters)
            throws RuleLoadException {
        List<PatternDescr> patterns = new java.util.ArrayList<>();
        RuleKeys.forEachPattern(descr, patterns::add);
        int cycle = -1;
        for (PatternDescr pattern : patterns) {
            String type = pattern.getObjectType();
            if (cycle < 0 && (type.equals("Cycle") || type.equals(Cycle.class.getName()))) {
                cycle = pattern.getLine();
            }
            if (type.endsWith("Threshold") || type.endsWith("CourseSet")) {
                throw new RuleLoadException(file, pattern.getLine(), "a rule reads its threshold or course set by"
                        + " its key, with Cond.atLeast or Cond.courses, not with a " + type + " pattern");
            }
            if (type.endsWith("Window")) {
                for (BaseDescr c : pattern.getConstraint().getDescrs()) {
                    Matcher m = REGIME.matcher(c.getText());
                    if (m.find() && !parameters.regimes().contains(m.group(1))) {
                        throw new RuleLoadException(file, pattern.getLine(), "no regime of rules is named \""
                                + m.group(1) + "\" (regimes: " + String.join(", ", parameters.regimes()) + ")");
                    }
                }
            }
        }
        return cycle;
    }

    /** The file's line of a position in the rule's consequence, or the rule's own line when it cannot be found. */
    private static int lineInConsequence(String text, RuleDescr rule, String consequence, int position) {
        int at = text.indexOf(consequence, Math.max(0, rule.getStartCharacter()));
        if (at < 0) {
            return rule.getLine();
        }
        return 1 + (int) text.substring(0, at + position).chars().filter(ch -> ch == '\n').count();
    }

    private static void unread(String what, Set<String> parameters, Set<String> read) throws RuleLoadException {
        Set<String> unread = new LinkedHashSet<>(parameters);
        unread.removeAll(read);
        if (!unread.isEmpty()) {
            throw new RuleLoadException("(parameters)", 0, "no rule reads the " + what + " parameter of "
                    + String.join(", ", unread) + ": a rule whose @requirement is mistyped, or a rule missing");
        }
    }

    /** The single value of a rule's annotation ({@code @credential("RHIT")}), or null when it has none. */
    static String value(RuleDescr rule, String name) {
        AnnotationDescr a = rule.getAnnotation(name);
        if (a == null || a.getSingleValueStripped() == null) {
            return null;
        }
        return a.getSingleValueStripped().toString();
    }

    private static String assessed() {
        return Arrays.stream(CredentialCode.values()).filter(CredentialCode.ASSESSED::contains)
                .map(CredentialCode::code).collect(Collectors.joining(", "));
    }
}
