package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.himcert.Decision;
import org.himcert.EligibilityAdvisor;
import org.himcert.json.HimcertJson;
import org.himcert.model.Candidate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The service doc's clients in other languages (examples/clients: a curl session, Python with its standard library only,
 * Node's fetch) run against a real service and print what docs/service.md says. Where the interpreter is missing the
 * test is skipped, except in CI, whose .ci/run installs them.
 */
class OtherLanguagesTest {

    private static final Path CLIENTS = Path.of("examples", "clients");

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... command) throws Exception {
        Path err = Files.createTempFile("client", ".err");
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(err);
        }
    }

    private static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void assumeInstalled(String program) {
        Assumptions.assumeTrue(installed(program) || System.getenv("CI") != null,
                program + " is installed by .ci/run; not here");
    }

    /** What the facade answers for the examples' candidate, in the examples' words. */
    private static List<String> expected() throws Exception {
        Candidate c = HimcertJson.candidate("{\"id\":\"x\",\"education\":[{\"level\":\"ASSOCIATE\",\"field\":\"HIM\","
                + "\"accreditation\":\"CAHIIM\",\"status\":\"FINAL_TERM\"}],\"experience\":[]}");
        List<String> lines = new ArrayList<>();
        for (Decision d : EligibilityAdvisor.withBundledRules().assess(c, LocalDate.of(2026, 11, 25)).decisions()) {
            lines.add((d.credential().code() + " " + d.status() + " " + (d.pathway() == null ? "" : d.pathway()))
                    .strip());
        }
        return lines;
    }

    private static List<String> decisions(String out) {
        List<String> lines = new ArrayList<>();
        for (String line : out.lines().toList()) {
            if (!line.startsWith("next:")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    @Test
    void pythonWithItsStandardLibraryAssessesACandidateAndReadsAnError() throws Exception {
        assumeInstalled("python3");
        TestService s = new TestService();
        s.tokens = Set.of("py-token");
        try (TestService service = s.start()) {
            Run ok = run("python3", CLIENTS.resolve("assess.py").toString(), service.base(), "py-token");
            Run refused = run("python3", CLIENTS.resolve("assess.py").toString(), service.base(), "wrong");

            assertThat(ok.status()).as(ok.err()).isZero();
            assertThat(decisions(ok.out())).isEqualTo(expected());
            assertThat(ok.out()).contains("next: You can sit the RHIT exam now");
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).contains("401: request: this service needs a token");
        }
    }

    @Test
    void nodeWithFetchAssessesACandidate() throws Exception {
        assumeInstalled("node");
        try (TestService service = new TestService().start()) {
            Run ok = run("node", CLIENTS.resolve("assess.mjs").toString(), service.base());

            assertThat(ok.status()).as(ok.err()).isZero();
            assertThat(decisions(ok.out())).isEqualTo(expected());
        }
    }

    @Test
    void theCurlSessionShowsHealthOneCandidateJsonLinesAndAMistake() throws Exception {
        assumeInstalled("curl");
        try (TestService service = new TestService().start()) {
            Run session = run("sh", CLIENTS.resolve("session.sh").toString(), service.base());

            assertThat(session.status()).as(session.err()).isZero();
            List<String> lines = session.out().lines().toList();
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).startsWith("{\"status\":\"ok\"");
            assertThat(lines.get(1)).startsWith("{\"id\":\"sh-1\"").contains("\"pathway\":\"RHIT-3\"");
            assertThat(lines.get(2)).startsWith("{\"id\":\"sh-2\"");
            assertThat(lines.get(3)).startsWith("{\"id\":\"sh-3\"");
            assertThat(lines.get(4)).isEqualTo("{\"error\":{\"line\":null,\"path\":\"asof\",\"message\":\"/v1/assess"
                    + " takes the query parameters asOf, brief (names are case-sensitive)\"}} (HTTP 400)");
        }
    }

    @Test
    void theServiceDocShowsEachClientAsItRuns() throws Exception {
        String readme = Files.readString(Path.of("docs", "service.md"), StandardCharsets.UTF_8);
        for (String[] client : new String[][] {{"assess.py", "import json"}, {"assess.mjs", "const url"},
            {"session.sh", "url=${1"}}) {
            String text = Files.readString(CLIENTS.resolve(client[0]), StandardCharsets.UTF_8);
            assertThat(readme).as(client[0]).contains(text.substring(text.indexOf(client[1])));
        }
    }
}
