package org.himcert.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Maintenance;
import org.himcert.MaintenanceStatus;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.text.Wording;
import org.himcert.text.Words;

/**
 * Renders an assessment, its next steps and plans as one self-contained HTML page an advisor can open or print:
 * a diagram of the credential ladder with the candidate's position on it, the decisions with their reasons and
 * gaps, the next steps and the plans. The markup is well-formed XHTML with inline CSS and SVG (no scripts, no
 * external resources), and every value is escaped.
 */
public final class HtmlReport {

    /** Ladder rungs, bottom to top, as the career guide draws them; credentials are placed by row and column. */
    private static final List<List<CredentialCode>> RUNGS = List.of(
            List.of(CredentialCode.CCA),
            List.of(CredentialCode.RHIT),
            List.of(CredentialCode.CCS, CredentialCode.CCS_P, CredentialCode.CHPS),
            List.of(CredentialCode.RHIA));

    /**
     * The status colours: each is the background of white text (badges, the ladder's boxes), so each must give
     * white text a contrast of at least 4.5:1 (WCAG 2 AA); {@code HtmlReportTest} computes the ratios.
     */
    static final Map<Status, String> COLORS = Map.of(
            Status.ALREADY_HELD, "#1b5e20",
            Status.ELIGIBLE, "#2e7d32",
            Status.NEEDS_INFO, "#8a4b00",
            Status.NEEDS_REVIEW, "#6a1b9a",
            Status.NOT_ELIGIBLE, "#5f6368");
    /** The text colours used on white: body text, small print. */
    static final List<String> TEXT_ON_WHITE = List.of("#212121", "#555555", "#000000", "#333333");

    /** How many unmet conditions a decision shows before "and N more" (the rest behind it). */
    private static final int GAPS_SHOWN = 4;

    private HtmlReport() {
    }

    /**
     * The page for one candidate.
     *
     * @param assessment the candidate's assessment
     * @param plans      plans to show (may be empty)
     * @return the page
     */
    public static String render(Assessment assessment, List<Plan> plans) {
        return render(null, assessment, plans);
    }

    /**
     * The page for one candidate, with what the advice was based on (the candidate's inputs, in words).
     *
     * @param candidate  the candidate assessed, or null to leave the inputs out
     * @param assessment the candidate's assessment
     * @param plans      plans to show (may be empty)
     * @return the page
     */
    public static String render(Candidate candidate, Assessment assessment, List<Plan> plans) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Words.say("html.title", "id", esc(assessment.candidateId())))
                .append("</title>\n<style>\n")
                .append("body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#212121;max-width:60em}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ccc;padding-bottom:.2em}\n")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.4em;")
                .append("vertical-align:top;text-align:left}\n")
                .append(".status{color:#fff;padding:.1em .5em;border-radius:.3em;display:inline-block}\n")
                .append("table.decisions td:first-child{width:4em}table.decisions td:nth-child(2){width:30%}\n")
                .append(".small{font-size:.85em;color:#555555}ol li{margin-bottom:.3em}\n")
                .append("table.ceus{width:auto}table.ceus th{font-weight:normal}progress{width:12em}\n")
                .append("details summary{cursor:pointer}\n")
                .append("@media print{body{margin:0;max-width:none;font-size:10.5pt;color:#000000}")
                .append("h2{page-break-after:avoid}tr,li,svg{page-break-inside:avoid}")
                .append(".status{border:1px solid #000000;-webkit-print-color-adjust:exact;print-color-adjust:exact}")
                .append("details>*{display:block}.small{color:#333333}}\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Words.say("html.heading", "id", esc(assessment.candidateId()))).append("</h1>\n")
                .append("<p class=\"small\">").append(Words.say("html.subtitle", "date", assessment.asOf(), "rules",
                        esc(assessment.rulesVersion()))).append("</p>\n");
        h.append("<h2>").append(Words.say("html.ladder")).append("</h2>\n").append(ladder(assessment));
        h.append("<h2>").append(Words.say("html.decisions")).append("</h2>\n<table class=\"decisions\">\n")
                .append("<tr><th>").append(Words.say("html.col.credential")).append("</th><th>")
                .append(Words.say("html.col.status")).append("</th><th>").append(Words.say("html.col.why"))
                .append("</th></tr>\n");
        for (Decision d : assessment.decisions()) {
            h.append("<tr><td><b>").append(d.credential()).append("</b></td><td><span class=\"status\" style=\"")
                    .append("background:").append(COLORS.get(d.status())).append("\">")
                    .append(esc(Wording.headline(d))).append("</span></td><td>").append(why(d))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!assessment.nextSteps().isEmpty()) {
            h.append("<h2>").append(Words.say("html.nextSteps")).append("</h2>\n<ol>\n");
            for (NextStep s : assessment.nextSteps()) {
                h.append("<li>").append(esc(s.why()));
                if (s.eligibleOn() != null) {
                    h.append(" <span class=\"small\">").append(Words.say("html.from", "date", s.eligibleOn()))
                            .append("</span>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        assessment.keeping().ifPresent(m -> keeping(h, m));
        if (candidate != null) {
            h.append("<h2>").append(Words.say("html.basedOn")).append("</h2>\n<ul>\n");
            for (String line : Wording.inputs(candidate)) {
                h.append("<li>").append(esc(line)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        for (Plan p : plans) {
            h.append("<h2>").append(Words.say("html.plan", "target", p.target())).append("</h2>\n");
            if (p.steps().isEmpty()) {
                h.append("<p>").append(Words.say("html.nothing", "target", p.target())).append("</p>\n");
            } else {
                h.append("<p class=\"small\">").append(Words.say("html.route", "arrival",
                        esc(Wording.arrival(p.expectedArrival())))).append("</p>\n").append(steps(p.steps()));
            }
            for (int i = 0; i < p.alternatives().size(); i++) {
                h.append("<p class=\"small\">").append(Words.say("html.or", "arrival",
                        esc(Wording.arrival(p.alternativeArrivals().get(i))))).append("</p>\n")
                        .append(steps(p.alternatives().get(i)));
            }
        }
        h.append("</body>\n</html>\n");
        return Wording.explainHiim(h.toString());
    }

    static final Map<MaintenanceStatus, String> KEEPING_COLORS = Map.of(
            MaintenanceStatus.COMPLETE, "#1b5e20",
            MaintenanceStatus.IN_PROGRESS, "#0d47a1",
            MaintenanceStatus.LAPSED, "#b71c1c",
            MaintenanceStatus.NEEDS_INFO, "#5d4037",
            MaintenanceStatus.NEEDS_REVIEW, "#6a1b9a");

    /** Keeping the credentials: the cycle, progress bars of CEUs and the two shares, the dates, the reason. */
    private static void keeping(StringBuilder h, Maintenance m) {
        h.append("<h2>").append(Words.say("html.keeping")).append("</h2>\n<p><span class=\"status\" style=\"background:")
                .append(KEEPING_COLORS.get(m.status())).append("\">").append(esc(Wording.keeping(m.status())))
                .append("</span>");
        if (m.cycleStart() != null) {
            h.append(Words.say("html.cycle", "start", m.cycleStart(), "end", m.cycleEnd()));
        }
        h.append("</p>\n");
        if (m.ceusRequired() != null && m.ceusNeeded() != null) {
            h.append("<table class=\"ceus\">\n");
            bar(h, Words.say("html.bar.ceus"), m.ceusRequired().subtract(m.ceusNeeded()), m.ceusRequired());
            bar(h, Words.say("html.bar.hiim"), m.hiimDomainRequired().subtract(m.hiimDomainNeeded()),
                    m.hiimDomainRequired());
            if (m.ahimaSourceRequired().signum() > 0) {
                bar(h, Words.say("html.bar.ahima"),
                        m.ahimaSourceRequired().subtract(m.ahimaSourceNeeded()), m.ahimaSourceRequired());
            }
            h.append("</table>\n<p class=\"small\">").append(esc(Words.say("hiim.line"))).append("</p>\n");
        } else if (m.ceusRequired() != null) {
            h.append("<p>").append(Words.say("report.ceusRequired", "ceus", Wording.ceus(m.ceusRequired())))
                    .append("</p>\n");
        }
        h.append("<ul>\n");
        for (Maintenance.Credential c : m.credentials()) {
            h.append("<li>").append(esc(Wording.standing(c))).append("</li>\n");
        }
        h.append("</ul>\n");
        if (m.reason() != null) {
            h.append("<p>").append(esc(m.reason())).append("</p>\n");
        }
        if (!m.missing().isEmpty()) {
            h.append("<p>").append(Words.say("html.tellUs", "inputs", esc(String.join(", ",
                    m.missing().stream().map(Wording::input).toList())))).append("</p>\n");
        }
        h.append("<p class=\"small detail\">").append(esc(Wording.detail(m))).append("</p>\n");
    }

    /** A row with a progress bar: the part counted toward the requirement, in numbers too. */
    private static void bar(StringBuilder h, String label, BigDecimal have, BigDecimal of) {
        BigDecimal shown = of.signum() == 0 ? BigDecimal.ONE : have.min(of);
        BigDecimal max = of.signum() == 0 ? BigDecimal.ONE : of;
        h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td><progress value=\"")
                .append(Wording.ceus(shown)).append("\" max=\"").append(Wording.ceus(max)).append("\">")
                .append(Words.say("html.of", "have", Wording.ceus(have), "need", Wording.ceus(of))).append("</progress> ")
                .append(Words.say("html.of", "have", Wording.ceus(have), "need", Wording.ceus(of)))
                .append("</td></tr>\n");
    }

    private static String why(Decision d) {
        StringBuilder w = new StringBuilder();
        if (d.status() == Status.ELIGIBLE || d.status() == Status.NEEDS_REVIEW) {
            for (Reason r : d.reasons()) {
                w.append(esc(r.text())).append("<br/>");
            }
        }
        if (d.status() == Status.NOT_ELIGIBLE) {
            for (int i = 0; i < Math.min(GAPS_SHOWN, d.unmet().size()); i++) {
                w.append(missing(d.unmet(), i)).append("<br/>");
            }
            if (d.unmet().size() > GAPS_SHOWN) {
                w.append("<details><summary>").append(Words.say("html.moreUnmet", "count",
                        d.unmet().size() - GAPS_SHOWN)).append("</summary>");
                for (int i = GAPS_SHOWN; i < d.unmet().size(); i++) {
                    w.append(missing(d.unmet(), i)).append("<br/>");
                }
                w.append("</details>");
            }
        }
        if (d.status() == Status.NEEDS_INFO) {
            w.append(Words.say("html.tellUs", "inputs", esc(String.join(", ", d.missing().stream()
                    .map(Wording::input).toList()))));
        }
        if (d.status() != Status.ALREADY_HELD && !d.recommendations().isEmpty()) {
            Gap g = d.recommendations().get(0);
            w.append("<span class=\"small\">").append(Words.say("html.recommended", "gap", esc(Wording.gap(g))));
            if (d.recommendations().size() > 1) {
                w.append(Words.say("html.moreRecommended", "count", d.recommendations().size() - 1));
            }
            w.append("</span>");
        }
        String detail = Wording.detail(d);
        if (!detail.isEmpty()) {
            w.append("<details class=\"small detail\"><summary>").append(Words.say("html.details")).append("</summary>")
                    .append(esc(detail)).append("</details>");
        }
        return w.toString();
    }

    /** The i-th unmet condition, escaped, labelled by its route ({@code The closest route needs: ...}). */
    private static String missing(List<Gap> unmet, int i) {
        return Words.say(TextReport.missingKey("html.missing.", unmet, i), "gap", esc(Wording.gap(unmet.get(i))));
    }

    private static String steps(List<PlanStep> steps) {
        StringBuilder s = new StringBuilder("<ol>\n");
        for (PlanStep step : steps) {
            s.append("<li><b>").append(esc(Wording.step(step.action(), step.credential()))).append("</b>");
            if (step.earliest() != null) {
                s.append(" <span class=\"small\">").append(Words.say("html.earliest", "date", step.earliest()))
                        .append("</span>");
            }
            if (!step.needs().isEmpty()) {
                s.append("<br/><span class=\"small\">").append(esc(String.join("; ", step.needs()))).append("</span>");
            }
            s.append("</li>\n");
        }
        return s.append("</ol>\n").toString();
    }

    /** An SVG ladder: one row per rung, bottom to top, each credential coloured by its status. */
    private static String ladder(Assessment a) {
        int width = 600;
        int rowHeight = 70;
        int height = RUNGS.size() * rowHeight + 50;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(Words.say("html.ladderLabel"))
                .append("\">\n")
                .append("<line x1=\"40\" y1=\"10\" x2=\"40\" y2=\"").append(height - 40)
                .append("\" stroke=\"#bbb\" stroke-width=\"4\"/>\n")
                .append("<text x=\"60\" y=\"").append(height - 12)
                .append("\" font-size=\"12\" fill=\"#555555\">").append(Words.say("html.ladderCaption"))
                .append("</text>\n");
        for (int row = 0; row < RUNGS.size(); row++) {
            List<CredentialCode> rung = RUNGS.get(row);
            int y = height - 50 - (row + 1) * rowHeight + 15;
            for (int col = 0; col < rung.size(); col++) {
                CredentialCode c = rung.get(col);
                Decision d = a.decision(c);
                int x = 70 + col * 170;
                svg.append("<g><title>").append(c).append(": ").append(esc(Wording.headline(d)))
                        .append("</title><rect x=\"").append(x).append("\" y=\"").append(y)
                        .append("\" width=\"150\" height=\"44\" rx=\"8\" fill=\"").append(COLORS.get(d.status()))
                        .append("\"/><text x=\"").append(x + 75).append("\" y=\"").append(y + 19)
                        .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"#fff\">")
                        .append(c).append("</text><text x=\"").append(x + 75).append("\" y=\"").append(y + 36)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#fff\">")
                        .append(esc(label(d))).append("</text></g>\n");
            }
        }
        svg.append("</svg>\n");
        StringBuilder legend = new StringBuilder("<p class=\"small\">");
        for (Status s : List.of(Status.ALREADY_HELD, Status.ELIGIBLE, Status.NEEDS_INFO, Status.NEEDS_REVIEW,
                Status.NOT_ELIGIBLE)) {
            legend.append("<span class=\"status\" style=\"background:").append(COLORS.get(s)).append("\">")
                    .append(Wording.named(s)).append("</span> ");
        }
        return svg.append(legend).append("</p>\n").toString();
    }

    private static String label(Decision d) {
        switch (d.status()) {
            case ALREADY_HELD:
                return Words.say("html.label.held");
            case ELIGIBLE:
                return Words.say(d.earlyTesting() ? "html.label.early" : "html.label.eligible");
            case NOT_ELIGIBLE:
                return d.eligibleOn() == null ? Words.say("html.label.notYet")
                        : Words.say("html.label.from", "date", d.eligibleOn());
            case NEEDS_INFO:
                return Words.say("html.label.info");
            default:
                return Words.say("html.label.review");
        }
    }

    /**
     * Escapes text for HTML element content and attribute values: {@code < > & " '}.
     *
     * @param text the text, or null (the empty string)
     * @return the escaped text
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
