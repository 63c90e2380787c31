package org.himcert.http;

import static org.himcert.report.HtmlReport.esc;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.text.Wording;
import org.himcert.text.Words;

/**
 * The advisor's page of {@code himcert serve}: a form for one candidate (education rows, credentials, experience,
 * coursework, exam attempts, CEU records: everything its report can ask for) that posts to itself and shows the report below it. Plain HTML, no script: labels on every field,
 * native controls (keyboard), fieldsets with legends, and the report's colours (WCAG AA).
 */
final class AdvisorPage {

    static final int EDUCATION_ROWS = 3;
    static final int CREDENTIAL_ROWS = 3;
    static final int EXPERIENCE_ROWS = 3;
    static final int ATTEMPT_ROWS = 2;
    static final int CEU_ROWS = 4;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LEVELS = List.of("HIGH_SCHOOL", "GED", "ASSOCIATE", "BACHELOR",
            "POST_BACCALAUREATE_CERTIFICATE", "MASTER", "DOCTORATE");
    private static final List<String> FIELDS = List.of("HIM", "HEALTH_INFORMATICS", "OTHER");
    private static final List<String> ACCREDITATIONS = List.of("CAHIIM", "FOREIGN", "NONE");
    private static final List<String> PROGRAM_STATUSES = List.of("COMPLETED", "FINAL_TERM", "COURSEWORK_COMPLETE",
            "AWAITING_TRANSCRIPT", "ENROLLED");
    private static final List<String> KINDS = List.of("CODING", "PRIVACY_SECURITY_MANAGEMENT", "OTHER");
    private static final List<String> STANDINGS = List.of("ACTIVE", "INACTIVE", "REVOKED");
    private static final List<String> CODES = java.util.Arrays.stream(CredentialCode.values()).map(CredentialCode::code)
            .toList();
    private static final List<String> ASSESSED = CredentialCode.ASSESSED.stream().map(CredentialCode::code).toList();

    private AdvisorPage() {
    }

    /**
     * The page.
     *
     * @param form    the values to show in the form (empty for a new form)
     * @param report  the report page to show below the form, or null
     * @param problem what was wrong with the form, or null
     */
    static String render(Map<String, String> form, String report, String problem) {
        StringBuilder h = new StringBuilder(16384);
        String style = report == null ? "" : between(report, "<style>", "</style>");
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Words.say("page.title")).append("</title>\n<style>\n")
                .append("body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#212121;max-width:64em}\n")
                .append("fieldset{border:1px solid #bbbbbb;margin:0 0 1em;padding:.6em 1em}legend{font-weight:bold}\n")
                .append(".row{display:flex;flex-wrap:wrap;gap:.8em;margin:.3em 0}.row label{display:flex;")
                .append("flex-direction:column;font-size:.9em}label.check{flex-direction:row;gap:.4em;display:flex}\n")
                .append("input,select,button{font:inherit;padding:.2em}button{background:#0d47a1;color:#ffffff;")
                .append("border:0;padding:.5em 1.2em;border-radius:.3em;cursor:pointer}\n")
                .append(":focus{outline:3px solid #0d47a1;outline-offset:2px}.hint{font-size:.85em;color:#555555}\n")
                .append(".problem{background:#fdecea;color:#8b0000;padding:.6em;border-left:4px solid #8b0000}\n")
                .append(style).append("\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(Words.say("page.heading")).append("</h1>\n")
                .append("<p class=\"hint\">").append(Words.say("page.hint")).append("</p>\n");
        if (problem != null) {
            h.append("<p class=\"problem\" role=\"alert\" id=\"problem\">").append(esc(problem)).append("</p>\n");
        }
        h.append("<form method=\"post\" action=\"/\" id=\"candidate\">\n<fieldset><legend>")
                .append(Words.say("page.candidate")).append("</legend>")
                .append("<div class=\"row\">");
        text(h, form, "id", Words.say("page.id"), "text", "web-1");
        text(h, form, "asOf", Words.say("page.asOf"), "date", "");
        select(h, form, "target", Words.say("page.target"), ASSESSED, Words.say("page.noPlan"));
        h.append("</div></fieldset>\n<fieldset><legend>").append(Words.say("page.education")).append("</legend>");
        checkbox(h, form, "educationNone", Words.say("page.noneToList"));
        for (int i = 0; i < EDUCATION_ROWS; i++) {
            String p = "edu" + i + "-";
            h.append("<div class=\"row\">");
            select(h, form, p + "level", Words.say("page.level", "row", i + 1), LEVELS, "");
            select(h, form, p + "field", Words.say("page.field"), FIELDS, Words.say("page.notGiven"));
            select(h, form, p + "accreditation", Words.say("page.accreditation"), ACCREDITATIONS,
                    Words.say("page.notGiven"));
            text(h, form, p + "association", Words.say("page.association"), "text", "");
            select(h, form, p + "status", Words.say("page.status"), PROGRAM_STATUSES, null);
            text(h, form, p + "completedOn", Words.say("page.completedOn"), "date", "");
            text(h, form, p + "expectedOn", Words.say("page.expectedOn"), "date", "");
            h.append("</div>");
        }
        h.append("</fieldset>\n<fieldset><legend>").append(Words.say("page.credentials")).append("</legend>");
        for (int i = 0; i < CREDENTIAL_ROWS; i++) {
            String p = "cred" + i + "-";
            h.append("<div class=\"row\">");
            select(h, form, p + "code", Words.say("page.credential", "row", i + 1), CODES, "");
            select(h, form, p + "status", Words.say("page.standing"), STANDINGS, null);
            text(h, form, p + "earnedOn", Words.say("page.earnedOn"), "date", "");
            h.append("</div>");
        }
        h.append("</fieldset>\n<fieldset><legend>").append(Words.say("page.experience")).append("</legend>");
        checkbox(h, form, "experienceNone", Words.say("page.noneToList"));
        for (int i = 0; i < EXPERIENCE_ROWS; i++) {
            String p = "exp" + i + "-";
            h.append("<div class=\"row\">");
            select(h, form, p + "kind", Words.say("page.kind", "row", i + 1), KINDS, "");
            text(h, form, p + "months", Words.say("page.months"), "number", "");
            text(h, form, p + "from", Words.say("page.from"), "date", "");
            text(h, form, p + "to", Words.say("page.to"), "date", "");
            checkbox(h, form, p + "multiSpecialty", Words.say("page.multiSpecialty"));
            h.append("</div>");
        }
        h.append("</fieldset>\n<fieldset><legend>").append(Words.say("page.attempts")).append("</legend>");
        for (int i = 0; i < ATTEMPT_ROWS; i++) {
            String p = "att" + i + "-";
            h.append("<div class=\"row\">");
            select(h, form, p + "credential", Words.say("page.exam", "row", i + 1), ASSESSED, "");
            text(h, form, p + "date", Words.say("page.on"), "date", "");
            select(h, form, p + "result", Words.say("page.result"), List.of("FAILED", "PASSED"), null);
            h.append("</div>");
        }
        h.append("</fieldset>\n<fieldset><legend>").append(Words.say("page.coursework")).append("</legend>")
                .append("<div class=\"row\">");
        for (CourseArea area : CourseArea.values()) {
            checkbox(h, form, "course-" + area.name(), Wording.named(area));
        }
        h.append("</div></fieldset>\n<fieldset><legend>").append(Words.say("page.ceus")).append("</legend>")
                .append("<p class=\"hint\">").append(Words.say("page.ceusHint")).append("</p>");
        checkbox(h, form, "ceusNone", Words.say("page.ceusNone"));
        for (int i = 0; i < CEU_ROWS; i++) {
            String p = "ceu" + i + "-";
            h.append("<div class=\"row\">");
            text(h, form, p + "date", Words.say("page.ceuDate", "row", i + 1), "date", "");
            text(h, form, p + "units", Words.say("page.units"), "number", "");
            // within the HIIM domains unless said otherwise (the contract's default): ticked on a new form
            checkbox(h, form, p + "hiimDomain", Words.say("page.hiimDomain"), form.isEmpty());
            checkbox(h, form, p + "ahimaSource", Words.say("page.ahimaSource"));
            h.append("</div>");
        }
        h.append("</fieldset>\n<button type=\"submit\" id=\"assess\">").append(Words.say("page.assess"))
                .append("</button>\n</form>\n");
        if (report != null) {
            h.append("<section id=\"report\" aria-label=\"").append(Words.say("page.reportLabel")).append("\">\n")
                    .append(between(report, "<body>", "</body>")).append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The form as the contract's input: rows left empty are left out; unknown stays unknown. */
    static String candidateJson(Map<String, String> form) {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("id", form.getOrDefault("id", "").isBlank() ? "web-1" : form.get("id").trim());
        put(c, "asOf", form.get("asOf"));
        ArrayNode education = rows(form, "edu", EDUCATION_ROWS, "level", "field", "accreditation", "association",
                "status", "completedOn", "expectedOn");
        if (!education.isEmpty() || form.containsKey("educationNone")) {
            c.set("education", education);
        }
        c.set("credentials", rows(form, "cred", CREDENTIAL_ROWS, "code", "status", "earnedOn"));
        ArrayNode experience = MAPPER.createArrayNode();
        for (int i = 0; i < EXPERIENCE_ROWS; i++) {
            String p = "exp" + i + "-";
            if (!filled(form, p + "kind")) {
                continue;
            }
            ObjectNode e = experience.addObject();
            put(e, "kind", form.get(p + "kind"));
            if (form.containsKey(p + "multiSpecialty")) {
                e.put("multiSpecialty", true);
            }
            if (filled(form, p + "months")) {
                String m = form.get(p + "months").trim();
                if (m.matches("\\d{1,9}")) {
                    e.put("months", Integer.parseInt(m));
                } else {
                    e.put("months", m); // the reader names the field and what it accepts
                }
            }
            put(e, "from", form.get(p + "from"));
            put(e, "to", form.get(p + "to"));
        }
        if (!experience.isEmpty() || form.containsKey("experienceNone")) {
            c.set("experience", experience);
        }
        c.set("examAttempts", rows(form, "att", ATTEMPT_ROWS, "credential", "date", "result"));
        ArrayNode coursework = MAPPER.createArrayNode();
        for (CourseArea area : CourseArea.values()) {
            if (form.containsKey("course-" + area.name())) {
                coursework.add(area.name());
            }
        }
        c.set("coursework", coursework);
        ArrayNode ceus = MAPPER.createArrayNode();
        for (int i = 0; i < CEU_ROWS; i++) {
            String p = "ceu" + i + "-";
            if (!filled(form, p + "date") && !filled(form, p + "units")) {
                continue;
            }
            ObjectNode r = ceus.addObject();
            put(r, "date", form.get(p + "date"));
            if (filled(form, p + "units")) {
                String u = form.get(p + "units").trim();
                try {
                    r.put("units", new java.math.BigDecimal(u));
                } catch (NumberFormatException e) {
                    r.put("units", u); // the reader names the field and what it accepts
                }
            }
            r.put("hiimDomain", form.containsKey(p + "hiimDomain"));
            r.put("ahimaSource", form.containsKey(p + "ahimaSource"));
        }
        if (!ceus.isEmpty() || form.containsKey("ceusNone")) {
            c.set("ceus", ceus); // none ticked and no rows: the CEUs stay unknown
        }
        return c.toString();
    }

    /**
     * The form's rows of one list ({@code cred0-code}, {@code cred0-status}, ...) as contract objects: a row whose
     * first field is empty is left out, and so is every empty field.
     */
    private static ArrayNode rows(Map<String, String> form, String prefix, int count, String first,
                                  String... others) {
        ArrayNode rows = MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            String p = prefix + i + "-";
            if (!filled(form, p + first)) {
                continue;
            }
            ObjectNode row = rows.addObject();
            put(row, first, form.get(p + first));
            for (String f : others) {
                put(row, f, form.get(p + f));
            }
        }
        return rows;
    }

    /**
     * A contract field path in the form's words: {@code education[1].accreditation} is "Education row 2, its
     * accreditation"; no path is shown.
     */
    static String field(String path) {
        String[][] names = {{"education", "page.row.education"}, {"credentials", "page.row.credentials"},
            {"experience", "page.row.experience"}, {"examAttempts", "page.row.examAttempts"},
            {"ceus", "page.row.ceus"}, {"coursework", "page.row.coursework"}};
        for (String[] n : names) {
            if (path.startsWith(n[0] + "[")) {
                int i = Integer.parseInt(path.substring(n[0].length() + 1, path.indexOf(']')));
                int dot = path.indexOf("].");
                String field = dot < 0 ? null : Wording.fieldName(path.substring(dot + 2));
                return Words.say(n[1], "row", i + 1) + (field == null ? ""
                        : Words.say("page.row.field", "field", field));
            }
        }
        if (path.isEmpty()) {
            return Words.say("page.theForm");
        }
        String field = Wording.fieldName(path);
        return field == null ? Words.say("page.theForm") : field;
    }

    private static boolean filled(Map<String, String> form, String name) {
        String v = form.get(name);
        return v != null && !v.isBlank();
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.trim());
        }
    }

    private static void text(StringBuilder h, Map<String, String> form, String name, String label, String type,
                             String placeholder) {
        h.append("<label for=\"").append(name).append("\">").append(esc(label)).append("<input type=\"").append(type)
                .append("\" id=\"").append(name).append("\" name=\"").append(name).append("\"")
                .append(!type.equals("number") ? "" : name.endsWith("-units") ? " min=\"0.01\" step=\"0.01\""
                        : " min=\"0\" max=\"1200\"")
                .append(placeholder.isEmpty() ? "" : " placeholder=\"" + esc(placeholder) + "\"")
                .append(" value=\"").append(esc(form.getOrDefault(name, ""))).append("\"/></label>");
    }

    private static void select(StringBuilder h, Map<String, String> form, String name, String label,
                               List<String> values, String blank) {
        String chosen = form.getOrDefault(name, "");
        h.append("<label for=\"").append(name).append("\">").append(esc(label)).append("<select id=\"").append(name)
                .append("\" name=\"").append(name).append("\">");
        if (blank != null) {
            h.append("<option value=\"\">").append(esc(blank)).append("</option>");
        }
        for (String v : values) {
            h.append("<option value=\"").append(v).append("\"").append(v.equals(chosen) ? " selected=\"selected\"" : "")
                    .append(">").append(words(v)).append("</option>");
        }
        h.append("</select></label>");
    }

    /** An option in words ({@code page.option.*}): {@code FINAL_TERM} is "final term"; codes stay as they are. */
    private static String words(String value) {
        if (CODES.contains(value)) {
            return value.equals("OTHER_CODING") ? Words.say("page.otherCoding") : value;
        }
        return Words.say("page.option." + value);
    }

    private static void checkbox(StringBuilder h, Map<String, String> form, String name, String label) {
        checkbox(h, form, name, label, false);
    }

    private static void checkbox(StringBuilder h, Map<String, String> form, String name, String label,
                                 boolean ticked) {
        h.append("<label for=\"").append(name).append("\" class=\"check\"><input type=\"checkbox\"")
                .append(" id=\"").append(name).append("\" name=\"").append(name).append("\" value=\"yes\"")
                .append(ticked || form.containsKey(name) ? " checked=\"checked\"" : "").append("/>")
                .append(esc(label)).append("</label>");
    }

    private static String between(String text, String open, String close) {
        int a = text.indexOf(open);
        int b = text.lastIndexOf(close);
        return a < 0 || b < a ? "" : text.substring(a + open.length(), b);
    }
}
