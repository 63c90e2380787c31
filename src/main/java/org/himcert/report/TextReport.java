package org.himcert.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Maintenance;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.model.Candidate;
import org.himcert.text.Wording;
import org.himcert.text.Words;

/**
 * Renders an assessment as plain text an advisor can read to a student: one block per credential with the
 * status, the deciding pathway and its reasons, or the closest gaps with their numbers. Every line is rendered
 * from the decision's data, so it never disagrees with the JSON.
 */
public final class TextReport {

    private static final int GAPS_SHOWN = 3;

    private TextReport() {
    }

    /**
     * The report for one assessment, without plans.
     *
     * @param assessment the assessment
     * @return the text
     */
    public static String render(Assessment assessment) {
        return render(assessment, List.of());
    }

    /**
     * The report for one assessment: decisions, next steps, and the given plans.
     *
     * @param assessment the assessment
     * @param plans      plans to show (may be empty)
     * @return the text
     */
    public static String render(Assessment assessment, List<Plan> plans) {
        return render(null, assessment, plans);
    }

    /**
     * The report for one candidate's assessment: decisions, next steps, the given plans, and what the advice was
     * based on (the candidate's inputs, in words).
     *
     * @param candidate  the candidate assessed, or null to leave the inputs out
     * @param assessment the candidate's assessment
     * @param plans      plans to show (may be empty)
     * @return the text
     */
    public static String render(Candidate candidate, Assessment assessment, List<Plan> plans) {
        StringBuilder out = new StringBuilder();
        out.append(Words.say("report.header", "id", assessment.candidateId(), "date", assessment.asOf())).append('\n');
        for (Decision d : assessment.decisions()) {
            out.append(String.format("  %-6s %s%n", d.credential(), Wording.headline(d)));
            for (String line : details(d)) {
                out.append("         ").append(line).append('\n');
            }
        }
        if (!assessment.nextSteps().isEmpty()) {
            out.append("  ").append(Words.say("report.nextSteps")).append('\n');
            int n = 1;
            for (NextStep step : assessment.nextSteps()) {
                out.append("    ").append(n++).append(". ").append(step.why()).append('\n');
            }
        }
        assessment.keeping().ifPresent(m -> keeping(out, m));
        for (Plan plan : plans) {
            out.append("  ").append(plan.steps().isEmpty() ? Words.say("report.planNothing", "target", plan.target())
                    : Words.say("report.plan", "target", plan.target(), "arrival",
                    Wording.arrival(plan.expectedArrival()))).append('\n');
            steps(out, plan.steps(), "    ");
            for (int i = 0; i < plan.alternatives().size(); i++) {
                out.append("    ").append(Words.say("report.or", "arrival",
                        Wording.arrival(plan.alternativeArrivals().get(i)))).append('\n');
                steps(out, plan.alternatives().get(i), "      ");
            }
        }
        if (candidate != null) {
            out.append("  ").append(Words.say("report.basedOn")).append('\n');
            for (String line : Wording.inputs(candidate)) {
                out.append("    ").append(line).append('\n');
            }
        }
        return Wording.explainHiim(out.toString());
    }

    /** The width of a progress bar, in characters. */
    private static final int BAR = 20;

    /** The cycle, bars of CEUs earned against required and the two shares, the dates, the reason. */
    private static void keeping(StringBuilder out, Maintenance m) {
        out.append("  ").append(Words.say("report.keeping", "status", Wording.keeping(m.status()))).append('\n');
        if (m.cycleStart() != null) {
            out.append("    ").append(Words.say("report.cycle", "start", m.cycleStart(), "end", m.cycleEnd()))
                    .append('\n');
        }
        if (m.ceusRequired() != null && m.ceusNeeded() != null) {
            bar(out, Words.say("report.bar.ceus"), m.ceusRequired().subtract(m.ceusNeeded()), m.ceusRequired(), m.ceusEarned());
            bar(out, Words.say("report.bar.hiim"), m.hiimDomainRequired().subtract(m.hiimDomainNeeded()), m.hiimDomainRequired(),
                    null);
            if (m.ahimaSourceRequired().signum() > 0) {
                bar(out, Words.say("report.bar.ahima"), m.ahimaSourceRequired().subtract(m.ahimaSourceNeeded()),
                        m.ahimaSourceRequired(), null);
            }
            out.append("    ").append(Words.say("hiim.line")).append('\n');
        } else if (m.ceusRequired() != null) {
            out.append("    ").append(Words.say("report.ceusRequired", "ceus", Wording.ceus(m.ceusRequired())))
                    .append('\n');
        }
        for (Maintenance.Credential c : m.credentials()) {
            out.append("    ").append(Wording.standing(c)).append('\n');
        }
        if (m.reason() != null) {
            out.append("    ").append(Words.say("report.why", "reason", m.reason())).append('\n');
        }
        if (!m.missing().isEmpty()) {
            out.append("    ").append(Words.say("report.tellUs", "inputs", String.join(", ",
                    m.missing().stream().map(Wording::input).toList()))).append('\n');
        }
        out.append("    ").append(Words.say("report.details", "detail", Wording.detail(m))).append('\n');
    }

    /** {@code CEUs           [##########----------] 10 of 20}: the part counted toward the requirement. */
    private static void bar(StringBuilder out, String label, BigDecimal have, BigDecimal of, BigDecimal earned) {
        int filled = of.signum() == 0 ? BAR : have.multiply(BigDecimal.valueOf(BAR))
                .divide(of, 0, java.math.RoundingMode.FLOOR).intValue();
        filled = Math.max(0, Math.min(BAR, filled));
        out.append(String.format("    %-14s [%s%s] %s", label, "#".repeat(filled), "-".repeat(BAR - filled),
                Words.say("report.of", "have", Wording.ceus(have), "need", Wording.ceus(of))));
        if (earned != null && earned.compareTo(have) > 0) {
            out.append(Words.say("report.earned", "ceus", Wording.ceus(earned)));
        }
        out.append('\n');
    }

    private static void steps(StringBuilder out, List<PlanStep> steps, String indent) {
        int n = 1;
        for (PlanStep step : steps) {
            out.append(indent).append(n++).append(". ").append(Wording.step(step.action(), step.credential()));
            if (step.earliest() != null) {
                out.append(Words.say("report.earliest", "date", step.earliest()));
            }
            if (!step.needs().isEmpty()) {
                out.append(": ").append(String.join("; ", step.needs()));
            }
            out.append('\n');
        }
    }

    /**
     * The label of the i-th unmet condition: the closest route's first, another of its conditions, or the first of
     * another route (the routes' requirement ids stay on the detail line).
     */
    static String missingKey(String prefix, List<Gap> unmet, int i) {
        return i == 0 ? prefix + "first" : unmet.get(i).pathway().equals(unmet.get(i - 1).pathway()) ? prefix + "also"
                : prefix + "other";
    }

    private static List<String> details(Decision d) {
        List<String> lines = new ArrayList<>();
        if (d.status() == Status.ELIGIBLE || d.status() == Status.NEEDS_REVIEW) {
            for (Reason r : d.reasons()) {
                lines.add(Words.say("report.because", "text", r.text()));
            }
        }
        if (d.status() == Status.NOT_ELIGIBLE) {
            for (int i = 0; i < Math.min(GAPS_SHOWN, d.unmet().size()); i++) {
                lines.add(Words.say(missingKey("report.missing.", d.unmet(), i), "gap", Wording.gap(d.unmet().get(i))));
            }
            if (d.unmet().size() > GAPS_SHOWN) {
                lines.add(Words.say("report.moreUnmet", "count", d.unmet().size() - GAPS_SHOWN));
            }
        }
        if (d.status() != Status.ALREADY_HELD && !d.recommendations().isEmpty()) {
            lines.add(Words.say("report.recommended", "gap", Wording.gap(d.recommendations().get(0))));
            if (d.recommendations().size() > 1) {
                lines.add(Words.say("report.moreRecommended", "count", d.recommendations().size() - 1));
            }
        }
        String detail = Wording.detail(d);
        if (!detail.isEmpty()) {
            lines.add(Words.say("report.details", "detail", detail));
        }
        return lines;
    }

}
