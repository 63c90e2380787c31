package org.himcert.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.Plan;
import org.himcert.json.InputRecord;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.report.HtmlReport;
import org.himcert.report.TextReport;
import org.himcert.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code himcert report}: the human reports of each record, as {@code assess} reads them (the same errors, exit
 * statuses and one-record-at-a-time memory). Text goes to standard output, one report per record; HTML goes to
 * {@code --out}, one page per record, named by its line and id, with an index page written as the pages are, and
 * standard output gets one JSON line per record naming its page (or the record's error).
 */
@Command(name = "report",
        usageHelpWidth = 110)
final class ReportCommand extends RecordCommand {
    /** The index page's name in {@code --out}. */
    static final String INDEX = "index.html";

    @Option(names = "--target", paramLabel = "CREDENTIAL", converter = Converters.TargetConverter.class,
            descriptionKey = "report.target")
    private CredentialCode target;
    @Option(names = "--format", paramLabel = "text|html", defaultValue = "text", descriptionKey = "report.format")
    private String format;
    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "report.out")
    private Path out;

    @Override
    public Integer call() {
        boolean html = switch (format) {
            case "text" -> false;
            case "html" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--format must be text or html, not '"
                    + format + "'");
        };
        if (html && out == null) {
            throw new ParameterException(spec.commandLine(), "--format html writes one page per record: give the "
                    + "directory with --out DIR");
        }
        if (!html && out != null) {
            throw new ParameterException(spec.commandLine(), "--out goes with --format html: text reports go to "
                    + "standard output");
        }
        if (!html) {
            return main.run(input, spec, advisor -> (records, asOf) -> {
                List<byte[]> reports = new ArrayList<>(records.size());
                List<Assessment> assessed = assessAll(advisor, records, asOf);
                for (int i = 0; i < records.size(); i++) {
                    Candidate c = records.get(i).candidate();
                    reports.add(TextReport.render(c, assessed.get(i), plans(advisor, c, asOf.get(i)))
                            .getBytes(StandardCharsets.UTF_8));
                }
                return reports;
            }, main.stdout);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out: cannot create the directory " + out);
        }
        ObjectMapper json = new ObjectMapper();
        try (Index index = new Index(out.resolve(INDEX), main.stdout, json)) {
            return main.run(input, spec, advisor -> (records, asOf) -> {
                List<byte[]> lines = new ArrayList<>(records.size());
                List<Assessment> assessed = assessAll(advisor, records, asOf);
                for (int i = 0; i < records.size(); i++) {
                    InputRecord r = records.get(i);
                    String page = pageName(r.line(), r.candidate().id());
                    try {
                        Files.writeString(out.resolve(page), HtmlReport.render(r.candidate(), assessed.get(i),
                                plans(advisor, r.candidate(), asOf.get(i))), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not write " + page, e);
                    }
                    ObjectNode line = json.createObjectNode();
                    line.put("id", r.candidate().id());
                    line.put("report", page);
                    lines.add(line.toString().getBytes(StandardCharsets.UTF_8));
                }
                return lines;
            }, index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Assessment> assessAll(EligibilityAdvisor advisor, List<InputRecord> records,
                                              List<java.time.LocalDate> asOf) {
        return advisor.assessAll(records.stream().map(InputRecord::candidate).toList(), asOf, Detail.FULL);
    }

    private List<Plan> plans(EligibilityAdvisor advisor, Candidate c, java.time.LocalDate asOf) {
        return target == null ? List.of() : List.of(advisor.plan(c, target, asOf));
    }

    /** A page's file name: its record's line, then the id with anything but letters, digits, dot and dash as _. */
    static String pageName(long line, String id) {
        String safe = id.replaceAll("[^A-Za-z0-9.-]", "_");
        return line + "-" + (safe.length() > 80 ? safe.substring(0, 80) : safe) + ".html";
    }

    /**
     * Standard output, and the index page written from its lines as they pass: one row per record, a link to its page
     * or its error. Nothing is kept but the line being read.
     */
    static final class Index extends LineSink {
        private final OutputStream stdout;
        private final OutputStream page;
        private final ObjectMapper json;
        private int rows;

        Index(Path file, OutputStream stdout, ObjectMapper json) throws IOException {
            super(stdout);
            this.stdout = stdout;
            this.json = json;
            this.page = new java.io.BufferedOutputStream(Files.newOutputStream(file));
            text(tablePage(Words.say("html.index.title"), Words.say("html.index.candidate"),
                    Words.say("html.index.report")));
        }

        @Override
        void line(byte[] line) throws IOException {
            JsonNode row = json.readTree(line);
            rows++;
            String id = row.path("id").isTextual() ? HtmlReport.esc(row.get("id").asText())
                    : Words.say("html.index.noId");
            if (row.has("report")) {
                text("<tr><td>" + id + "</td><td><a href=\"" + HtmlReport.esc(row.get("report").asText()) + "\">"
                        + Words.say("html.index.open") + "</a></td></tr>\n");
            } else {
                JsonNode error = row.path("error");
                text("<tr><td>" + id + "</td><td>" + Words.say("html.index.error", "line",
                        error.path("line").asText(), "message", HtmlReport.esc(error.path("path").asText()
                                + ": " + error.path("message").asText())) + "</td></tr>\n");
            }
        }

        private void text(String s) throws IOException {
            page.write(s.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws IOException {
            stdout.flush();
        }

        @Override
        public void close() throws IOException {
            text("</table>\n<p>" + Words.say("html.index.count", "count", rows) + "</p>\n</body>\n</html>\n");
            page.close();
        }
    }
}
