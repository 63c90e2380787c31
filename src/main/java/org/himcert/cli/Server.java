package org.himcert.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.Plan;
import org.himcert.RuleSummary;
import org.himcert.json.ContractReader;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputException;
import org.himcert.json.InputRecord;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.report.HtmlReport;

/**
 * {@code himcert serve}: the JSON contract over HTTP, for advising systems in any language, and an advisor's page.
 * Built on the JDK's own {@code com.sun.net.httpserver} (no dependency: the library jar gains none, and the CLI jar
 * none either), with a bounded pool of workers.
 *
 * <ul>
 *   <li>{@code POST /v1/assess[?brief=true][&asOf=YYYY-MM-DD]}: one candidate ({@code application/json}) or JSON
 *       Lines ({@code application/x-ndjson}); answered in the same shape, one result (or error record) per record,
 *       in input order. One record that breaks the contract: 400 with its error record.</li>
 *   <li>{@code POST /v1/plan?target=RHIA[&asOf=...]}: the same for plans.</li>
 *   <li>{@code POST /v1/report[?target=RHIA][&asOf=...]}: the HTML report of one candidate.</li>
 *   <li>{@code GET /health}, {@code GET /v1/rules} (version, rules and sources, options in force),
 *       {@code GET /openapi.json} (OpenAPI 3.1 with the contract's JSON Schemas), {@code GET /} (the advisor's
 *       page; {@code POST /} with its form shows the report on the same page).</li>
 * </ul>
 * A body over the limit: 413; an unknown route: 404; a method a route does not take: 405; each with the contract's
 * error record, never a stack trace. Each request is logged on standard error with its id, method, path, status,
 * bytes and milliseconds; never a candidate's values.
 */
final class Server implements AutoCloseable {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final EligibilityAdvisor advisor;
    private final Clock clock;
    private final long maxBody;
    private final PrintWriter log;
    private final HttpServer http;
    private final ExecutorService pool;
    /** The workers that assess the requests' records (a request's thread waits for its chunks). */
    private final ExecutorService assessing;
    private final ContractWriter writer = new ContractWriter();
    private final ContractReader reader = new ContractReader();
    private final AtomicLong requests = new AtomicLong();
    private final byte[] openApi;

    Server(EligibilityAdvisor advisor, String host, int port, long maxBody, int threads, Clock clock, PrintWriter log)
            throws IOException {
        this.advisor = advisor;
        this.clock = clock;
        this.maxBody = maxBody;
        this.log = log;
        this.openApi = OpenApi.document(maxBody);
        // answers are written as headers then body: without TCP_NODELAY, Nagle and the client's delayed ACK hold
        // each small answer about 40 ms (read by the JDK's server once, when it is first used)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.http = HttpServer.create(new InetSocketAddress(host, port), 128);
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024),
                r -> {
                    Thread t = new Thread(r, "himcert-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(pool);
        AtomicLong workers = new AtomicLong();
        this.assessing = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "himcert-assess-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.createContext("/", this::handle);
    }

    /** Starts serving. */
    void start() {
        http.start();
    }

    /** The port it listens on (the one chosen when 0 was asked for). */
    int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(1);
        pool.shutdownNow();
        assessing.shutdownNow();
    }

    /** A response: status, content type, body. */
    record Response(int status, String type, byte[] body) {
    }

    private void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String id = Long.toString(requests.incrementAndGet(), 36);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Response response;
        try {
            response = route(exchange, method, path);
        } catch (TooLarge e) {
            response = error(413, "the request body is over " + maxBody + " bytes (--max-body); send fewer records"
                    + " per request");
        } catch (RuntimeException | IOException e) {
            // never a stack trace to the caller; the log names the request, not its values
            log.println("himcert serve: request " + id + " failed: " + e.getClass().getSimpleName());
            log.flush();
            response = error(500, "the request could not be answered (request " + id + ")");
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", response.type() + "; charset=utf-8");
            exchange.getResponseHeaders().set("X-Request-Id", id);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        } finally {
            exchange.close();
        }
        log.println("himcert serve: " + id + " " + method + " " + path + " " + response.status() + " "
                + response.body().length + " B " + (System.nanoTime() - started) / 1_000_000 + " ms");
        log.flush();
    }

    private Response route(HttpExchange exchange, String method, String path) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        switch (path) {
            case "/health":
                return get(method, () -> json(200, "{\"status\":\"ok\",\"rulesVersion\":\""
                        + advisor.rulesVersion() + "\"}"));
            case "/openapi.json":
                return get(method, () -> new Response(200, JSON, openApi));
            case "/v1/rules":
                return get(method, this::rules);
            case "/v1/assess":
                return post(method, () -> results(exchange, query, false));
            case "/v1/plan":
                return post(method, () -> results(exchange, query, true));
            case "/v1/report":
                return post(method, () -> report(body(exchange), query));
            case "/":
                if (method.equals("GET")) {
                    return new Response(200, "text/html", AdvisorPage.render(Map.of(), null, null)
                            .getBytes(StandardCharsets.UTF_8));
                }
                if (method.equals("POST")) {
                    return page(body(exchange));
                }
                return error(405, "/ takes GET or POST");
            default:
                return error(404, "no such route: " + path + " (routes: GET /, /health, /v1/rules, /openapi.json;"
                        + " POST /v1/assess, /v1/plan, /v1/report)");
        }
    }

    @FunctionalInterface
    private interface Answer {
        Response get() throws IOException;
    }

    private Response get(String method, Answer answer) throws IOException {
        return method.equals("GET") ? answer.get() : error(405, "this route takes GET");
    }

    private Response post(String method, Answer answer) throws IOException {
        return method.equals("POST") ? answer.get() : error(405, "this route takes POST");
    }

    /** Assessments or plans for the records of the body, one line each, in order, the command line's way. */
    private Response results(HttpExchange exchange, Map<String, String> query, boolean plans) throws IOException {
        byte[] body = body(exchange);
        LocalDate asOf;
        try {
            asOf = query.containsKey("asOf") ? LocalDate.parse(query.get("asOf")) : LocalDate.now(clock);
        } catch (DateTimeParseException e) {
            return error(400, "asOf must be a date YYYY-MM-DD");
        }
        Batch.Job job;
        if (plans) {
            CredentialCode target;
            try {
                target = new Main.TargetConverter().convert(query.getOrDefault("target", ""));
            } catch (RuntimeException e) {
                return error(400, "target: " + e.getMessage());
            }
            job = (records, dates) -> {
                List<byte[]> out = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    out.add(writer.planUtf8(advisor.plan(records.get(i).candidate(), target, dates.get(i))));
                }
                return out;
            };
        } else {
            Detail detail = "true".equals(query.get("brief")) ? Detail.BRIEF : Detail.FULL;
            job = (records, dates) -> advisor.assessAll(records.stream().map(InputRecord::candidate).toList(), dates,
                    detail).stream().map(writer::assessmentUtf8).toList();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 8 + 256);
        Batch batch = new Batch(job, asOf, out, new PrintWriter(Writer.nullWriter()), false, 1, assessing);
        batch.run(new ByteArrayInputStream(body));
        byte[] lines = out.toByteArray();
        int count = 0;
        for (byte b : lines) {
            if (b == '\n') {
                count++;
            }
        }
        if (count == 0) {
            return error(400, "the body holds no record: give one JSON object, or JSON Lines");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean ndjson = count > 1 || type != null && type.toLowerCase(Locale.ROOT).startsWith(NDJSON);
        if (!ndjson) {
            byte[] one = java.util.Arrays.copyOf(lines, lines.length - 1); // one object, without its line end
            boolean rejected = MAPPER.readTree(one).has("error");
            return new Response(rejected ? 400 : 200, JSON, one);
        }
        return new Response(200, NDJSON, lines);
    }

    private Response report(byte[] body, Map<String, String> query) {
        InputRecord record;
        try {
            record = reader.read(new String(body, StandardCharsets.UTF_8), 1);
        } catch (InputException e) {
            return new Response(400, JSON, writer.error(e).getBytes(StandardCharsets.UTF_8));
        }
        LocalDate asOf;
        try {
            asOf = record.asOf().orElse(query.containsKey("asOf") ? LocalDate.parse(query.get("asOf"))
                    : LocalDate.now(clock));
        } catch (DateTimeParseException e) {
            return error(400, "asOf must be a date YYYY-MM-DD");
        }
        Candidate c = record.candidate();
        Assessment a = advisor.assess(c, asOf);
        List<Plan> plans = new ArrayList<>();
        if (query.containsKey("target")) {
            try {
                plans.add(advisor.plan(c, new Main.TargetConverter().convert(query.get("target")), asOf));
            } catch (RuntimeException e) {
                return error(400, "target: " + e.getMessage());
            }
        }
        return new Response(200, "text/html", HtmlReport.render(c, a, plans).getBytes(StandardCharsets.UTF_8));
    }

    /** The advisor's page with its form filled in and, when the form reads as a candidate, the report. */
    private Response page(byte[] body) {
        Map<String, String> form = query(new String(body, StandardCharsets.UTF_8));
        String json = AdvisorPage.candidateJson(form);
        String report = null;
        String problem = null;
        try {
            InputRecord record = reader.read(json, 1);
            LocalDate asOf = record.asOf().orElse(LocalDate.now(clock));
            Candidate c = record.candidate();
            List<Plan> plans = new ArrayList<>();
            String target = form.getOrDefault("target", "");
            if (!target.isEmpty()) {
                plans.add(advisor.plan(c, new Main.TargetConverter().convert(target), asOf));
            }
            report = HtmlReport.render(c, advisor.assess(c, asOf), plans);
        } catch (InputException e) {
            problem = AdvisorPage.field(e.path()) + ": " + e.getMessage();
        } catch (RuntimeException e) {
            problem = "the form could not be read: " + e.getMessage();
        }
        return new Response(problem == null ? 200 : 400, "text/html", AdvisorPage.render(form, report, problem)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Response rules() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("rulesVersion", advisor.rulesVersion());
            g.writeArrayFieldStart("rules");
            for (RuleSummary r : advisor.rules()) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeStringField("requirement", r.requirement());
                g.writeStringField("credential", r.credential());
                g.writeStringField("source", r.source());
                g.writeStringField("sourceDated", r.sourceDated());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("options");
            // every option, by the record's own components: null means the rules' parameters file's value
            var o = advisor.options();
            Map<String, Object> options = new LinkedHashMap<>();
            for (var c : o.getClass().getRecordComponents()) {
                try {
                    options.put(c.getName(), c.getAccessor().invoke(o));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            for (var e : options.entrySet()) {
                Object v = e.getValue();
                if (v == null) {
                    g.writeNullField(e.getKey());
                } else if (v instanceof Boolean b) {
                    g.writeBooleanField(e.getKey(), b);
                } else if (v instanceof Integer i) {
                    g.writeNumberField(e.getKey(), i);
                } else {
                    g.writeStringField(e.getKey(), v.toString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return json(200, out.toString());
    }

    /** The request body, read up to the limit. */
    private byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (body.length > maxBody) {
                // read a bounded rest, so that the client, still sending, gets the 413 instead of a reset
                byte[] buffer = new byte[1 << 16];
                long rest = 4 * maxBody + (1 << 20);
                int n;
                while (rest > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, rest))) > 0) {
                    rest -= n;
                }
                throw new TooLarge();
            }
            return body;
        }
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private Response error(int status, String message) {
        return new Response(status, JSON, writer.error(null, 0, "", message).getBytes(StandardCharsets.UTF_8));
    }

    private static Response json(int status, String text) {
        return new Response(status, JSON, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A query string or a form body: names to values (the last one wins). */
    static Map<String, String> query(String raw) {
        Map<String, String> map = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            map.put(k, v);
        }
        return map;
    }

    /** The OpenAPI document, made from the contract's JSON Schemas in the jar. */
    static final class OpenApi {
        private OpenApi() {
        }

        static byte[] document(long maxBody) {
            try {
                ObjectNode doc = (ObjectNode) MAPPER.readTree(Server.class.getResourceAsStream(
                        "/org/himcert/serve/openapi.json"));
                ObjectNode schemas = doc.withObjectProperty("components").withObjectProperty("schemas");
                schemas.set("Input", schema("input.schema.json"));
                schemas.set("Output", schema("output.schema.json"));
                doc.withObjectProperty("info").put("x-max-body-bytes", maxBody);
                return MAPPER.writeValueAsBytes(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static JsonNode schema(String name) throws IOException {
            try (InputStream in = Server.class.getResourceAsStream("/org/himcert/schema/" + name)) {
                ObjectNode s = (ObjectNode) MAPPER.readTree(in);
                // in a component, the schema's own references point into its own $defs: keep them resolvable
                s.remove("$schema");
                String refs = MAPPER.writeValueAsString(s).replace("\"#/$defs/", "\"#/components/schemas/"
                        + (name.startsWith("input") ? "Input" : "Output") + "/$defs/");
                return MAPPER.readTree(refs);
            }
        }
    }
}
