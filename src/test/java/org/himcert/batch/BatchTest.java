package org.himcert.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One record that fails inside the engine becomes an error record; the others go on. */
class BatchTest {

    private static final String INPUT = "{\"id\":\"a\"}\n{\"id\":\"boom\"}\n{\"id\":\"c\"}\n";

    /** Fails any chunk holding the record "boom": the batch must then run the others one by one. */
    private static final Batch.Job FAILS_ON_BOOM = (records, asOf) -> {
        List<byte[]> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).candidate().id().equals("boom")) {
                throw new IllegalStateException("engine failure quoting SECRET4711");
            }
            results.add(("{\"id\":\"" + records.get(i).candidate().id() + "\",\"asOf\":\"" + asOf.get(i) + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return results;
    };

    /** Runs out of memory on any chunk holding the record "huge", as a record too large for the heap would. */
    private static final Batch.Job EXHAUSTS_ON_HUGE = (records, asOf) -> {
        List<byte[]> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).candidate().id().equals("huge")) {
                throw new OutOfMemoryError("Java heap space");
            }
            results.add(("{\"id\":\"" + records.get(i).candidate().id() + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        return results;
    };

    private static String[] run(boolean debug) throws IOException {
        return run(FAILS_ON_BOOM, INPUT, debug);
    }

    private static String[] run(Batch.Job job, String input, boolean debug) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Batch batch = new Batch(job, LocalDate.of(2026, 11, 25), out, new PrintWriter(err),
                debug, 2);
        int status = batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString()};
    }

    @Test
    void anInternalErrorIsAnErrorRecordWithoutAStackTraceAndTheOtherRecordsGoOn() throws IOException {
        String[] run = run(false);

        assertThat(run[0]).isEqualTo("1");
        assertThat(run[1]).isEqualTo("{\"id\":\"a\",\"asOf\":\"2026-11-25\"}\n"
                + "{\"id\":\"boom\",\"error\":{\"line\":2,\"path\":\"\","
                + "\"message\":\"could not be assessed because of an internal error; standard error names this"
                + " record's line\"}}\n"
                + "{\"id\":\"c\",\"asOf\":\"2026-11-25\"}\n");
        assertThat(run[2]).isEqualTo("himcert: the record on line 2 (id boom) could not be assessed: internal error"
                + " IllegalStateException (rerun with --debug for the stack trace)\n"
                + "himcert: 1 of 3 records could not be assessed\n");
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        String[] run = run(true);

        assertThat(run[0]).isEqualTo("1");
        assertThat(run[2]).startsWith("himcert: the record on line 2 (id boom) could not be assessed: internal error"
                + " IllegalStateException\njava.lang.IllegalStateException: engine failure quoting SECRET4711\n\tat ");
    }

    @Test
    void aRecordThatRunsOutOfMemoryIsAnErrorRecordAndTheRestOfItsChunkIsAnswered() throws IOException {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            input.append(i == 20 ? "{\"id\":\"huge\"}" : "{\"id\":\"r" + i + "\"}").append('\n');
        }

        String[] run = run(EXHAUSTS_ON_HUGE, input.toString(), false);

        List<String> lines = run[1].lines().toList();
        assertThat(run[0]).isEqualTo("1");
        assertThat(lines).hasSize(40);
        assertThat(lines.get(19)).isEqualTo("{\"id\":\"r19\"}");
        assertThat(lines.get(20)).isEqualTo("{\"id\":\"huge\",\"error\":{\"line\":21,\"path\":\"\","
                + "\"message\":\"could not be assessed: it needs more memory than this run has; standard error names"
                + " this record's line\"}}");
        assertThat(lines.get(21)).isEqualTo("{\"id\":\"r21\"}");
        assertThat(run[2]).isEqualTo("himcert: the record on line 21 (id huge) could not be assessed: it needs more"
                + " memory than this run has (a larger -Xmx, or HIMCERT_JAVA_OPTS for bin/himcert)"
                + " (rerun with --debug for the stack trace)\n"
                + "himcert: 1 of 40 records could not be assessed\n");
    }
}
