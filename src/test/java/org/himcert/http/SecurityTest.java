package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only whom it should: tokens, TLS, the Host allowlist, CORS only where asked, and the headers of every answer. */
class SecurityTest {

    private static final String ONE = "{\"id\":\"s-1\",\"education\":[]}";

    @TempDir
    Path dir;

    private static String request(String method, String target, String host, String... headers) {
        StringBuilder s = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String h : headers) {
            s.append(h).append("\r\n");
        }
        return s.append("Connection: close\r\n\r\n").toString();
    }

    private static String post(String target, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type: application/json";
        all[headers.length + 1] = "Content-Length: " + ONE.length();
        return request("POST", target, "127.0.0.1", all) + ONE;
    }

    @Test
    void tokensGuardTheContractAndThePageButNotHealthOrReadiness() throws Exception {
        TestService s = new TestService();
        s.tokens = Set.of("t0ken-one", "t0ken-two");
        try (TestService service = s.start()) {
            Raw.Answer none = Raw.exchange(service.port(), post("/v1/assess"));
            Raw.Answer wrong = Raw.exchange(service.port(), post("/v1/assess", "Authorization: Bearer nope"));
            Raw.Answer right = Raw.exchange(service.port(), post("/v1/assess", "Authorization: Bearer t0ken-two"));
            Raw.Answer page = Raw.exchange(service.port(), request("GET", "/", "127.0.0.1"));
            Raw.Answer basic = Raw.exchange(service.port(), request("GET", "/", "127.0.0.1", "Authorization: Basic "
                    + Base64.getEncoder().encodeToString("advisor:t0ken-one".getBytes(StandardCharsets.UTF_8))));
            Raw.Answer metrics = Raw.exchange(service.port(), request("GET", "/metrics", "127.0.0.1"));
            Raw.Answer health = Raw.exchange(service.port(), request("GET", "/health", "127.0.0.1"));
            Raw.Answer ready = Raw.exchange(service.port(), request("GET", "/ready", "127.0.0.1"));

            assertThat(none.status()).isEqualTo(401);
            assertThat(none.headers().get("www-authenticate")).startsWith("Bearer");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(right.status()).isEqualTo(200);
            assertThat(page.status()).isEqualTo(401);
            assertThat(page.headers().get("www-authenticate")).startsWith("Basic");
            assertThat(basic.status()).isEqualTo(200);
            assertThat(metrics.status()).isEqualTo(401);
            assertThat(health.status()).isEqualTo(200);
            assertThat(ready.status()).isEqualTo(200);
        }
    }

    @Test
    void anAddressReachableFromOtherMachinesNeedsTokensOrSaysItGoesWithout() {
        TestService open = new TestService();
        open.host = "0.0.0.0";

        assertThatThrownBy(open::options).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--host 0.0.0.0 is reachable from other machines: give --token-file FILE, or"
                        + " --insecure-no-auth to serve without authentication");
        open.insecureNoAuth = true;
        assertThat(open.options().authenticates()).isFalse();
        open.insecureNoAuth = false;
        open.tokens = Set.of("t");
        assertThat(open.options().authenticates()).isTrue();
    }

    @Test
    void onlyTheAllowedHostNamesAreAnsweredAgainstDnsRebinding() throws Exception {
        TestService s = new TestService();
        s.allowedHosts = List.of("advising.example.edu");
        try (TestService service = s.start()) {
            Raw.Answer rebound = Raw.exchange(service.port(), request("GET", "/v1/rules", "attacker.example:8080"));
            Raw.Answer local = Raw.exchange(service.port(), request("GET", "/v1/rules", "localhost:8080"));
            Raw.Answer named = Raw.exchange(service.port(), request("GET", "/v1/rules", "Advising.Example.EDU"));
            Raw.Answer six = Raw.exchange(service.port(), request("GET", "/health", "[::1]:8080"));

            assertThat(rebound.status()).isEqualTo(421);
            assertThat(rebound.body()).contains("--allowed-host").doesNotContain("attacker");
            assertThat(local.status()).isEqualTo(200);
            assertThat(named.status()).isEqualTo(200);
            assertThat(six.status()).isEqualTo(200);
        }
    }

    private static String preflight(String origin) {
        return request("OPTIONS", "/v1/assess", "127.0.0.1", "Origin: " + origin,
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
    }

    @Test
    void crossOriginCallsAreAnsweredOnlyForTheOriginsGiven() throws Exception {
        TestService s = new TestService();
        s.corsOrigins = List.of("https://app.example.edu");
        try (TestService cors = s.start(); TestService plain = new TestService().start()) {
            Raw.Answer allowed = Raw.exchange(cors.port(), preflight("https://app.example.edu"));
            Raw.Answer other = Raw.exchange(cors.port(), preflight("https://evil.example"));
            Raw.Answer none = Raw.exchange(plain.port(), preflight("https://app.example.edu"));
            Raw.Answer call = Raw.exchange(cors.port(), post("/v1/assess", "Origin: https://app.example.edu"));

            assertThat(allowed.status()).isBetween(200, 204);
            assertThat(allowed.headers().get("access-control-allow-origin")).isEqualTo("https://app.example.edu");
            assertThat(allowed.headers().get("access-control-allow-methods")).contains("POST");
            assertThat(other.headers()).doesNotContainKey("access-control-allow-origin");
            assertThat(none.headers()).doesNotContainKey("access-control-allow-origin");
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.headers().get("access-control-allow-origin")).isEqualTo("https://app.example.edu");
        }
    }

    @Test
    void everyAnswerCarriesItsSecurityHeadersAndHtmlAPolicyWithoutScript() throws Exception {
        try (TestService service = new TestService().start()) {
            Raw.Answer page = Raw.exchange(service.port(), request("GET", "/", "127.0.0.1"));
            Raw.Answer json = Raw.exchange(service.port(), request("GET", "/v1/rules", "127.0.0.1"));

            assertThat(page.headers().get("content-security-policy")).contains("frame-ancestors 'none'")
                    .contains("default-src 'none'").doesNotContain("script-src");
            for (Raw.Answer a : List.of(page, json)) {
                assertThat(a.headers()).containsEntry("x-content-type-options", "nosniff")
                        .containsEntry("referrer-policy", "no-referrer").containsKey("x-request-id")
                        .containsKey("x-rules-version");
            }
        }
    }

    /** A key store made for the test by the JDK's keytool, for 127.0.0.1. */
    private Path keyStore() throws Exception {
        Path store = dir.resolve("service.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "himcert", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "test-pass", "-keypass", "test-pass")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        assertThat(Files.size(store)).isPositive();
        return store;
    }

    @Test
    void withAKeyStoreTheServiceSpeaksTlsAndNotPlainHttp() throws Exception {
        TestService s = new TestService();
        s.keyStore = keyStore();
        s.keyStorePassword = "test-pass";
        try (TestService service = s.start()) {
            TrustManager[] trustAll = {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }};
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trustAll, new SecureRandom());
            HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(service.base() + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(service.base()).startsWith("https://");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ok\"");
            assertThatThrownBy(() -> Raw.exchange(service.port(), request("GET", "/health", "127.0.0.1")))
                    .isInstanceOf(Exception.class);
        }
    }
}
