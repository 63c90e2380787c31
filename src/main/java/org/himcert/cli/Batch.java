package org.himcert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.himcert.json.ContractReader;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputException;
import org.himcert.json.InputRecord;
import org.himcert.json.RawRecord;
import org.himcert.json.RecordStream;

/**
 * Runs one job over every record of an input, on all cores, writing one line per record in input order.
 *
 * <p>The reading thread cuts records and submits them to a fixed pool; a bounded window of pending results
 * (by count and by input size) keeps memory flat however long the input, and results are written in the order
 * they were submitted. Reading, assessing and writing JSON all happen in the pool; the reading thread only
 * cuts records and writes finished lines.
 */
final class Batch {

    /** Pending records at most: enough to keep every core busy while the oldest one finishes. */
    static final int WINDOW = 512;
    /** Pending input at most, in characters, so that large records do not multiply into a large heap. */
    static final long WINDOW_CHARS = 8L * 1024 * 1024;
    /** Records between checks that standard output still takes what is written. */
    private static final int CHECK_EVERY = 4096;

    /** What to do with one record that was read: its result as one JSON line. */
    @FunctionalInterface
    interface Job {
        String run(InputRecord record, LocalDate asOf);
    }

    /** What came of one record. */
    private record Outcome(String json, long line, String id, boolean rejected, RuntimeException failure) {
    }

    private record Pending(Future<Outcome> result, long chars) {
    }

    private final Job job;
    private final LocalDate defaultAsOf;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;
    private final int threads;
    private final ContractReader reader = new ContractReader();
    private final ContractWriter writer = new ContractWriter();
    private final Deque<Pending> window = new ArrayDeque<>();
    private long pendingChars;
    private long records;
    private long rejected;
    private long firstRejectedLine;
    private long failed;
    private boolean outputClosed;

    Batch(Job job, LocalDate defaultAsOf, PrintWriter out, PrintWriter err, boolean debug, int threads) {
        this.job = job;
        this.defaultAsOf = defaultAsOf;
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.threads = threads;
    }

    /**
     * Runs the job over every record of the input.
     *
     * @return 0 when every record was assessed, 1 when any was rejected or failed, or output stopped
     * @throws IOException if the input cannot be read (the results so far are written first)
     */
    int run(InputStream in) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            // before the stream waits for more input, what is pending is written and flushed, so that a
            // program feeding standard input line by line gets each answer before it sends the next question
            RecordStream stream = new RecordStream(in, this::flushAll);
            try {
                RawRecord raw;
                while (!outputClosed && (raw = stream.next()) != null) {
                    RawRecord record = raw;
                    long chars = raw instanceof RawRecord.Text t ? t.json().length() : 0;
                    window.add(new Pending(pool.submit(() -> process(record)), chars));
                    pendingChars += chars;
                    while (window.size() > WINDOW || pendingChars > WINDOW_CHARS) {
                        writeOldest();
                    }
                }
            } finally {
                flushAll();
            }
        } finally {
            pool.shutdownNow();
        }
        return summary();
    }

    private Outcome process(RawRecord raw) {
        String id = null;
        try {
            InputRecord record = reader.read(raw);
            id = record.candidate().id();
            return new Outcome(job.run(record, record.asOf().orElse(defaultAsOf)), raw.line(), id, false, null);
        } catch (InputException e) {
            return new Outcome(writer.error(e), e.line(), e.id().orElse(null), true, null);
        } catch (RuntimeException e) {
            String json = writer.error(id, raw.line(), "",
                    "could not be assessed because of an internal error; standard error names this record's line");
            return new Outcome(json, raw.line(), id, false, e);
        }
    }

    private void writeOldest() {
        Pending pending = window.poll();
        pendingChars -= pending.chars();
        Outcome o = outcome(pending.result());
        out.write(o.json());
        out.write('\n');
        records++;
        if (o.rejected()) {
            if (rejected++ == 0) {
                firstRejectedLine = o.line();
            }
        }
        if (o.failure() != null) {
            failed++;
            err.println("himcert: the record on line " + o.line() + (o.id() == null ? "" : " (id " + o.id() + ")")
                    + " could not be assessed: internal error " + o.failure().getClass().getSimpleName()
                    + (debug ? "" : " (rerun with --debug for the stack trace)"));
            if (debug) {
                o.failure().printStackTrace(err);
            }
        }
        if (records % CHECK_EVERY == 0 && out.checkError()) {
            outputClosed = true;
        }
    }

    private void flushAll() {
        while (!window.isEmpty()) {
            writeOldest();
        }
        if (out.checkError()) {
            outputClosed = true;
        }
    }

    private static Outcome outcome(Future<Outcome> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        } catch (ExecutionException e) {
            // process() turns every exception into an outcome: only an Error (out of memory) gets here
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
