package org.himcert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.himcert.Change;
import org.himcert.EligibilityAdvisor;
import org.himcert.RulesException;
import org.himcert.json.ComparisonWriter;
import org.himcert.json.InputRecord;
import org.himcert.model.Candidate;
import org.himcert.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code himcert compare --rules DIR [--base DIR]}: whom an amendment changes. Every record is assessed under the
 * base rules (the bundled ones unless {@code --base}) and under the amended directory, as {@code assess} would
 * (full output); a record whose answer differs in anything but the rules' version gets one JSON line, the decisions
 * that changed (status, early testing, pathway, eligibleOn, before and after), the maintenance status and CEUs
 * required when they changed, and what else differs; records that did not change get none. A last line sums up:
 * both rules versions, the records assessed and changed, and per credential the transitions. Records that break
 * the contract are reported once, as {@code assess} reports them, with its exit statuses.
 */
@Command(name = "compare",
        usageHelpWidth = 110)
final class CompareCommand extends RecordCommand {
    @Option(names = "--base", paramLabel = "DIR", descriptionKey = "compare.base")
    private Path base;
    @Option(names = "--format", paramLabel = "json|html", defaultValue = "json", descriptionKey = "compare.format")
    private String format;

    private final ObjectMapper json = new ObjectMapper();
    private final ComparisonWriter lines = new ComparisonWriter();

    @Override
    public Integer call() {
        if (!input.hasRules()) {
            throw new ParameterException(spec.commandLine(), "compare needs the amended rules: --rules DIR");
        }
        if (!format.equals("json") && !format.equals("html")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or html, not '" + format + "'");
        }
        EligibilityAdvisor before;
        try {
            before = base == null ? EligibilityAdvisor.withBundledRules() : EligibilityAdvisor.fromRulesDirectory(base);
        } catch (RulesException e) {
            throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
        String[] versions = new String[2];
        long[] errorRecords = new long[1];
        // HTML: the same lines, each turned into the page's rows as it passes (nothing is kept but the line)
        java.io.OutputStream sink = format.equals("html") ? new Page(main.stdout, json) : main.stdout;
        int status = main.run(input, spec, after -> {
            versions[0] = before.rulesVersion();
            versions[1] = after.rulesVersion();
            return (records, asOf) -> {
                List<Candidate> candidates = records.stream().map(InputRecord::candidate).toList();
                List<Change> changes = before.compareAll(after, candidates, asOf);
                return lines.lines(changes, records.stream().map(InputRecord::line).toList());
            };
        }, sink, batch -> errorRecords[0] = batch.errorRecords());
        try {
            sink.write((lines.summary(versions[0], versions[1], errorRecords[0]) + "\n").getBytes(StandardCharsets.UTF_8));
            if (sink != main.stdout) {
                sink.close();
            }
            main.stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }

    /**
     * The comparison as a page an office can circulate: the changed records as table rows, the records that break
     * the contract, and the summary; written row by row from the JSON lines as they pass.
     */
    static final class Page extends LineSink {
        private final java.io.OutputStream out;
        private final ObjectMapper json;

        Page(java.io.OutputStream out, ObjectMapper json) throws UncheckedIOException {
            super(null);
            this.out = out;
            this.json = json;
            text(tablePage(Words.say("html.compare.title"), Words.say("html.compare.candidate"),
                    Words.say("html.compare.changes")));
        }

        @Override
        void line(byte[] line) throws IOException {
            JsonNode row = json.readTree(line);
            if (row.has("summary")) {
                summary(row.get("summary"));
            } else if (row.has("error")) {
                text("<tr><td>" + esc(row.path("id").asText(Words.say("html.index.noId"))) + "</td><td>"
                        + Words.say("html.index.error", "line", row.get("error").path("line").asText(), "message",
                        esc(row.get("error").path("path").asText() + ": " + row.get("error").path("message").asText()))
                        + "</td></tr>\n");
            } else {
                StringBuilder changes = new StringBuilder();
                for (JsonNode c : row.path("changes")) {
                    changes.append(Words.say("html.compare.decision", "credential", esc(c.get("credential").asText()),
                            "before", answer(c.get("before")), "after", answer(c.get("after")))).append("<br/>");
                }
                JsonNode m = row.path("maintenance");
                if (m.isObject()) {
                    changes.append(Words.say("html.compare.keeping", "before", esc(m.path("before").path("status")
                            .asText("-")) + ", " + esc(m.path("before").path("ceusRequired").asText("-")), "after",
                            esc(m.path("after").path("status").asText("-")) + ", "
                                    + esc(m.path("after").path("ceusRequired").asText("-")))).append("<br/>");
                }
                if (row.path("alsoChanged").size() > 0) {
                    List<String> also = new ArrayList<>();
                    row.get("alsoChanged").forEach(a -> also.add(a.asText()));
                    changes.append(Words.say("html.compare.also", "parts", esc(String.join(", ", also))));
                }
                text("<tr><td>" + esc(row.get("id").asText()) + "</td><td>" + changes + "</td></tr>\n");
            }
        }

        private static String answer(JsonNode d) {
            return esc(d.get("status").asText()) + (d.path("pathway").isTextual() ? " (" + esc(d.get("pathway")
                    .asText()) + ")" : "") + (d.path("eligibleOn").isTextual() ? Words.say("html.compare.from",
                    "date", esc(d.get("eligibleOn").asText())) : "");
        }

        private void summary(JsonNode s) {
            text("</table>\n<h2>" + Words.say("html.compare.summary") + "</h2>\n<p>" + Words.say("html.compare.counts",
                    "assessed", s.get("records").asText(), "changed", s.get("changed").asText(), "answers",
                    s.get("answersChanged").asText(),
                    "base", esc(s.get("baseRulesVersion").asText()), "rules", esc(s.get("rulesVersion").asText())) + "</p>\n<table>\n");
            s.get("transitions").fields().forEachRemaining(c -> c.getValue().fields().forEachRemaining(t ->
                    text("<tr><td>" + esc(c.getKey()) + "</td><td>" + esc(t.getKey()) + "</td><td>"
                            + t.getValue().asText() + "</td></tr>\n")));
            text("</table>\n");
        }

        private static String esc(String s) {
            return org.himcert.report.HtmlReport.esc(s);
        }

        private void text(String s) {
            try {
                out.write(s.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            text("</body>\n</html>\n");
        }
    }

}
