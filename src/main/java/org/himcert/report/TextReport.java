package org.himcert.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Reason;
import org.himcert.Status;

/**
 * Renders an assessment as plain text an advisor can read to a student: one block per credential with the
 * status, the deciding pathway and its reasons, or the closest gaps with their numbers. Every line is rendered
 * from the decision's data, so it never disagrees with the JSON.
 */
public final class TextReport {

    private static final int GAPS_SHOWN = 3;

    private TextReport() {
    }

    /** The report for one assessment, without plans. */
    public static String render(Assessment assessment) {
        return render(assessment, List.of());
    }

    /** The report for one assessment: decisions, next steps, and the given plans. */
    public static String render(Assessment assessment, List<Plan> plans) {
        StringBuilder out = new StringBuilder();
        out.append(assessment.candidateId()).append(", as of ").append(assessment.asOf()).append('\n');
        for (Decision d : assessment.decisions()) {
            out.append(String.format("  %-6s %s%n", d.credential(), headline(d)));
            for (String line : details(d)) {
                out.append("         ").append(line).append('\n');
            }
        }
        if (!assessment.nextSteps().isEmpty()) {
            out.append("  Next steps:\n");
            int n = 1;
            for (NextStep step : assessment.nextSteps()) {
                out.append("    ").append(n++).append(". ").append(step.why()).append('\n');
            }
        }
        for (Plan plan : plans) {
            out.append("  Plan to the ").append(plan.target()).append(plan.steps().isEmpty() ? ": nothing to do\n"
                    : arrival(plan.expectedArrival()) + ":\n");
            steps(out, plan.steps(), "    ");
            for (int i = 0; i < plan.alternatives().size(); i++) {
                out.append("    or").append(arrival(plan.alternativeArrivals().get(i))).append(":\n");
                steps(out, plan.alternatives().get(i), "      ");
            }
        }
        return out.toString();
    }

    /**
     * An input field the answer waits for, in words: {@code your education}, or for one entry's field
     * {@code the accreditation of education entry 2 (education[1].accreditation)}.
     *
     * @param path the contract's field path, as in {@code Decision.missing()}
     * @return the words
     */
    public static String input(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf("].");
        if (open < 0 || close < open) {
            return "your " + path;
        }
        int entry = Integer.parseInt(path.substring(open + 1, close)) + 1;
        return "the " + path.substring(close + 2) + " of " + path.substring(0, open) + " entry " + entry + " (" + path
                + ")";
    }

    /** When a route is expected to reach its target, in words, or nothing when there is no estimate. */
    static String arrival(LocalDate on) {
        return on == null ? "" : " (expected by " + on + ")";
    }

    private static void steps(StringBuilder out, List<PlanStep> steps, String indent) {
        int n = 1;
        for (PlanStep step : steps) {
            out.append(indent).append(n++).append(". ").append(step.action().name().replace('_', ' ').toLowerCase(Locale.ROOT));
            if (step.credential() != null) {
                out.append(' ').append(step.credential());
            }
            if (step.earliest() != null) {
                out.append(" (earliest ").append(step.earliest()).append(')');
            }
            if (!step.needs().isEmpty()) {
                out.append(": ").append(String.join("; ", step.needs()));
            }
            out.append('\n');
        }
    }

    /** The status in words, with the deciding pathway. */
    static String headline(Decision d) {
        switch (d.status()) {
            case ELIGIBLE:
                return (d.earlyTesting() ? "ELIGIBLE under early testing" : "ELIGIBLE") + " (" + d.pathway() + ")";
            case NEEDS_REVIEW:
                return d.pathway() == null ? "NEEDS_REVIEW" : "NEEDS_REVIEW (" + d.pathway() + ")";
            case NEEDS_INFO:
                return "NEEDS_INFO: tell us " + String.join(" and ", d.missing());
            case NOT_ELIGIBLE:
                return d.eligibleOn() == null ? "NOT_ELIGIBLE" : "NOT_ELIGIBLE until " + d.eligibleOn();
            default:
                return d.status().name();
        }
    }

    private static List<String> details(Decision d) {
        List<String> lines = new ArrayList<>();
        if (d.status() == Status.ELIGIBLE || d.status() == Status.NEEDS_REVIEW) {
            for (Reason r : d.reasons()) {
                lines.add("because: " + r.text() + " [" + r.requirement() + "]");
            }
        }
        if (d.status() == Status.NOT_ELIGIBLE) {
            d.unmet().stream().limit(GAPS_SHOWN).forEach(g -> lines.add("missing for " + g.pathway() + ": " + gap(g)));
            if (d.unmet().size() > GAPS_SHOWN) {
                lines.add("(and " + (d.unmet().size() - GAPS_SHOWN) + " more unmet on other pathways)");
            }
        }
        if (d.status() != Status.ALREADY_HELD && !d.recommendations().isEmpty()) {
            lines.add("recommended: " + gap(d.recommendations().get(0)));
        }
        return lines;
    }

    /** A gap in words: the condition, and "have of need unit" when it is a number. */
    public static String gap(Gap g) {
        if (g.need() == null) {
            return g.text();
        }
        String have = g.have() == null ? "unknown" : String.valueOf(g.have());
        return g.text() + ": " + have + " of " + g.need() + " " + g.unit();
    }
}
