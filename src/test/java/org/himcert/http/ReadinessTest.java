package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import org.himcert.EligibilityAdvisor;
import org.himcert.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The service listens before its rules are loaded: {@code /health} answers at once, {@code /ready} says 503 until
 * the rules are in; and {@code serve --check} is a smoke test of an installation.
 */
class ReadinessTest {

    @Test
    void healthAnswersWhileTheRulesLoadAndReadinessWaitsForThem() throws Exception {
        CompletableFuture<EligibilityAdvisor> loading = new CompletableFuture<>();
        try (Service service = new Service(loading, new TestService().options(), TestService.NOV_25,
                new PrintWriter(new StringWriter()))) {
            service.start();
            String health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            String ready = "GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

            Raw.Answer early = Raw.exchange(service.port(), health);
            Raw.Answer notYet = Raw.exchange(service.port(), ready);
            loading.complete(EligibilityAdvisor.withBundledRules());
            Raw.Answer now = Raw.exchange(service.port(), ready);

            assertThat(early.status()).isEqualTo(200);
            assertThat(early.body()).isEqualTo("{\"status\":\"ok\",\"rulesVersion\":null}");
            assertThat(notYet.status()).isEqualTo(503);
            assertThat(notYet.body()).isEqualTo("{\"status\":\"loading\",\"rulesVersion\":null}");
            assertThat(now.status()).isEqualTo(200);
            assertThat(now.body()).startsWith("{\"status\":\"ready\",\"rulesVersion\":\"");
            assertThat(now.headers()).containsKey("x-rules-version");
        }
    }

    @Test
    void serveCheckStartsTheServiceAsksItWhatAClientWouldAndStops() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                TestService.NOV_25);
        cmd.setErr(new PrintWriter(err, true));

        int status = cmd.execute("serve", "--check");

        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).contains("himcert serve --check: GET /health: 200 ok",
                "himcert serve --check: POST /v1/assess (one candidate): 200 ok",
                "himcert serve --check: POST /v1/assess (JSON Lines): 200 ok",
                "himcert serve --check: POST /v1/plan: 200 ok", "himcert serve --check: GET /openapi.json: 200 ok",
                "himcert serve --check: ok");
    }
}
