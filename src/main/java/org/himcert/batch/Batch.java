package org.himcert.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.himcert.RulesStoppedException;
import org.himcert.json.ContractReader;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputException;
import org.himcert.json.InputRecord;
import org.himcert.json.RawRecord;
import org.himcert.json.RecordStream;

/**
 * Runs one job over every record of an input, on all cores, writing one line per record in input order.
 *
 * <p>The reading thread cuts records into chunks of up to {@link #CHUNK} and submits them to a fixed pool, so that
 * the rules answer a chunk's questions together; a chunk is also cut short whenever the input has nothing more to
 * give yet, so a program feeding standard input line by line still gets each answer at once. A bounded window of
 * pending records (by count and by input size) keeps memory flat however long the input, and results are written
 * in the order they were submitted. Reading, assessing and writing JSON all happen in the pool; the reading thread
 * only cuts records and writes finished lines. When a chunk fails as a whole, its records are run again one by
 * one, so one bad record costs no other its answer.
 */
public final class Batch {

    /** Pending records at most: enough to keep every core busy while the oldest chunk finishes. */
    public static final int WINDOW = 512;
    /** Records asked of the rules together: large enough to share a session's cost, small enough to stay fast. */
    public static final int CHUNK = 32;
    /** Pending input at most, in characters, so that large records do not multiply into a large heap. */
    public static final long WINDOW_CHARS = 8L * 1024 * 1024;

    /** What to do with records that were read: each one's result as one JSON line in UTF-8, in order. */
    @FunctionalInterface
    public interface Job {
        /**
         * The results of the records, in their order.
         *
         * @param records the records read
         * @param asOf    each record's as-of date
         * @return one result per record, UTF-8 JSON without a line end; an empty result writes nothing (a job
         *         that reports some records only, as {@code himcert compare} reports the changed ones)
         */
        List<byte[]> run(List<InputRecord> records, List<LocalDate> asOf);
    }

    /** Where records come from: a {@link RecordStream}, or the elements of a JSON array. */
    @FunctionalInterface
    public interface Source {
        /**
         * The next record, or null at the end.
         *
         * @return the record
         * @throws IOException if the input cannot be read
         */
        RawRecord next() throws IOException;
    }

    /** How the results are framed: JSON Lines (each followed by a line end), or one JSON array. */
    public enum Framing {
        /** One result per line. */
        LINES,
        /** {@code [result,result,...]} and a line end. */
        ARRAY
    }

    /** What came of one record: its line of output, UTF-8 without the line end. */
    private record Outcome(byte[] json, long line, String id, boolean rejected, Throwable failure) {
    }

    private record Pending(Future<List<Outcome>> result, int records, long chars) {
    }

    private final Job job;
    private final LocalDate defaultAsOf;
    private final OutputStream out;
    private final PrintWriter err;
    private final boolean debug;
    private final int threads;
    private final ContractReader reader = new ContractReader();
    private final ContractWriter writer = new ContractWriter();
    private final Deque<Pending> window = new ArrayDeque<>();
    private ExecutorService pool;
    private List<RawRecord> chunk = new ArrayList<>(CHUNK);
    private long chunkChars;
    private int pendingRecords;
    private long pendingChars;
    private long records;
    /** Results written into a JSON array so far (a record with an empty result writes none). */
    private long arrayItems;
    private long rejected;
    private long firstRejectedLine;
    private long failed;
    private boolean outputClosed;
    private Framing framing = Framing.LINES;
    private long deadline;
    private String deadlineMessage;

    /**
     * A batch with a pool of its own for the run.
     *
     * @param job         what to do with the records read
     * @param defaultAsOf the as-of date of a record that gives none
     * @param out         where the results go
     * @param err         where failures are told (line and id, never a value)
     * @param debug       whether failures print their stack trace
     * @param threads     the pool's threads
     */
    public Batch(Job job, LocalDate defaultAsOf, OutputStream out, PrintWriter err, boolean debug, int threads) {
        this(job, defaultAsOf, out, err, debug, threads, null);
    }

    /**
     * A batch whose chunks run on a pool the caller owns and keeps (a server's, shared by its requests), or on a
     * pool of its own for the run when {@code shared} is null.
     *
     * @param shared the pool, or null
     */
    public Batch(Job job, LocalDate defaultAsOf, OutputStream out, PrintWriter err, boolean debug, int threads,
          ExecutorService shared) {
        this.job = job;
        this.defaultAsOf = defaultAsOf;
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.threads = threads;
        this.pool = shared;
    }

    /**
     * Runs the job over every record of the input.
     *
     * @return 0 when every record was assessed, 1 when any was rejected or failed, or output stopped
     * @throws IOException if the input cannot be read (the results so far are written first)
     */
    public int run(InputStream in) throws IOException {
        // before the stream waits for more input, the chunk being cut is submitted and what is pending is
        // written and flushed, so that a program feeding standard input line by line gets each answer before
        // it sends the next question
        RecordStream stream = new RecordStream(in, () -> {
            submitChunk();
            flushAll();
        });
        return run(stream::next);
    }

    /**
     * Frames the results as given (JSON Lines by default).
     *
     * @param framing the framing
     * @return this batch
     */
    public Batch framing(Framing framing) {
        this.framing = framing;
        return this;
    }

    /**
     * Gives the run a deadline: the records of a chunk that starts after it are not assessed; each gets an error
     * record with the message instead, and the run goes on to the end of the input (reading is cheap).
     *
     * @param nanoTime the deadline, as {@link System#nanoTime()} reads it
     * @param message  what the error records say
     * @return this batch
     */
    public Batch deadline(long nanoTime, String message) {
        this.deadline = nanoTime;
        this.deadlineMessage = message;
        return this;
    }

    /**
     * Runs the job over every record of the source, writing the results framed as set.
     *
     * @return 0 when every record was assessed, 1 when any was rejected or failed, or output stopped
     * @throws IOException if the input cannot be read (the results so far are written first, without the closing
     *                     of an array: {@link #written()} says how many)
     */
    public int run(Source stream) throws IOException {
        boolean own = pool == null;
        if (own) {
            pool = Executors.newFixedThreadPool(threads, new Workers());
        }
        boolean read = false;
        try {
            try {
                RawRecord raw;
                while (!outputClosed && (raw = stream.next()) != null) {
                    chunk.add(raw);
                    chunkChars += raw instanceof RawRecord.Text t ? t.json().length() : 0;
                    if (chunk.size() >= CHUNK) {
                        submitChunk();
                    }
                    while (pendingRecords > WINDOW || pendingChars > WINDOW_CHARS) {
                        writeOldest();
                    }
                }
                submitChunk();
                read = true;
            } finally {
                flushAll();
            }
            if (read && framing == Framing.ARRAY) {
                writeRaw(arrayItems == 0 ? "[]\n" : "]\n");
            }
        } finally {
            if (own) {
                pool.shutdownNow();
                pool = null;
            }
        }
        return summary();
    }

    private void submitChunk() {
        if (chunk.isEmpty()) {
            return;
        }
        List<RawRecord> records = chunk;
        window.add(new Pending(pool.submit(() -> process(records)), records.size(), chunkChars));
        pendingRecords += records.size();
        pendingChars += chunkChars;
        chunk = new ArrayList<>(CHUNK);
        chunkChars = 0;
    }

    /** Reads the chunk's records and runs the job over those that were read; one outcome per record, in order. */
    private List<Outcome> process(List<RawRecord> raws) {
        Outcome[] outcomes = new Outcome[raws.size()];
        List<InputRecord> read = new ArrayList<>(raws.size());
        List<LocalDate> dates = new ArrayList<>(raws.size());
        List<Integer> at = new ArrayList<>(raws.size());
        for (int i = 0; i < raws.size(); i++) {
            try {
                InputRecord record = reader.read(raws.get(i));
                read.add(record);
                dates.add(record.asOf().orElse(defaultAsOf));
                at.add(i);
            } catch (InputException e) {
                outcomes[i] = new Outcome(utf8(writer.error(e)), e.line(), e.id().orElse(null), true, null);
            } catch (RuntimeException | Error e) {
                outcomes[i] = failure(raws.get(i), null, e);
            }
        }
        if (deadlineMessage != null && System.nanoTime() - deadline > 0) {
            for (int j = 0; j < read.size(); j++) {
                int i = at.get(j);
                String id = read.get(j).candidate().id();
                outcomes[i] = new Outcome(utf8(writer.error(id, raws.get(i).line(), "", deadlineMessage)),
                        raws.get(i).line(), id, false, new DeadlinePassed(deadlineMessage));
            }
            return List.of(outcomes);
        }
        List<byte[]> results = null;
        if (read.size() > 1) {
            try {
                results = job.run(read, dates);
            } catch (RuntimeException | Error e) {
                // one of them fails the chunk, whatever the failure (running out of memory or stack included: what
                // the chunk held is garbage once it is given up): each is run alone below, to find which
                results = null;
            }
        }
        for (int j = 0; j < read.size(); j++) {
            int i = at.get(j);
            InputRecord record = read.get(j);
            String id = record.candidate().id();
            try {
                byte[] json = results != null ? results.get(j)
                        : job.run(List.of(record), List.of(dates.get(j))).get(0);
                outcomes[i] = new Outcome(json, raws.get(i).line(), id, false, null);
            } catch (RuntimeException | Error e) {
                outcomes[i] = failure(raws.get(i), id, e);
            }
        }
        return List.of(outcomes);
    }

    private Outcome failure(RawRecord raw, String id, Throwable e) {
        String json = writer.error(id, raw.line(), "", e instanceof OutOfMemoryError
                ? "could not be assessed: it needs more memory than this run has; standard error names this"
                + " record's line"
                : "could not be assessed because of an internal error; standard error names this record's line");
        return new Outcome(utf8(json), raw.line(), id, false, e);
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private void writeOldest() {
        if (!window.peek().result().isDone()) {
            flushOutput(); // a slow record must not hold back the answers finished before it
        }
        Pending pending = window.poll();
        pendingRecords -= pending.records();
        pendingChars -= pending.chars();
        for (Outcome o : outcomes(pending.result())) {
            write(o);
        }
    }

    /** Results written so far. */
    public long written() {
        return records;
    }

    /** Error records written so far (records rejected, or that could not be assessed). */
    public long errorRecords() {
        return rejected + failed;
    }

    private void writeRaw(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            outputClosed = true;
        }
    }

    private void write(Outcome o) {
        try {
            if (o.json().length == 0) {
                // nothing to say about this record (compare: it did not change); it still counts as read
            } else if (framing == Framing.ARRAY) {
                out.write(arrayItems++ == 0 ? '[' : ',');
                out.write(o.json());
            } else {
                out.write(o.json());
                out.write('\n');
            }
        } catch (IOException e) {
            outputClosed = true; // standard output was closed (a pipe's reader went away): stop, and say so
        }
        records++;
        if (o.rejected()) {
            if (rejected++ == 0) {
                firstRejectedLine = o.line();
            }
        }
        if (o.failure() != null) {
            failed++;
            err.println("himcert: the record on line " + o.line() + (o.id() == null ? "" : " (id " + o.id() + ")")
                    + " could not be assessed: " + reason(o.failure())
                    + (debug ? "" : " (rerun with --debug for the stack trace)"));
            if (debug) {
                o.failure().printStackTrace(err);
            }
        }

    }

    private void flushAll() {
        while (!window.isEmpty()) {
            writeOldest();
        }
        flushOutput();
    }

    private void flushOutput() {
        try {
            out.flush();
        } catch (IOException e) {
            outputClosed = true;
        }
    }

    /** What to tell the user about a failure: the rules' own message for a runaway rule, else its kind. */
    /** A record not reached before the run's deadline. */
    private static final class DeadlinePassed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlinePassed(String message) {
            super(message, null, false, false);
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "it needs more memory than this run has (a larger -Xmx, or HIMCERT_JAVA_OPTS for bin/himcert)";
        }
        return e instanceof RulesStoppedException || e instanceof DeadlinePassed ? e.getMessage()
                : "internal error " + e.getClass().getSimpleName();
    }

    private static List<Outcome> outcomes(Future<List<Outcome>> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        } catch (ExecutionException e) {
            // process() turns every failure of a record into an outcome: only one outside them gets here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private int summary() {
        if (outputClosed) {
            err.println("himcert: standard output stopped taking results; stopped after " + records + " records");
            return 1;
        }
        if (rejected > 0) {
            err.println("himcert: " + rejected + " of " + records + " records rejected (the first on line "
                    + firstRejectedLine + "); their error records are on standard output");
        }
        if (failed > 0) {
            err.println("himcert: " + failed + " of " + records + " records could not be assessed");
        }
        if (records == 0) {
            err.println("himcert: the input holds no record (an empty file, or only blank lines); give one JSON"
                    + " object, or JSON Lines");
            return 1;
        }
        return rejected + failed == 0 ? 0 : 1;
    }

    /** Daemon worker threads: a stuck record never keeps the process alive after main returns. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "himcert-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
