package org.himcert.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.himcert.EligibilityAdvisor;

/** A service on a free loopback port for a test, with the options it sets; close it when done. */
final class TestService implements AutoCloseable {

    static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    String host = "127.0.0.1";
    long maxBody = 64 * 1024;
    int threads = 4;
    Duration deadline = Duration.ofSeconds(60);
    /** How long a stop waits for the requests in flight. */
    Duration drain = Duration.ofSeconds(5);
    Set<String> tokens = Set.of();
    boolean insecureNoAuth;
    Path keyStore;
    String keyStorePassword;
    List<String> allowedHosts = new ArrayList<>();
    List<String> corsOrigins = new ArrayList<>();
    final StringWriter log = new StringWriter();
    private Service service;

    /** Starts the service with the options set so far. */
    TestService start() throws Exception {
        service = new Service(EligibilityAdvisor.withBundledRules(), options(), NOV_25, new PrintWriter(log, true));
        service.start();
        return this;
    }

    ServiceOptions options() {
        return new ServiceOptions(host, 0, maxBody, threads, Duration.ofSeconds(2), deadline, Duration.ofSeconds(30),
                tokens, insecureNoAuth, keyStore, keyStorePassword, allowedHosts, corsOrigins, drain);
    }

    int port() {
        return service.port();
    }

    String base() {
        return service.scheme() + "://127.0.0.1:" + service.port();
    }

    Service service() {
        return service;
    }

    @Override
    public void close() throws Exception {
        service.close();
    }
}
