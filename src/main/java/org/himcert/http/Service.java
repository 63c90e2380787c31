package org.himcert.http;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.himcert.EligibilityAdvisor;

/**
 * {@code himcert serve}: the JSON contract over HTTP on Jetty, for advising systems in any language, and the
 * advisor's page. What a server library does, Jetty does here: connections on a selector (a slow client holds no
 * thread while it trickles its headers), idle timeouts, header and connection limits, TLS, graceful stop, CORS,
 * and a bounded number of requests answered at once (the rest wait briefly, then get 503 with {@code Retry-After}).
 *
 * <p>The handlers, outermost first: {@link GracefulHandler} (a stop lets the requests in flight finish);
 * {@link Front} (request id, {@code Host} check, security headers, the open routes {@code /health}, {@code /ready},
 * {@code /openapi.json}, authentication); {@link CrossOriginHandler} when origins are given; {@link QoSHandler}
 * (the requests answered at once); {@link Routes} (the contract and the page).
 */
public final class Service implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Front front;
    private final ServiceOptions options;

    /**
     * A service answering with the advisor, not yet started.
     *
     * @param advisor the advisor (its rules are the only ones the service applies)
     * @param options where to listen and what to accept
     * @param clock   today's date, for requests that name none
     * @param log     the access log and failures (ids, routes, statuses; never a candidate's values)
     */
    public Service(EligibilityAdvisor advisor, ServiceOptions options, Clock clock, PrintWriter log) {
        this(CompletableFuture.completedFuture(advisor), options, clock, log);
    }

    /**
     * A service whose advisor is still loading its rules: it listens at once, {@code /health} answers,
     * {@code /ready} says 503 "loading" until the rules are in, and requests that need them wait for them.
     *
     * @param advisor the advisor, when its rules are loaded
     */
    public Service(CompletableFuture<EligibilityAdvisor> advisor, ServiceOptions options, Clock clock,
                   PrintWriter log) {
        this(advisor, null, options, clock, log);
    }

    /**
     * A service that also answers {@code POST /v1/compare}: whom the served rules change against the base rules it
     * was started with (never rules a request names).
     *
     * @param advisor the advisor, when its rules are loaded
     * @param base    the advisor of the base rules {@code /v1/compare} compares with, when loaded; null: the service
     *                compares nothing ({@code /v1/compare} says how to start it)
     * @param options where to listen and what to accept
     * @param clock   today's date, for requests that name none
     * @param log     the access log and failures
     */
    public Service(CompletableFuture<EligibilityAdvisor> advisor, CompletableFuture<EligibilityAdvisor> base,
                   ServiceOptions options, Clock clock, PrintWriter log) {
        this.options = options;
        // a handler blocks while its records are answered: as many threads as requests may be answered at once
        QueuedThreadPool threads = new QueuedThreadPool(16 * options.threads() + 16, 4);
        threads.setName("himcert-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(16 * 1024);
        http.setResponseHeaderSize(16 * 1024);
        http.setIdleTimeout(options.idleTimeout().toMillis());
        if (options.keyStore() != null) {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(options.keyStore().toString());
            tls.setKeyStorePassword(options.keyStorePassword());
            tls.setKeyStoreType("PKCS12");
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false); // the Host allowlist decides which names are served
            http.addCustomizer(secure);
            this.connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                    new HttpConnectionFactory(http));
        } else {
            this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        }
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(4_096, connector));

        Metrics metrics = new Metrics();
        Routes routes = new Routes(advisor, base, options, clock, log, metrics);
        QoSHandler qos = new QoSHandler(routes);
        // one-candidate requests mostly wait for their chunk (Gatherer): many may be in flight, so that they are
        // asked together; requests of many records are held to --threads by Routes itself
        qos.setMaxRequestCount(16 * options.threads());
        qos.setMaxSuspendedRequestCount(64 * options.threads());
        qos.setMaxSuspend(options.queueWait());
        Handler inner = qos;
        if (!options.corsOrigins().isEmpty()) {
            CrossOriginHandler cors = new CrossOriginHandler();
            List<String> patterns = new ArrayList<>();
            for (String origin : options.corsOrigins()) {
                patterns.add(Pattern.quote(origin));
            }
            cors.setAllowedOriginPatterns(java.util.Set.copyOf(patterns));
            cors.setAllowedMethods(java.util.Set.of(HttpMethod.GET.asString(), HttpMethod.POST.asString()));
            cors.setAllowedHeaders(java.util.Set.of("Content-Type", "Authorization"));
            cors.setExposedHeaders(java.util.Set.of("X-Request-Id", "X-Rules-Version", "X-Base-Rules-Version", "Retry-After"));
            cors.setAllowCredentials(false);
            cors.setHandler(qos);
            inner = cors;
        }
        this.front = new Front(inner, advisor, options, metrics);
        server.setRequestLog(new AccessLog(log, metrics));
        GracefulHandler graceful = new GracefulHandler(front);
        server.setHandler(graceful);
        server.setErrorHandler(new JsonErrors(log));
        server.setStopTimeout(options.drain().toMillis());
        server.setStopAtShutdown(false); // the command line stops it on SIGTERM, and says so
    }

    /**
     * Starts listening.
     *
     * @throws Exception if the address cannot be listened on or the key store cannot be read
     */
    public void start() throws Exception {
        server.start();
    }

    /** The port it listens on (the one chosen when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The scheme clients use: {@code https} with a key store, else {@code http}. */
    public String scheme() {
        return options.keyStore() == null ? "http" : "https";
    }

    /**
     * Stops taking requests and lets those in flight finish, up to the options' drain time: {@code /ready} answers
     * 503 from the start of the stop.
     *
     * @throws Exception if Jetty cannot stop
     */
    public void stop() throws Exception {
        front.draining();
        server.stop();
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    /** Blocks until the service has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }
}
