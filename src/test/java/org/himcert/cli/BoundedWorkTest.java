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
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        cmd.add(input.toString());
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not finish: " + String.join(" ", args));
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
        Files.writeString(broken, Files.readString(broken).replace("Keep.fee($cycle);", "Keep.fee($cycle)"));
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
