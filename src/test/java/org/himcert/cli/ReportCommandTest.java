package org.himcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.himcert.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code himcert report}: the three walkthrough candidates in both formats, and the same errors and exit statuses as
 * {@code assess}.
 */
class ReportCommandTest {

    private static final Path WALKTHROUGH = Path.of("examples/walkthrough.jsonl");
    private static final List<String> IDS = List.of("final-term-him-student", "rhit-privacy-officer",
            "cca-hospital-coder");

    @TempDir
    Path dir;

    private static CommandRun run(String stdin, String... args) {
        return CommandRun.run(stdin, args);
    }

    @Test
    void textReportsGoToStandardOutputOnePerRecordWithThePlanAsked() {
        CommandRun run = run("", "report", "--target", "chps", WALKTHROUGH.toString());

        assertThat(run.status()).isZero();
        for (String id : IDS) {
            assertThat(run.out()).contains(id + ", as of 2026-11-25\n");
        }
        assertThat(run.out()).contains("  Plan to the CHPS").contains("  Next steps:")
                .contains("  Based on what we were told:");
        assertThat(run.out().split("\n\n")).hasSize(3);
    }

    @Test
    void htmlWritesAPagePerRecordAndAnIndexAndNamesEachPageOnStandardOutput() throws Exception {
        Path out = dir.resolve("reports");
        CommandRun run = run("", "report", "--format", "html", "--out", out.toString(), "--target", "RHIA",
                WALKTHROUGH.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "{\"id\":\"final-term-him-student\",\"report\":\"1-final-term-him-student.html\"}",
                "{\"id\":\"rhit-privacy-officer\",\"report\":\"2-rhit-privacy-officer.html\"}",
                "{\"id\":\"cca-hospital-coder\",\"report\":\"3-cca-hospital-coder.html\"}");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "1-final-term-him-student.html", "2-rhit-privacy-officer.html", "3-cca-hospital-coder.html",
                    "index.html");
        }
        String page = Files.readString(out.resolve("2-rhit-privacy-officer.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Credential advice for rhit-privacy-officer")
                .contains("Plan to the RHIA");
        String index = Files.readString(out.resolve("index.html"));
        for (int i = 0; i < IDS.size(); i++) {
            assertThat(index).contains("<a href=\"" + (i + 1) + "-" + IDS.get(i) + ".html\">");
        }
        assertThat(index).contains("3 records.").endsWith("</html>\n");
    }

    @Test
    void aRecordThatBreaksTheContractIsReportedAsAssessReportsItAndTheOthersStillAre() throws Exception {
        String input = "{\"id\":\"ok\",\"education\":[{\"level\":\"BACHELOR\"}]}\n"
                + "{\"id\":\"bad\",\"education\":[{\"level\":\"NOPE\"}]}\n";
        Path out = dir.resolve("r");
        CommandRun html = run(input, "report", "--format", "html", "--out", out.toString(), "-");
        CommandRun assess = run(input, "assess", "-");
        CommandRun text = run(input, "report", "-");

        assertThat(html.status()).isEqualTo(assess.status()).isEqualTo(text.status()).isEqualTo(1);
        String error = assess.out().lines().toList().get(1);
        assertThat(html.out().lines().toList().get(1)).isEqualTo(error);
        assertThat(text.out()).contains("ok, as of 2026-11-25").contains(error);
        assertThat(html.err()).isEqualTo(assess.err());
        assertThat(Files.readString(out.resolve("index.html"))).contains("bad").contains("not assessed: the record on "
                + "line 2 breaks the contract (education[0].level: is not one of the accepted values");
        assertThat(out.resolve("1-ok.html")).exists();
    }

    @Test
    void htmlWithoutADirectoryAndAnUnknownFormatAreUsageErrors() {
        CommandRun noOut = run("", "report", "--format", "html", WALKTHROUGH.toString());
        CommandRun badFormat = run("", "report", "--format", "pdf", WALKTHROUGH.toString());
        CommandRun textOut = run("", "report", "--out", dir.toString(), WALKTHROUGH.toString());

        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.err()).contains("give the directory with --out DIR");
        assertThat(badFormat.status()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format must be text or html");
        assertThat(textOut.status()).isEqualTo(2);
    }

    @Test
    void pageNamesKeepOnlySafeCharacters() {
        assertThat(ReportCommand.pageName(7, "a/b c..\\x")).isEqualTo("7-a_b_c.._x.html");
        assertThat(ReportCommand.pageName(1, "x".repeat(200))).hasSize(2 + 80 + 5);
    }
}
