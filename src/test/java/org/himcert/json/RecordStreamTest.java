package org.himcert.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The stream cuts one object or JSON Lines into records, with the line each starts on. */
class RecordStreamTest {

    private static final int MAX = ContractReader.MAX_RECORD_BYTES;

    private static List<RawRecord> records(byte[] input) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        try (RecordStream stream = new RecordStream(new ByteArrayInputStream(input))) {
            for (RawRecord r = stream.next(); r != null; r = stream.next()) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<RawRecord> records(String input) throws IOException {
        return records(input.getBytes(StandardCharsets.UTF_8));
    }

    private static RawRecord text(long line, String json) {
        return new RawRecord.Text(line, json);
    }

    private static RawRecord tooLarge(long line) {
        return new RawRecord.Rejected(line, ContractReader.TOO_LARGE);
    }

    @Test
    void cutsJsonLinesOnePerLineSkippingBlankLines() throws IOException {
        assertThat(records("{\"id\":\"a\"}\n\n   \n{\"id\":\"b\"}\r\n\t\n{\"id\":\"c\"}"))
                .containsExactly(text(1, "{\"id\":\"a\"}"), text(4, "{\"id\":\"b\"}"), text(6, "{\"id\":\"c\"}"));
    }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertThat(records("")).isEmpty();
        assertThat(records("\n \n\r\n")).isEmpty();
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(records("\uFEFF{\"id\":\"a\"}\n")).containsExactly(text(1, "{\"id\":\"a\"}"));
    }

    @Test
    void aPrettyPrintedObjectIsOneRecordOnLineOne() throws IOException {
        String pretty = "{\n  \"id\": \"a\",\n  \"education\": [\n    {\"level\": \"GED\"}\n  ]\n}\n";

        assertThat(records(pretty)).containsExactly(text(1, pretty.strip()));
    }

    @Test
    void aPrettyPrintedObjectAfterBlankLinesStartsOnItsFirstLine() throws IOException {
        assertThat(records("\n\n{\n \"id\": \"a\"\n}\n\n")).containsExactly(text(3, "{\n \"id\": \"a\"\n}"));
    }

    @Test
    void prettyPrintedObjectsMayFollowEachOtherAsJqPrintsThem() throws IOException {
        assertThat(records("{\n  \"id\": \"a\"\n}\n{\n  \"id\": \"b\"\n}\n"))
                .containsExactly(text(1, "{\n  \"id\": \"a\"\n}"), text(4, "{\n  \"id\": \"b\"\n}"));
    }

    @Test
    void bracketsInsideStringsDoNotCount() throws IOException {
        String pretty = "{\n \"id\": \"a\",\n \"x\": \"}]\\\" {\"\n}";

        assertThat(records(pretty)).containsExactly(text(1, pretty));
    }

    @Test
    void afterAOneLineRecordEveryLineIsARecordOfItsOwn() throws IOException {
        // JSON Lines is decided by the first record: a pretty-printed object after it is not put together
        assertThat(records("{\"id\":\"a\"}\n{\n\"id\": \"b\"\n}\n"))
                .containsExactly(text(1, "{\"id\":\"a\"}"), text(2, "{"), text(3, "\"id\": \"b\""), text(4, "}"));
    }

    @Test
    void aMalformedLineInJsonLinesIsOneRecordAndTheNextLinesGoOn() throws IOException {
        assertThat(records("{\"id\":\"a\"}\n{\"id\":\"b\",\"education\":[\n{\"id\":\"c\"}\n"))
                .containsExactly(text(1, "{\"id\":\"a\"}"), text(2, "{\"id\":\"b\",\"education\":["),
                        text(3, "{\"id\":\"c\"}"));
    }

    @Test
    void aBrokenFirstLineThatLeavesAStringOpenIsOneRecord() throws IOException {
        assertThat(records("{\"id\":\"a\",\"asOf\":\"2026-\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n"))
                .containsExactly(text(1, "{\"id\":\"a\",\"asOf\":\"2026-"), text(2, "{\"id\":\"b\"}"),
                        text(3, "{\"id\":\"c\"}"));
    }

    @Test
    void aBrokenFirstLineFollowedByJsonLinesIsOneRecord() throws IOException {
        // the first line leaves brackets open; the next starts a JSON line of its own in the first column
        assertThat(records("{\"id\":\"a\",\"education\":[\n{\"id\":\"b\"}\n{\"id\":\"c\",\"x\":[\n{\"id\":\"d\"}\n"))
                .containsExactly(text(1, "{\"id\":\"a\",\"education\":["), text(2, "{\"id\":\"b\"}"),
                        text(3, "{\"id\":\"c\",\"x\":["), text(4, "{\"id\":\"d\"}"));
    }

    @Test
    void anUnclosedObjectAtTheEndIsOneRecord() throws IOException {
        assertThat(records("{\n \"id\": \"a\",\n")).containsExactly(text(1, "{\n \"id\": \"a\","));
    }

    @Test
    void aLineOfExactlyOneMebibyteIsKeptAndOneByteMoreIsRejectedWithTheNextLineRead() throws IOException {
        String exact = line(MAX);
        String over = line(MAX + 1);

        List<RawRecord> records = records(exact + "\n" + over + "\n{\"id\":\"b\"}\n");

        assertThat(records).hasSize(3);
        assertThat(((RawRecord.Text) records.get(0)).json()).hasSize(MAX);
        assertThat(records.get(1)).isEqualTo(tooLarge(2));
        assertThat(records.get(2)).isEqualTo(text(3, "{\"id\":\"b\"}"));
    }

    @Test
    void theLimitCountsUtf8Bytes() throws IOException {
        // 2 bytes per 'é': the line has fewer than MAX characters but more than MAX bytes
        String json = "{\"id\":\"a\",\"x\":\"" + "é".repeat(MAX / 2) + "\"}";

        assertThat(records(json + "\n")).containsExactly(tooLarge(1));
    }

    @Test
    void aPrettyPrintedObjectOverOneMebibyteIsRejectedOnItsFirstLine() throws IOException {
        StringBuilder pretty = new StringBuilder("{\n \"id\": \"a\",\n \"x\": [\n");
        while (pretty.length() <= MAX) {
            pretty.append("  \"").append("y".repeat(1000)).append("\",\n");
        }
        pretty.append("  \"z\"\n ]\n}\n");

        assertThat(records(pretty + "{\"id\":\"b\"}\n")).containsExactly(tooLarge(1), text(pretty.toString()
                .split("\n").length + 1, "{\"id\":\"b\"}"));
    }

    @Test
    void aLineThatIsNotUtf8IsRejectedAndTheNextLineIsRead() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"id\":\"a\",\"x\":\"".getBytes(StandardCharsets.UTF_8));
        input.write(0xC3);
        input.write(0x28);
        input.writeBytes("\"}\n{\"id\":\"b\",\"x\":\"é\"}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(records(input.toByteArray())).containsExactly(
                new RawRecord.Rejected(1, "not valid UTF-8 text: the contract's encoding is UTF-8"),
                text(2, "{\"id\":\"b\",\"x\":\"é\"}"));
    }

    @Test
    void readsInputThatArrivesInSmallPiecesAndSaysWhenItWouldWait() throws IOException {
        byte[] bytes = "{\n \"id\": \"a\"\n}\n{\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8);
        AtomicInteger waits = new AtomicInteger();
        // three bytes at a time, and nothing is ever "available" without waiting, as on a quiet pipe
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }

            @Override
            public synchronized int available() {
                return 0;
            }
        };
        List<RawRecord> out = new ArrayList<>();
        try (RecordStream stream = new RecordStream(trickle, waits::incrementAndGet)) {
            for (RawRecord r = stream.next(); r != null; r = stream.next()) {
                out.add(r);
            }
        }

        assertThat(out).containsExactly(text(1, "{\n \"id\": \"a\"\n}"), text(4, "{\"id\":\"b\"}"));
        assertThat(waits.get()).isGreaterThan(bytes.length / 3);
    }

    @Test
    void aLineOfManyMebibytesIsRejectedUnkeptAndTheNextLineIsRead() throws IOException {
        // 5 MiB on one line is rejected without being kept: the stream holds at most MAX + 1 bytes of it
        byte[] huge = ("{\"id\":\"a\",\"x\":\"" + "y".repeat(5 * MAX) + "\"}\n{\"id\":\"b\"}\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(records(huge)).containsExactly(tooLarge(1), text(2, "{\"id\":\"b\"}"));
    }

    private static String line(int bytes) {
        String head = "{\"id\":\"a\",\"x\":\"";
        return head + "y".repeat(bytes - head.length() - 2) + "\"}";
    }
}
