package org.himcert.http;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.PushbackInputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.himcert.Assessment;
import org.himcert.Change;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.Plan;
import org.himcert.RuleSummary;
import org.himcert.RulesStoppedException;
import org.himcert.batch.Batch;
import org.himcert.json.ComparisonWriter;
import org.himcert.json.ContractReader;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputException;
import org.himcert.json.InputRecord;
import org.himcert.json.RawRecord;
import org.himcert.json.RecordStream;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Dates;
import org.himcert.report.HtmlReport;

/**
 * The contract and the page: {@code POST /v1/assess}, {@code /v1/plan}, {@code /v1/report}, {@code GET /v1/rules},
 * {@code GET|POST /}. Bodies of records are read and answered record by record as they stream in (memory per
 * request is a chunk of records, never the body), in three shapes: one object (answered with one object, 400 when
 * it is an error record), JSON Lines ({@code application/x-ndjson}, or several objects: answered line by line),
 * and a JSON array (answered with an array in input order). Query parameters are strict: an unknown one, or a bad
 * value, is a 400 naming what the route takes.
 */
final class Routes extends Handler.Abstract {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Map<String, Set<String>> PARAMETERS = Map.of("/v1/assess", Set.of("asOf", "brief"),
            "/v1/plan", Set.of("asOf", "target"), "/v1/report", Set.of("asOf", "target"), "/v1/rules", Set.of(),
            "/v1/compare", Set.of("asOf"), "/", Set.of());

    /** The advisor, once its rules are loaded: a request that needs it waits for it. */
    private final CompletableFuture<EligibilityAdvisor> rules;
    /** The base rules {@code /v1/compare} compares the served ones with, or null: it compares nothing. */
    private final CompletableFuture<EligibilityAdvisor> base;
    private final ServiceOptions options;
    private final Clock clock;
    private final Metrics metrics;
    private final ContractWriter writer = new ContractWriter();
    private final ContractReader reader = new ContractReader();
    /** The workers that assess the requests' records (a request's thread waits for its chunks). */
    private final ExecutorService assessing;
    /** One-candidate assessments of the requests in flight, asked together. */
    private final Gatherer gatherer;
    /** Requests of many records answered at once (--threads): each holds a window of pending records. */
    private final Semaphore streams;

    Routes(CompletableFuture<EligibilityAdvisor> rules, CompletableFuture<EligibilityAdvisor> base,
           ServiceOptions options, Clock clock, PrintWriter log, Metrics metrics) {
        this.rules = rules;
        this.base = base;
        this.options = options;
        this.clock = clock;
        this.metrics = metrics;
        AtomicInteger workers = new AtomicInteger();
        this.gatherer = new Gatherer(rules, Runtime.getRuntime().availableProcessors());
        this.streams = new Semaphore(options.threads());
        this.assessing = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "himcert-assess-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The advisor, waiting for its rules to load (the first requests after a start may). */
    private EligibilityAdvisor advisor() {
        return rules.join();
    }

    @Override
    protected void doStop() throws Exception {
        gatherer.stop();
        assessing.shutdownNow();
        super.doStop();
    }

    /** A client's mistake, answered 400 with the parameter it names. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        private final String path;

        BadRequest(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        List<String> methods = Front.ROUTES.get(path);
        if (methods != null && method.equals("OPTIONS")) {
            Replies.options(response, callback, methods);
            return true;
        }
        if (methods == null || !PARAMETERS.containsKey(path)) {
            Replies.error(response, callback, 404, "", "no such route (routes: GET /, /health, /ready, /metrics,"
                    + " /v1/rules, /openapi.json; POST /, /v1/assess, /v1/plan, /v1/report, /v1/compare)");
            return true;
        }
        if (!methods.contains(method)) {
            Replies.notAllowed(response, callback, path, methods);
            return true;
        }
        try {
            Map<String, String> query = query(request.getHttpURI().getQuery(), PARAMETERS.get(path), path);
            switch (path) {
                case "/v1/rules":
                    Replies.json(response, callback, 200, rules());
                    return true;
                case "/v1/assess":
                case "/v1/plan":
                    results(request, response, callback, query, path.equals("/v1/plan"));
                    return true;
                case "/v1/report":
                    report(request, response, callback, query);
                    return true;
                case "/v1/compare":
                    compare(request, response, callback, query);
                    return true;
                default:
                    page(request, response, callback, method);
                    return true;
            }
        } catch (BadRequest e) {
            Replies.error(response, callback, 400, e.path, e.getMessage());
            return true;
        } catch (TooLarge e) {
            if (response.isCommitted()) {
                throw e; // a streamed answer ends with its own error record (stream)
            }
            Replies.error(response, callback, 413, "", "the request body is over " + options.maxBody() + " bytes"
                    + " (--max-body): send fewer records per request");
            return true;
        }
    }

    /** The query's parameters, each one of those the route takes, else 400. */
    static Map<String, String> query(String raw, Set<String> accepted, String route) throws BadRequest {
        Map<String, String> map = form(raw);
        for (String name : map.keySet()) {
            if (!accepted.contains(name)) {
                throw new BadRequest(safeName(name), route + (accepted.isEmpty() ? " takes no query parameter"
                        : " takes the query parameters " + String.join(", ", new java.util.TreeSet<>(accepted))
                        + " (names are case-sensitive)"));
            }
        }
        return map;
    }

    /** A query string or a form body: names to values, each name once, else 400. */
    static Map<String, String> form(String raw) throws BadRequest {
        Map<String, String> map = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("", "the query or form is not well-formed (a % must be followed by two hex"
                        + " digits)");
            }
            if (map.put(name, value) != null) {
                throw new BadRequest(safeName(name), safeName(name) + " is given twice");
            }
        }
        return map;
    }

    /** A parameter name as the error's path: printable ASCII only, at most 64 characters. */
    private static String safeName(String name) {
        String printable = name.replaceAll("[^\\x21-\\x7e]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) : printable;
    }

    private LocalDate asOf(Map<String, String> query) throws BadRequest {
        String text = query.get("asOf");
        if (text == null) {
            return LocalDate.now(clock);
        }
        LocalDate date = Dates.parse(text);
        if (date == null || !Dates.inRange(date)) {
            throw new BadRequest("asOf", "asOf must be a date YYYY-MM-DD in the years 0 to 9999");
        }
        return date;
    }

    private static CredentialCode target(Map<String, String> query, boolean required) throws BadRequest {
        String text = query.get("target");
        if (text == null) {
            if (required) {
                throw new BadRequest("target", "target is required: one of " + codes());
            }
            return null;
        }
        for (CredentialCode c : CredentialCode.ASSESSED) {
            if (c.code().equalsIgnoreCase(text)) {
                return c;
            }
        }
        throw new BadRequest("target", "target must be one of " + codes() + " (in any case)");
    }

    private static String codes() {
        return String.join(", ", CredentialCode.ASSESSED.stream().map(CredentialCode::code).toList());
    }

    /** An input that ends with an error once more than {@code max} bytes were read. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private int count(int n) throws TooLarge {
            if (n > 0 && (read += n) > max) {
                throw new TooLarge(max);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(super.read(b, off, len));
        }
    }

    /** The body went over the limit while it was read. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("over " + max + " bytes");
        }
    }

    /**
     * Assessments or plans for the records of the body, streamed as they are answered: an array body gets an
     * array, JSON Lines get lines, one object gets one object (400 when it is an error record).
     */
    private void results(Request request, Response response, Callback callback, Map<String, String> query,
                         boolean plans) throws Exception {
        LocalDate asOf = asOf(query);
        Batch.Job job;
        Detail detail = null;
        if (plans) {
            CredentialCode target = target(query, true);
            job = (records, dates) -> {
                List<byte[]> out = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    out.add(writer.planUtf8(advisor().plan(records.get(i).candidate(), target, dates.get(i))));
                }
                return out;
            };
        } else {
            String brief = query.getOrDefault("brief", "false");
            if (!brief.equals("true") && !brief.equals("false")) {
                throw new BadRequest("brief", "brief must be true or false");
            }
            detail = brief.equals("true") ? Detail.BRIEF : Detail.FULL;
            Detail d = detail;
            job = (records, dates) -> advisor().assessAll(records.stream().map(InputRecord::candidate).toList(), dates,
                    d).stream().map(writer::assessmentUtf8).toList();
        }
        PushbackInputStream body = records(request, response, callback);
        if (body == null) {
            return;
        }
        int first = body.read();
        body.unread(first);
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        boolean lines = type != null && type.toLowerCase(Locale.ROOT).startsWith(Replies.NDJSON);
        Batch.Source source;
        Batch.Framing framing;
        if (first == '[' && !lines) {
            try {
                source = new ArrayRecords(body);
            } catch (IOException e) {
                Replies.error(response, callback, 400, "", "the body is not a JSON array of objects");
                return;
            }
            framing = Batch.Framing.ARRAY;
        } else {
            RecordStream stream = new RecordStream(body);
            RawRecord one = stream.next();
            RawRecord two = lines ? null : stream.next();
            if (!lines && two == null) {
                if (detail != null) {
                    gathered(response, callback, one, asOf, detail);
                } else {
                    single(response, callback, job, asOf, one);
                }
                return;
            }
            source = prepended(one, two, stream);
            framing = Batch.Framing.LINES;
            lines = true;
        }
        if (!slot(response, callback)) {
            return;
        }
        try {
            stream(response, callback, job, asOf, source, framing, lines ? Replies.NDJSON : Replies.JSON);
        } finally {
            streams.release();
        }
    }

    /**
     * One candidate's assessment, asked with the other requests' candidates waiting at the same moment: 200 with
     * the assessment, 400 with the error record of a record that breaks the contract, 500 (with the request id)
     * when the rules fail on it, 503 when it is not answered by the deadline.
     */
    private void gathered(Response response, Callback callback, RawRecord raw, LocalDate asOf, Detail detail)
            throws InterruptedException {
        InputRecord record;
        try {
            record = reader.read(raw);
        } catch (InputException e) {
            metrics.records(1, 1);
            Replies.json(response, callback, 400, writer.error(e));
            return;
        }
        CompletableFuture<byte[]> answer = gatherer.assess(record.candidate(), record.asOf().orElse(asOf), detail);
        try {
            byte[] json = answer.get(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
            metrics.records(1, 0);
            Replies.send(response, callback, 200, Replies.JSON, json);
        } catch (TimeoutException e) {
            answer.cancel(false);
            metrics.records(1, 1);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            Replies.json(response, callback, 503, writer.error(record.candidate().id(), raw.line(), "",
                    "not answered: the request ran past its deadline of " + options.deadline().toSeconds()
                    + " s (--deadline)"));
        } catch (ExecutionException e) {
            metrics.records(1, 1);
            Replies.json(response, callback, 500, writer.error(record.candidate().id(), raw.line(), "",
                    e.getCause() instanceof RulesStoppedException ? "could not be assessed: " + e.getCause().getMessage()
                    : "could not be assessed because of an internal error (request " + request(response) + ")"));
        }
    }

    private static String request(Response response) {
        String id = response.getHeaders().get("X-Request-Id");
        return id == null ? "-" : id;
    }

    /**
     * Reads and drops up to {@code max} bytes of a body that will not be answered, so that a client still sending it
     * gets the answer instead of a reset connection (a client that asked {@code Expect: 100-continue} sends none).
     */
    private static void drain(Request request, long max) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] buffer = new byte[1 << 16];
            long left = max;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client stopped sending: nothing more to read
        }
    }

    /**
     * The body of a request of records, its first byte that is not white space next; or null, the request answered:
     * 413 when it declares more than --max-body, 400 when it holds nothing.
     */
    private PushbackInputStream records(Request request, Response response, Callback callback) throws IOException {
        if (request.getLength() > options.maxBody()) {
            drain(request, 4 * options.maxBody() + (1 << 20));
            Replies.error(response, callback, 413, "", "the request body is over " + options.maxBody() + " bytes"
                    + " (--max-body): send fewer records per request");
            return null;
        }
        PushbackInputStream body = new PushbackInputStream(new Limited(Content.Source.asInputStream(request),
                options.maxBody()), 1);
        if (firstNonBlank(body) < 0) {
            Replies.error(response, callback, 400, "", "the body holds no record: give one JSON object, JSON Lines,"
                    + " or a JSON array of objects");
            return null;
        }
        return body;
    }

    /** A slot for a request of many records (--threads), or false, the request answered 503. */
    private boolean slot(Response response, Callback callback) throws InterruptedException {
        if (streams.tryAcquire(options.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        Replies.error(response, callback, 503, "", "every slot for a request of many records is taken"
                + " (--threads): try again in a moment");
        return false;
    }

    /** The first byte that is not white space (pushed back), or -1 at the end. */
    private static int firstNonBlank(PushbackInputStream in) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF);
        if (b >= 0) {
            in.unread(b);
        }
        return b;
    }

    private static Batch.Source prepended(RawRecord one, RawRecord two, RecordStream rest) {
        RawRecord[] first = {one, two};
        int[] at = {0};
        return () -> {
            while (at[0] < first.length) {
                RawRecord r = first[at[0]++];
                if (r != null) {
                    return r;
                }
            }
            return rest.next();
        };
    }

    /** One record, answered with one object: 400 when it is an error record. */
    private void single(Response response, Callback callback, Batch.Job job, LocalDate asOf, RawRecord record)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch batch = new Batch(job, asOf, out, new PrintWriter(Writer.nullWriter()), false, 1, assessing);
        RawRecord[] one = {record};
        batch.run(() -> {
            RawRecord r = one[0];
            one[0] = null;
            return r;
        });
        metrics.records(batch.written(), batch.errorRecords());
        byte[] line = out.toByteArray();
        byte[] json = java.util.Arrays.copyOf(line, line.length - 1); // without its line end
        Replies.send(response, callback, batch.errorRecords() > 0 ? 400 : 200, Replies.JSON, json);
    }

    /**
     * Whom the served rules change against the base rules the service was started with: the body's records (one
     * object, JSON Lines or an array) answered as {@code compare} answers them, in JSON Lines: a line per record
     * whose answer differs, error records, and the summary line last.
     */
    private void compare(Request request, Response response, Callback callback, Map<String, String> query)
            throws Exception {
        if (base == null) {
            drain(request, 4 * options.maxBody() + (1 << 20));
            Replies.error(response, callback, 404, "", "this service has no base rules to compare with: start it"
                    + " with serve --rules DIR (compared with the bundled rules) or --compare-base DIR");
            return;
        }
        LocalDate asOf = asOf(query);
        PushbackInputStream body = records(request, response, callback);
        if (body == null) {
            return;
        }
        EligibilityAdvisor before;
        try {
            before = base.get(options.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            Replies.error(response, callback, 503, "", "the base rules are still loading: try again in a moment");
            return;
        } catch (ExecutionException e) {
            Replies.error(response, callback, 500, "", "the base rules could not be loaded; the service's log says"
                    + " why (request " + request(response) + ")");
            return;
        }
        EligibilityAdvisor after = advisor();
        ComparisonWriter lines = new ComparisonWriter();
        Batch.Job job = (records, dates) -> {
            List<Change> changes = before.compareAll(after, records.stream().map(InputRecord::candidate).toList(),
                    dates);
            return lines.lines(changes, records.stream().map(InputRecord::line).toList());
        };
        int first = body.read();
        body.unread(first);
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        boolean ndjson = type != null && type.toLowerCase(Locale.ROOT).startsWith(Replies.NDJSON);
        Batch.Source source;
        if (first == '[' && !ndjson) {
            try {
                source = new ArrayRecords(body);
            } catch (IOException e) {
                Replies.error(response, callback, 400, "", "the body is not a JSON array of objects");
                return;
            }
        } else {
            RecordStream stream = new RecordStream(body);
            source = stream::next;
        }
        if (!slot(response, callback)) {
            return;
        }
        try {
            response.getHeaders().put("X-Base-Rules-Version", before.rulesVersion());
            stream(response, callback, job, asOf, source, Batch.Framing.LINES, Replies.NDJSON,
                    batch -> (lines.summary(before.rulesVersion(), after.rulesVersion(), batch.errorRecords()) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
        } finally {
            streams.release();
        }
    }

    /** The records streamed through the batch into the response, as they are answered. */
    private void stream(Response response, Callback callback, Batch.Job job, LocalDate asOf, Batch.Source source,
                        Batch.Framing framing, String type) {
        stream(response, callback, job, asOf, source, framing, type, null);
    }

    /** The same, then a last line (compare's summary) when the records were all read. */
    private void stream(Response response, Callback callback, Batch.Job job, LocalDate asOf, Batch.Source source,
                        Batch.Framing framing, String type, java.util.function.Function<Batch, byte[]> last) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
        long deadline = System.nanoTime() + options.deadline().toNanos();
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            Batch batch = new Batch(job, asOf, out, new PrintWriter(Writer.nullWriter()), false, 1, assessing);
            batch.framing(framing).deadline(deadline, "not answered: the request ran past its deadline of "
                    + options.deadline().toSeconds() + " s (--deadline) before this record; send fewer records per"
                    + " request");
            try {
                batch.run(source);
                if (last != null) {
                    out.write(last.apply(batch));
                }
            } catch (IOException e) {
                String why = e instanceof TooLarge ? "the request body is over " + options.maxBody() + " bytes"
                        + " (--max-body): the records after this point were not read"
                        : "the body could not be read to its end (" + (framing == Batch.Framing.ARRAY
                        ? "not a well-formed JSON array" : "it broke off") + "): the records after this point were"
                        + " not read";
                byte[] error = writer.requestError("", why).getBytes(StandardCharsets.UTF_8);
                if (framing == Batch.Framing.ARRAY) {
                    out.write(batch.written() == 0 ? '[' : ',');
                    out.write(error);
                    out.write("]\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(error);
                    out.write('\n');
                    if (last != null) {
                        out.write(last.apply(batch)); // compare's summary still comes last, of the records read
                    }
                }
            }
            metrics.records(batch.written(), batch.errorRecords());
        } catch (IOException e) {
            callback.failed(e); // the client went away
            return;
        }
        callback.succeeded();
    }

    /** The HTML report of one candidate. */
    private void report(Request request, Response response, Callback callback, Map<String, String> query)
            throws Exception {
        LocalDate given = query.containsKey("asOf") ? asOf(query) : null;
        CredentialCode target = target(query, false);
        byte[] body = bounded(request, ContractReader.MAX_RECORD_BYTES + 4096L);
        if (body == null) {
            Replies.error(response, callback, 413, "", "the report takes one candidate of at most 1 MiB");
            return;
        }
        InputRecord record;
        try {
            record = reader.read(new String(body, StandardCharsets.UTF_8), 1);
        } catch (InputException e) {
            Replies.json(response, callback, 400, writer.error(e));
            return;
        }
        LocalDate asOf = record.asOf().orElse(given != null ? given : LocalDate.now(clock));
        Candidate c = record.candidate();
        List<Plan> plans = target == null ? List.of() : List.of(advisor().plan(c, target, asOf));
        Assessment a = advisor().assess(c, asOf);
        Replies.send(response, callback, 200, Replies.HTML, HtmlReport.render(c, a, plans)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The advisor's page; POST with its form shows the report on the same page. */
    private void page(Request request, Response response, Callback callback, String method) throws Exception {
        if (!method.equals("POST")) {
            Replies.send(response, callback, 200, Replies.HTML, AdvisorPage.render(Map.of(), null, null)
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = bounded(request, 256 * 1024);
        if (body == null) {
            Replies.error(response, callback, 413, "", "the form is over 256 KiB");
            return;
        }
        Map<String, String> form;
        try {
            form = form(new String(body, StandardCharsets.UTF_8));
        } catch (BadRequest e) {
            Replies.send(response, callback, 400, Replies.HTML, AdvisorPage.render(Map.of(), null,
                    "the form could not be read: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String report = null;
        String problem = null;
        try {
            InputRecord record = reader.read(AdvisorPage.candidateJson(form), 1);
            LocalDate asOf = record.asOf().orElse(LocalDate.now(clock));
            Candidate c = record.candidate();
            List<Plan> plans = new ArrayList<>();
            String target = form.getOrDefault("target", "");
            if (!target.isEmpty()) {
                plans.add(advisor().plan(c, target(Map.of("target", target), true), asOf));
            }
            report = HtmlReport.render(c, advisor().assess(c, asOf), plans);
        } catch (InputException e) {
            problem = AdvisorPage.field(e.path()) + ": " + e.getMessage();
        } catch (BadRequest e) {
            problem = "target: " + e.getMessage();
        }
        Replies.send(response, callback, problem == null ? 200 : 400, Replies.HTML,
                AdvisorPage.render(form, report, problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The body, or null when it is over {@code max} bytes. */
    private static byte[] bounded(Request request, long max) throws IOException {
        if (request.getLength() > max) {
            return null;
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes((int) max + 1);
            return body.length > max ? null : body;
        }
    }

    private String rules() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("rulesVersion", advisor().rulesVersion());
            g.writeArrayFieldStart("rules");
            for (RuleSummary r : advisor().rules()) {
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
            var o = advisor().options();
            for (var c : o.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(o);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v == null) {
                    g.writeNullField(c.getName());
                } else if (v instanceof Boolean b) {
                    g.writeBooleanField(c.getName(), b);
                } else if (v instanceof Integer i) {
                    g.writeNumberField(c.getName(), i);
                } else {
                    g.writeStringField(c.getName(), v.toString());
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString();
    }
}
