package org.himcert.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's metrics, in Prometheus' text format at {@code /metrics}: requests by route and status with their
 * latency histogram, requests in flight, records answered and error records written.
 */
final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter records;
    private final Counter errors;

    Metrics() {
        registry.gauge("himcert.http.requests.in.flight", inFlight);
        records = Counter.builder("himcert.records.answered").description("Records answered (results and error"
                + " records)").register(registry);
        errors = Counter.builder("himcert.records.errors").description("Error records written in place of a"
                + " result").register(registry);
    }

    /** A request has started. */
    void started() {
        inFlight.incrementAndGet();
    }

    /** A request has ended: its route (the route's name, never the raw path), status and time. */
    void ended(String route, int status, long nanos) {
        inFlight.decrementAndGet();
        Timer.builder("himcert.http.requests").description("Requests by route and status")
                .tag("route", route).tag("status", Integer.toString(status))
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30))
                .register(registry).record(Duration.ofNanos(nanos));
    }

    /** Records answered by a request, and how many of them were error records. */
    void records(long answered, long errorRecords) {
        records.increment(answered);
        errors.increment(errorRecords);
    }

    /** The metrics in Prometheus' text format. */
    String scrape() {
        return registry.scrape();
    }
}
