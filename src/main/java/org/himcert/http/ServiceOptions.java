package org.himcert.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the service runs: where it listens, what it accepts, and whom it lets in.
 *
 * @param host           the address to listen on
 * @param port           the port (0: any free one)
 * @param maxBody        the largest request body, in bytes
 * @param threads        requests of many records (JSON Lines, arrays) answered at once; more wait up to
 *                       {@code queueWait}, then get 503; one-candidate requests are asked together instead
 * @param queueWait      how long a request waits for its turn before a 503
 * @param deadline       how long one request may take: the records not reached by then get error records
 * @param idleTimeout    how long a connection may send nothing before it is closed
 * @param tokens         the tokens that let a client in ({@code Authorization: Bearer}, or the password of the
 *                       page's Basic prompt); empty: no authentication
 * @param insecureNoAuth whether to listen on an address other than loopback without tokens
 * @param keyStore       a PKCS #12 key store to serve TLS with, or null for plain HTTP
 * @param keyStorePassword the key store's password, or null
 * @param allowedHosts   the {@code Host} names accepted besides the loopback names; {@code *} accepts any
 * @param corsOrigins    the origins a browser page may call the service from (exact, e.g.
 *                       {@code https://advising.example.edu}); empty: none
 * @param drain          how long a stop waits for the requests in flight
 */
public record ServiceOptions(String host, int port, long maxBody, int threads, Duration queueWait, Duration deadline,
                             Duration idleTimeout, Set<String> tokens, boolean insecureNoAuth, Path keyStore,
                             String keyStorePassword, List<String> allowedHosts, List<String> corsOrigins,
                             Duration drain) {

    /** The loopback names every service accepts in {@code Host}. */
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException naming the option at fault and what it accepts
     */
    public ServiceOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0-65535");
        }
        if (maxBody < 1 || threads < 1) {
            throw new IllegalArgumentException("--max-body and --threads must be at least 1");
        }
        for (Duration d : List.of(queueWait, deadline, idleTimeout, drain)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts must be longer than 0 seconds");
            }
        }
        tokens = Set.copyOf(tokens);
        allowedHosts = List.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
        if (keyStore != null && keyStorePassword == null) {
            throw new IllegalArgumentException("--tls-keystore needs its password: HIMCERT_TLS_PASSWORD or"
                    + " --tls-password-file");
        }
        if (tokens.isEmpty() && !insecureNoAuth && !loopback(host)) {
            throw new IllegalArgumentException("--host " + host + " is reachable from other machines: give"
                    + " --token-file FILE, or --insecure-no-auth to serve without authentication");
        }
    }

    /** Options for a service on the address and port with everything else at its default. */
    public static ServiceOptions defaults(String host, int port) {
        return new ServiceOptions(host, port, 16L * 1024 * 1024, 2 * Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(30), Set.of(), false, null, null,
                List.of(), List.of(), Duration.ofSeconds(20));
    }

    /** Whether the address is a loopback one (or the name localhost). */
    static boolean loopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return LOOPBACK.contains(h) || h.startsWith("127.") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** Whether the service authenticates its clients. */
    public boolean authenticates() {
        return !tokens.isEmpty();
    }
}
