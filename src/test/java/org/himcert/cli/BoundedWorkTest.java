package org.himcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.himcert.testing.FacadeRun;
import org.himcert.testing.HostileRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legal but hostile records cost bounded work: the command line runs in a child JVM with a 256 MB heap, and every
 * record still gets its line. (The time limits below only stop a hang; they assert nothing about speed.)
 */
class BoundedWorkTest {

    private static final String ENTRY = "{\"level\":\"ASSOCIATE\",\"field\":\"HIM\",\"accreditation\":\"CAHIIM\","
            + "\"status\":\"ENROLLED\"}";

    @TempDir
    Path dir;

    private record Child(int status, List<String> out, String err) {
    }

    private Child run(Path input, String... args) throws IOException, InterruptedException {
        return run(List.of(), input, args);
    }

    private Child run(List<String> jvm, Path input, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        cmd.add(input.toString());
        return child(cmd);
    }

    /** A JVM of 256 MB running the main class and arguments given, on this test's class path. */
    private Child child(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC"));
        int main = 0;
        while (mainAndArgs.get(main).startsWith("-")) {
            cmd.add(mainAndArgs.get(main++)); // JVM options first
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs.subList(main, mainAndArgs.size()));
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish: " + String.join(" ", mainAndArgs));
        }
        return new Child(p.exitValue(), Files.readAllLines(out), Files.readString(err));
    }

    private static String repeated(String id, int entries) {
        StringWriter s = new StringWriter();
        s.write("{\"id\":\"" + id + "\",\"experience\":[],\"education\":[");
        for (int i = 0; i < entries; i++) {
            s.write(i == 0 ? "" : ",");
            s.write(ENTRY);
        }
        s.write("]}");
        return s.toString();
    }

    @Test
    void aRecordOfTenThousandEqualEntriesAmongTwoThousandGoodOnesCostsNoOtherItsLine() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            input.append("{\"id\":\"g").append(i).append("\",\"education\":[{\"level\":\"HIGH_SCHOOL\"}],")
                    .append("\"experience\":[{\"kind\":\"CODING\",\"months\":").append(i % 40).append("}]}\n");
        }
        input.append(repeated("huge", 10_000)).append('\n');
        for (int i = 1000; i < 2000; i++) {
            input.append("{\"id\":\"g").append(i).append("\",\"education\":[]}\n");
        }
        Path file = Files.writeString(dir.resolve("in.jsonl"), input, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(800_000);

        Child run = run(file, "assess", "--as-of", "2026-11-25");

        assertThat(run.err()).doesNotContain("Exception", "Error", "\tat ");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).hasSize(2001);
        assertThat(run.out().get(1000)).startsWith("{\"id\":\"huge\",").contains("\"decisions\"");
        assertThat(run.out().get(2000)).startsWith("{\"id\":\"g1999\",");
    }

    @Test
    void aPlanForARecordOfRepeatedEntriesIsBoundedAndTheRecordBeforeItIsWritten() throws Exception {
        String before = "{\"id\":\"first\",\"education\":[{\"level\":\"HIGH_SCHOOL\"}],\"experience\":[]}";
        Path file = Files.writeString(dir.resolve("plan.jsonl"), before + "\n" + repeated("repeated", 200) + "\n"
                + repeated("more", 1000).replace("ASSOCIATE", "MASTER") + "\n", StandardCharsets.UTF_8);

        Child run = run(file, "plan", "--target", "CHPS", "--as-of", "2026-11-25");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).hasSize(3);
        assertThat(run.out().get(0)).startsWith("{\"id\":\"first\",");
        assertThat(run.out().get(1)).startsWith("{\"id\":\"repeated\",").contains("\"steps\":[{");
        assertThat(run.out().get(2)).startsWith("{\"id\":\"more\",");
    }

    /**
     * The shapes the bounded-work issue found exhausting memory, each between good records: 1,000, 4,000 and 10,900
     * education entries over 50 expectedOn dates, and a 1 MiB record of everything at once.
     */
    private Path hostileBetweenGood() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] hostile = {HostileRecords.distinctDates("dates-1000", 1_000, 50),
            HostileRecords.distinctDates("dates-4000", 4_000, 50), HostileRecords.distinctDates("dates-10900", 10_900, 50),
            HostileRecords.mixed("mixed")};
        for (int i = 0; i < hostile.length; i++) {
            lines.add(HostileRecords.good("good-" + i, i));
            lines.add(hostile[i]);
        }
        lines.add(HostileRecords.good("good-last", 7));
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThan(HostileRecords.MAX_RECORD_BYTES);
        }
        return Files.write(dir.resolve("hostile.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static final List<String> HOSTILE_IDS = List.of("good-0", "dates-1000", "good-1", "dates-4000", "good-2",
            "dates-10900", "good-3", "mixed", "good-last");

    /** What the command line writes for the good records alone, in this JVM: the answers a clean run gives. */
    private static List<String> cleanRun(String... args) {
        String good = String.join("\n", HostileRecords.good("good-0", 0), HostileRecords.good("good-1", 1),
                HostileRecords.good("good-2", 2), HostileRecords.good("good-3", 3), HostileRecords.good("good-last", 7));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-");
        int status = Main.commandLine(new java.io.ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), out,
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T12:00:00Z"), java.time.ZoneOffset.UTC))
                .execute(all.toArray(String[]::new));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everyHostileShapeAmongGoodRecordsGetsItsLineForAssessAndEveryPlanUnder256Megabytes() throws Exception {
        Path file = hostileBetweenGood();
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"assess", "--as-of", "2026-11-25"});
        for (String target : List.of("RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CHPS")) {
            commands.add(new String[] {"plan", "--target", target, "--as-of", "2026-11-25"});
        }
        for (String[] args : commands) {
            Child run = run(file, args);
            String command = String.join(" ", args);

            assertThat(run.err()).as(command).doesNotContain("Exception", "Error", "\tat ");
            assertThat(run.status()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(command).hasSize(HOSTILE_IDS.size());
            for (int i = 0; i < HOSTILE_IDS.size(); i++) {
                assertThat(run.out().get(i)).as(command).startsWith("{\"id\":\"" + HOSTILE_IDS.get(i) + "\",")
                        .doesNotContain("\"error\"");
            }
            List<String> clean = cleanRun(args);
            assertThat(List.of(run.out().get(0), run.out().get(2), run.out().get(4), run.out().get(6),
                    run.out().get(8))).as(command).isEqualTo(clean);
        }
    }

    @Test
    void throughTheFacadeEveryHostileShapeIsAssessedAndPlannedUnder256Megabytes() throws Exception {
        Child run = child(List.of(FacadeRun.class.getName(), hostileBetweenGood().toString()));

        assertThat(run.err()).doesNotContain("Exception", "Error", "\tat ");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).hasSize(HOSTILE_IDS.size());
        for (int i = 0; i < HOSTILE_IDS.size(); i++) {
            assertThat(run.out().get(i)).startsWith(HOSTILE_IDS.get(i) + " assess 6 decisions, plan RHIT ")
                    .contains(", plan CHPS ");
        }
    }

    @Test
    void atTraceLevelNoInputValueButTheIdReachesTheLog() throws Exception {
        String good = "{\"id\":\"p1\",\"education\":[{\"level\":\"BACHELOR\",\"field\":\"HIM\","
                + "\"accreditation\":\"FOREIGN\",\"association\":\"ZQXASSOC\",\"completedOn\":\"2011-03-17\"}],"
                + "\"experience\":[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"from\":\"2012-04-19\"}],"
                + "\"examAttempts\":[{\"credential\":\"CHPS\",\"date\":\"2026-10-13\",\"result\":\"FAILED\"}]}";
        String bad = "{\"id\":\"p2\",\"education\":[{\"level\":\"ZQXBAD\"}]}";
        Path file = Files.writeString(dir.resolve("private.jsonl"), good + "\n" + bad + "\n", StandardCharsets.UTF_8);
        List<String> trace = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace");

        Child assess = run(trace, file, "assess", "--as-of", "2026-11-25");
        Child plan = run(trace, file, "plan", "--target", "RHIA", "--as-of", "2026-11-25");

        for (Child c : List.of(assess, plan)) {
            assertThat(c.out()).hasSize(2);
            assertThat(c.err()).doesNotContain("ZQXASSOC", "2011-03-17", "2012-04-19", "2026-10-13", "ZQXBAD");
        }
        assertThat(assess.err()).contains("the first on line 2");
    }

    @Test
    void aBrokenRulesFileGetsOneLocatedMessageAndNoLoggingNoise() throws Exception {
        Path rules = org.himcert.testing.BundledRules.copyTo(dir.resolve("rules"));
        Path broken = rules.resolve("maintenance.drl");
        Files.writeString(broken, Files.readString(broken).replace("MaintenanceRows.fee($cycle);", "MaintenanceRows.fee($cycle)"));
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"q-1\"}\n");

        Child broke = run(input, "assess", "--rules", rules.toString());
        Child fine = run(input, "assess");

        assertThat(broke.status()).isEqualTo(2);
        assertThat(broke.err().lines().findFirst().orElse(""))
                .startsWith("himcert: --rules: " + broken + ":").contains("Syntax error");
        assertThat(broke.err()).doesNotContain("ERROR", "SLF4J", "org.drools");
        assertThat(fine.status()).isZero();
        assertThat(fine.err()).isEmpty();
    }
}
