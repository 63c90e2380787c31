package org.himcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.himcert.EligibilityAdvisor;
import org.himcert.json.ContractReader;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputException;
import org.himcert.json.InputRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Fuzzes the record stream and the reader through the command line, run in-process: about 300 good JSON Lines
 * are assessed once, clean, and each record's output line is kept; then a few hundred seeded inputs built from
 * them (mutated lines, broken starts of files, jq-style pretty-printed streams) must give exactly one output line
 * per input record, the clean run's bytes for every record left untouched, a well-formed error record (on the line
 * where the record starts) or a result for every mutated one, and no stack trace on standard error.
 *
 * <p>Seeded: every assertion names the seed of the input that broke it. {@code -Dhimcert.long=true} runs ten
 * times as many inputs.
 */
class StreamFuzzTest {

    private static final long SEED = 20261125L;
    private static final int SCALE = Boolean.getBoolean("himcert.long") ? 10 : 1;
    private static final int GOOD = 300;
    private static final String AS_OF = "2026-11-25";
    private static final LocalDate AS_OF_DATE = LocalDate.parse(AS_OF);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern MESSAGE_LINE = Pattern.compile("\\(line (\\d+), column (\\d+)\\)");
    /** A scalar value after a key in a compact JSON line. */
    private static final Pattern COMPACT_VALUE = Pattern.compile("\":(\"[^\"]*\"|-?\\d+|true|false)");
    /** A pretty-printed line holding one key and a scalar value. */
    private static final Pattern PRETTY_VALUE = Pattern.compile("^( +\"[^\"]+\": )(\"[^\"]*\"|-?\\d+|true|false)(,?)$");

    /** Values to put in place of another; some break the brackets or quotes of a line. */
    private static final String[] GARBAGE = {"null", "\"???\"", "-1", "2.5", "\"2026-02-30\"", "{}", "[]", "tru",
        "\"x\\\"y\"", "1e999", "\"\u00e9\"", "\"\"", "0", "true", "\"CCS-P\"", "\"gen 1\"", "[", "\"", "}",
        "{\"a\":1", "\"\\u0000\"", "\"\\q\"", "01", "-", "\"\u2028\"", "12345678901234567890"};
    /** The same, keeping a pretty-printed line's brackets and quotes balanced (a jq stream's structure). */
    private static final String[] BALANCED_GARBAGE = {"null", "\"???\"", "-1", "2.5", "\"2026-02-30\"", "{}", "[]",
        "tru", "\"x\\\"y\"", "1e999", "\"\u00e9\"", "\"\"", "0", "true", "\"CCS-P\"", "\"gen 1\"", "\"\\q\"", "01"};
    /** Characters to insert: structure, whitespace, control characters, letters, non-ASCII text. */
    private static final String[] INSERTED = {"{", "}", "[", "]", "\"", ",", ":", "\\", " ", "\t", "\r", "\u0000",
        "a", "Z", "0", "-", ".", "\u00e9", "\u20ac", "\uD83D\uDE00", "\u2028", "\uFEFF"};
    /** Byte sequences that are not UTF-8. */
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE}};
    /** Whole lines that are no record. */
    private static final String[] JUNK = {"not json", "[]", "{}", "null", "42", "\"gen-1\"", "}", "]", "{\"id\":}",
        "{\"id\":\"gen-1\"}{\"id\":\"gen-2\"}", "{\"id\":\"gen-1\",\"id\":\"gen-1\"}", "\f", "{\"id\":null}",
        "[{\"id\":\"gen-1\"}]", "{'id':'gen-1'}", "// a comment", "\u00a0"};
    /** Lines that hold only what the stream counts as blank. */
    private static final String[] BLANK = {"", " ", "\t", "  \t ", "\r", " \r"};

    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();
    private static final ContractReader READER = new ContractReader();
    private static final ContractWriter WRITER = new ContractWriter();

    /** The good JSON lines; line i holds id gen-i. */
    private static List<String> good;
    /** The clean run's output line of each good record, by id. */
    private static Map<String, byte[]> clean;

    /** What one run of the command line gave. */
    private record Run(int status, List<byte[]> lines, String help, String err) {
    }

    /** How a record of an input was made, and so what its output line must be. */
    private enum Kind {
        /** A good line (or object) as generated: the clean run's bytes. */
        UNTOUCHED(false),
        /** A character dropped. */
        DROP(false),
        /** A character doubled. */
        DUPLICATE(false),
        /** A character inserted. */
        INSERT(false),
        /** A value replaced with garbage. */
        GARBAGE(false),
        /** Cut short: never valid JSON. */
        CUT(true),
        /** The end of a line only (as if a file were cut at its start): never valid JSON. */
        TAIL(true),
        /** A byte that is not UTF-8: rejected as such. */
        NOT_UTF8(true),
        /** A whole line that is no record. */
        JUNK(true),
        /** A pretty-printed object missing its last brace. */
        MISSING_BRACE(true);

        final boolean mustFail;

        Kind(boolean mustFail) {
            this.mustFail = mustFail;
        }
    }

    /**
     * One record of an input.
     *
     * @param line    the 1-based line on which it starts
     * @param kind    how it was made
     * @param goodId  the id of the good record it was made from
     * @param text    the record's text exactly as the stream must cut it (line ends and a last CR removed), or
     *                null when that is not worked out here
     * @param raw     the record's bytes as written (for messages)
     */
    private record Expect(long line, Kind kind, String goodId, byte[] text, byte[] raw) {
    }

    /** An input under construction: its bytes, its line count and its records. */
    private static final class Input {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Expect> records = new ArrayList<>();
        final Random random;
        /** 0: LF, 1: CRLF, 2: either, line by line. */
        final int endings;
        long lines;
        /** How the input varies beyond its records, for the summary. */
        final Map<String, Integer> shape = new TreeMap<>();

        Input(Random random) {
            this.random = random;
            int e = random.nextInt(4);
            this.endings = e == 3 ? 0 : e;
            shape.put(endings == 0 ? "LF" : endings == 1 ? "CRLF" : "mixed line ends", 1);
        }

        void byteOrderMark() {
            bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            shape.put("byte order mark", 1);
        }

        /** Writes one line and its line end; returns its line number. */
        long line(byte[] content) {
            bytes.writeBytes(content);
            boolean crlf = endings == 1 || endings == 2 && random.nextBoolean();
            bytes.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            return ++lines;
        }

        long line(String content) {
            return line(utf8(content));
        }

        void blankLines(int most) {
            shape.merge("blank-line runs", 1, Integer::sum);
            int n = 1 + random.nextInt(most);
            for (int i = 0; i < n; i++) {
                line(BLANK[random.nextInt(BLANK.length)]);
            }
        }

        /** The bytes, sometimes without the last line end. */
        byte[] finish() {
            byte[] b = bytes.toByteArray();
            if (b.length > 0 && random.nextInt(5) == 0) {
                shape.put("no last line end", 1);
                int cut = b[b.length - 1] == '\n' && b.length > 1 && b[b.length - 2] == '\r' ? 2 : 1;
                return Arrays.copyOf(b, b.length - cut);
            }
            return b;
        }
    }

    /**
     * The input as a pipe gives it: in pieces of random size (some ending at a line end), each read returning at
     * most the rest of the piece, and nothing {@link #available()} between pieces.
     */
    private static final class Pieces extends InputStream {
        private final byte[] data;
        private final Random random;
        private int pos;
        private int pieceEnd;

        Pieces(byte[] data, Random random) {
            this.data = data;
            this.random = random;
        }

        private void nextPiece() {
            if (pos >= pieceEnd) {
                int end = Math.min(data.length, pos + 1 + random.nextInt(random.nextBoolean() ? 16 : 600));
                if (random.nextBoolean()) {
                    // up to the end of a line, as a program writing line by line sends it
                    while (end < data.length && data[end - 1] != '\n') {
                        end++;
                    }
                }
                pieceEnd = end;
            }
        }

        @Override
        public int read() {
            if (pos >= data.length) {
                return -1;
            }
            nextPiece();
            return data[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= data.length) {
                return -1;
            }
            nextPiece();
            int n = Math.min(len, pieceEnd - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() {
            return pieceEnd - pos;
        }
    }

    @BeforeAll
    static void cleanRun() throws IOException {
        StringWriter generated = new StringWriter();
        GenerateCandidates.write(GOOD, SEED, generated);
        good = generated.toString().lines().toList();
        assertThat(good).hasSize(GOOD);

        Run run = run(utf8(String.join("\n", good) + "\n"));

        assertThat(run.status()).as("clean run, seed %d: %s", SEED, run.err()).isZero();
        assertThat(run.err()).as("clean run, seed %d", SEED).isEmpty();
        assertThat(run.lines()).as("clean run, seed %d", SEED).hasSize(GOOD);
        clean = new HashMap<>();
        for (int i = 0; i < GOOD; i++) {
            JsonNode result = json(run.lines().get(i));
            assertThat(result.path("id").asText()).as("clean run, seed %d", SEED).isEqualTo("gen-" + i);
            assertThat(result.has("error")).as("clean run, seed %d: %s", SEED, result).isFalse();
            clean.put("gen-" + i, run.lines().get(i));
        }
    }

    @Test
    void mutatedJsonLinesAreEachOneRecordAndTheOthersAnswerAsInTheCleanRun() {
        int inputs = 160 * SCALE;
        Map<Kind, Integer> made = new TreeMap<>();
        Map<String, Integer> shapes = new TreeMap<>();
        int records = 0;
        int rejected = 0;
        for (int k = 0; k < inputs; k++) {
            long seed = SEED + 1000 + k;
            Random r = random(seed);
            Input in = new Input(r);
            if (r.nextInt(8) == 0) {
                in.byteOrderMark();
            }
            if (r.nextInt(6) == 0) {
                in.blankLines(2);
            }
            // the first line stays good: it makes the input JSON Lines (broken starts are the next test's)
            addGoodLine(in, r.nextInt(GOOD));
            int n = 20 + r.nextInt(41);
            for (int i = 1; i < n; i++) {
                if (r.nextInt(10) == 0) {
                    in.blankLines(3);
                }
                int g = r.nextInt(GOOD);
                if (r.nextInt(10) < 7) {
                    addGoodLine(in, g);
                    continue;
                }
                Kind kind = switch (r.nextInt(8)) {
                    case 0 -> Kind.DROP;
                    case 1 -> Kind.DUPLICATE;
                    case 2 -> Kind.INSERT;
                    case 3 -> Kind.CUT;
                    case 4 -> Kind.GARBAGE;
                    case 5 -> Kind.NOT_UTF8;
                    case 6 -> Kind.JUNK;
                    default -> null; // the same good line twice in a row
                };
                if (kind == null) {
                    addGoodLine(in, g);
                    addGoodLine(in, g);
                    made.merge(Kind.UNTOUCHED, 1, Integer::sum);
                    continue;
                }
                made.merge(kind, 1, Integer::sum);
                byte[] content = mutate(kind, good.get(g), r);
                long line = in.line(content);
                // no mutation leaves a carriage return at the end of a line: the record's text is the line's content
                in.records.add(new Expect(line, kind, "gen-" + g, content, content));
            }
            rejected += check("JSON Lines seed " + seed, in, in.records, true);
            records += in.records.size();
            in.shape.forEach((key, count) -> shapes.merge(key, count, Integer::sum));
        }
        System.out.printf("StreamFuzzTest JSON Lines: %d inputs %s, %d records, mutations %s (UNTOUCHED: good lines"
                + " doubled), %d rejected%n", inputs, shapes, records, made, rejected);
    }

    @Test
    void aBrokenFirstLineOrTwoAreEachOneRecordAndTheLinesAfterThemAnswerAsInTheCleanRun() {
        int inputs = 80 * SCALE;
        Map<Kind, Integer> made = new TreeMap<>();
        Map<String, Integer> shapes = new TreeMap<>();
        int records = 0;
        for (int k = 0; k < inputs; k++) {
            long seed = SEED + 2000 + k;
            Random r = random(seed);
            Input in = new Input(r);
            if (r.nextInt(6) == 0) {
                in.byteOrderMark();
            }
            if (r.nextInt(5) == 0) {
                in.blankLines(2);
            }
            int broken = 1 + r.nextInt(2);
            for (int b = 0; b < broken; b++) {
                int g = r.nextInt(GOOD);
                // a line that follows an open one must start a record of its own ('{' in the first column), as
                // every JSON line does: the tail of a line and junk come first only
                Kind kind = b == 0 ? pick(r, Kind.CUT, Kind.CUT, Kind.TAIL, Kind.NOT_UTF8, Kind.JUNK, Kind.GARBAGE)
                        : pick(r, Kind.CUT, Kind.CUT, Kind.NOT_UTF8, Kind.GARBAGE);
                made.merge(kind, 1, Integer::sum);
                byte[] content = kind == Kind.NOT_UTF8 ? withNotUtf8(utf8(cut(good.get(g), r)), r)
                        : mutate(kind, good.get(g), r);
                long line = in.line(content);
                if (r.nextInt(4) == 0) {
                    in.blankLines(2);
                }
                in.records.add(new Expect(line, kind, "gen-" + g, null, content));
            }
            int n = 10 + r.nextInt(31);
            for (int i = 0; i < n; i++) {
                if (r.nextInt(12) == 0) {
                    in.blankLines(2);
                }
                addGoodLine(in, r.nextInt(GOOD));
            }
            check("broken start seed " + seed, in, in.records, false);
            records += in.records.size();
            in.shape.forEach((key, count) -> shapes.merge(key, count, Integer::sum));
        }
        System.out.printf("StreamFuzzTest broken starts: %d inputs %s, %d records, broken lines %s%n", inputs, shapes,
                records, made);
    }

    @Test
    void aJqStyleStreamGivesOneRecordPerObjectEvenWhenAnObjectMissesItsLastBrace() {
        int inputs = 80 * SCALE;
        Map<Kind, Integer> made = new TreeMap<>();
        Map<String, Integer> shapes = new TreeMap<>();
        int records = 0;
        int objects = 0;
        for (int k = 0; k < inputs; k++) {
            long seed = SEED + 3000 + k;
            Random r = random(seed);
            Input in = new Input(r);
            if (r.nextInt(5) == 0) {
                in.blankLines(2);
            }
            if (r.nextInt(4) == 0) {
                // a broken JSON line or two before the stream (a partial write)
                int broken = 1 + r.nextInt(2);
                for (int b = 0; b < broken; b++) {
                    int g = r.nextInt(GOOD);
                    byte[] content = utf8(cut(good.get(g), r));
                    long line = in.line(content);
                    in.records.add(new Expect(line, Kind.CUT, "gen-" + g, null, content));
                    made.merge(Kind.CUT, 1, Integer::sum);
                }
            }
            int n = 5 + r.nextInt(21);
            for (int i = 0; i < n; i++) {
                if (i > 0 && r.nextInt(8) == 0) {
                    in.blankLines(2);
                }
                int g = r.nextInt(GOOD);
                List<String> lines = new ArrayList<>(jq(json(utf8(good.get(g)))).lines().toList());
                int roll = r.nextInt(20);
                Kind kind = roll < 3 ? Kind.MISSING_BRACE : roll < 6 ? Kind.GARBAGE : roll < 7 ? Kind.NOT_UTF8
                        : Kind.UNTOUCHED;
                byte[] notUtf8 = null;
                int notUtf8At = -1;
                if (kind == Kind.MISSING_BRACE) {
                    lines.remove(lines.size() - 1);
                } else if (kind == Kind.GARBAGE) {
                    if (!replacePrettyValue(lines, r)) {
                        kind = Kind.UNTOUCHED;
                    }
                } else if (kind == Kind.NOT_UTF8) {
                    notUtf8 = NOT_UTF8[r.nextInt(NOT_UTF8.length)];
                    notUtf8At = 1 + r.nextInt(lines.size() - 1);
                }
                made.merge(kind, 1, Integer::sum);
                long start = in.lines + 1;
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                for (int j = 0; j < lines.size(); j++) {
                    byte[] content = utf8(lines.get(j));
                    if (j == notUtf8At) {
                        // inside the line's text, after its indentation: the structure stays as it is
                        int at = lines.get(j).indexOf('"') + 1;
                        content = insert(content, Math.max(at, 1), notUtf8);
                    }
                    in.line(content);
                    raw.writeBytes(content);
                    raw.write('\n');
                }
                byte[] text = kind == Kind.MISSING_BRACE || kind == Kind.NOT_UTF8 ? null
                        : utf8(String.join("\n", lines));
                in.records.add(new Expect(start, kind, "gen-" + g, text, raw.toByteArray()));
                objects++;
            }
            check("jq stream seed " + seed, in, in.records, false);
            records += in.records.size();
            in.shape.forEach((key, count) -> shapes.merge(key, count, Integer::sum));
        }
        System.out.printf("StreamFuzzTest jq streams: %d inputs %s, %d records (%d pretty-printed objects), kinds %s%n",
                inputs, shapes, records, objects, made);
    }

    // ---- building inputs

    /**
     * The input's random numbers: java.util.Random's first numbers for neighbouring seeds are alike, so the seed is
     * spread first (the same seed still gives the same input).
     */
    private static Random random(long seed) {
        return new Random(new SplittableRandom(seed).nextLong());
    }

    private static void addGoodLine(Input in, int g) {
        byte[] content = utf8(good.get(g));
        long line = in.line(content);
        in.records.add(new Expect(line, Kind.UNTOUCHED, "gen-" + g, content, content));
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** The line made by one mutation of a good line. */
    private static byte[] mutate(Kind kind, String line, Random r) {
        int at = r.nextInt(line.length());
        return switch (kind) {
            case DROP -> utf8(line.substring(0, at) + line.substring(at + 1));
            case DUPLICATE -> utf8(line.substring(0, at + 1) + line.substring(at));
            case INSERT -> utf8(line.substring(0, at) + INSERTED[r.nextInt(INSERTED.length)] + line.substring(at));
            case CUT -> utf8(cut(line, r));
            case TAIL -> utf8(line.substring(1 + r.nextInt(line.length() - 1)));
            case GARBAGE -> utf8(replaceCompactValue(line, r));
            case NOT_UTF8 -> withNotUtf8(utf8(line), r);
            case JUNK -> utf8(JUNK[r.nextInt(JUNK.length)]);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** The line cut short: at least its first character, never all of it. */
    private static String cut(String line, Random r) {
        return line.substring(0, 1 + r.nextInt(line.length() - 1));
    }

    private static byte[] withNotUtf8(byte[] line, Random r) {
        return insert(line, r.nextInt(line.length + 1), NOT_UTF8[r.nextInt(NOT_UTF8.length)]);
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    private static String replaceCompactValue(String line, Random r) {
        List<int[]> values = new ArrayList<>();
        Matcher m = COMPACT_VALUE.matcher(line);
        while (m.find()) {
            values.add(new int[] {m.start(1), m.end(1)});
        }
        int[] v = values.get(r.nextInt(values.size())); // every line has its id
        return line.substring(0, v[0]) + GARBAGE[r.nextInt(GARBAGE.length)] + line.substring(v[1]);
    }

    private static boolean replacePrettyValue(List<String> lines, Random r) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (PRETTY_VALUE.matcher(lines.get(i)).matches()) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int i = candidates.get(r.nextInt(candidates.size()));
        Matcher m = PRETTY_VALUE.matcher(lines.get(i));
        m.matches();
        lines.set(i, m.group(1) + BALANCED_GARBAGE[r.nextInt(BALANCED_GARBAGE.length)] + m.group(3));
        return true;
    }

    /** The object as {@code jq .} prints it: two spaces of indentation, each member and element on a line. */
    private static String jq(JsonNode node) {
        StringBuilder out = new StringBuilder();
        jq(node, 0, out);
        return out.append('\n').toString();
    }

    private static void jq(JsonNode node, int indent, StringBuilder out) {
        if (node.isContainerNode() && !node.isEmpty()) {
            boolean object = node.isObject();
            out.append(object ? "{\n" : "[\n");
            if (object) {
                int left = node.size();
                for (Map.Entry<String, JsonNode> f : node.properties()) {
                    out.append(" ".repeat(indent + 2)).append(MAPPER.getNodeFactory().textNode(f.getKey())).append(": ");
                    jq(f.getValue(), indent + 2, out);
                    out.append(--left > 0 ? ",\n" : "\n");
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    out.append(" ".repeat(indent + 2));
                    jq(node.get(i), indent + 2, out);
                    out.append(i + 1 < node.size() ? ",\n" : "\n");
                }
            }
            out.append(" ".repeat(indent)).append(object ? '}' : ']');
        } else {
            out.append(node.toString());
        }
    }

    // ---- running and checking

    private static Run run(byte[] input) {
        return run(new ByteArrayInputStream(input));
    }

    private static Run run(InputStream stdin) {
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        StringWriter help = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(stdin, results, CLOCK);
        cmd.setOut(new PrintWriter(help));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute("assess", "--as-of", AS_OF, "-");
        cmd.getOut().flush();
        cmd.getErr().flush();
        byte[] out = results.toByteArray();
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\n') {
                lines.add(Arrays.copyOfRange(out, from, i));
                from = i + 1;
            }
        }
        if (from < out.length) {
            lines.add(Arrays.copyOfRange(out, from, out.length)); // an unterminated last line: a fault below
        }
        assertThat(from).as("the output ends with a line end").isEqualTo(out.length);
        return new Run(status, lines, help.toString(), err.toString());
    }

    /**
     * Runs the input (finished here) and checks every output line against its record.
     *
     * @param label   names the input in messages (its seed)
     * @param in      the input
     * @param records its records, in order
     * @param exact whether each record's text is known exactly, so that a mutated record's line must be what the
     *              reader and the advisor give for that text on their own
     * @return the number of records rejected
     */
    private static int check(String label, Input in, List<Expect> records, boolean exact) {
        byte[] input = in.finish();
        // a third of the inputs arrive as a pipe gives them: in pieces, with nothing available between them
        boolean piped = in.random.nextInt(3) == 0;
        if (piped) {
            in.shape.put("arriving in pieces", 1);
        }
        Run run = run(piped ? new Pieces(input, new Random(in.random.nextLong())) : new ByteArrayInputStream(input));
        label += piped ? " (arriving in pieces)" : "";
        String shown = label + "\n--- input ---\n" + printable(input) + "\n--- stderr ---\n" + run.err();
        assertThat(run.lines()).as("%s: one output line per input record", shown).hasSize(records.size());
        assertThat(run.help()).as(shown).isEmpty();
        assertThat(run.err()).as("%s: no stack trace", shown).doesNotContain("\tat ").doesNotContain("Exception");
        int rejected = 0;
        long firstRejected = 0;
        List<Integer> lineStarts = lineStarts(input);
        for (int i = 0; i < records.size(); i++) {
            Expect e = records.get(i);
            byte[] out = run.lines().get(i);
            // a record may run on to the line before the next one (an open record takes blank lines and lines that
            // start no record); a message may count a carriage return left inside the record's text as a line end
            long next = i + 1 < records.size() ? records.get(i + 1).line() : lineStarts.size() + 1;
            long lastLine = next - 1 + innerCarriageReturns(input, lineStarts, e.line(), next);
            String what = label + ", record " + (i + 1) + " (" + e.kind() + " of " + e.goodId() + ", line " + e.line()
                    + "): " + printable(e.raw()) + "\n  gave: " + new String(out, StandardCharsets.UTF_8);
            JsonNode node = json(out);
            boolean error = node.has("error");
            if (error) {
                if (rejected++ == 0) {
                    firstRejected = e.line();
                }
                checkErrorRecord(what, node, e, lastLine);
            }
            if (e.kind() == Kind.UNTOUCHED) {
                assertThat(new String(out, StandardCharsets.UTF_8)).as("%s: the clean run's line", what)
                        .isEqualTo(new String(clean.get(e.goodId()), StandardCharsets.UTF_8));
                assertThat(out).as("%s: the clean run's bytes", what).isEqualTo(clean.get(e.goodId()));
                continue;
            }
            if (e.kind().mustFail) {
                assertThat(error).as("%s: must be rejected", what).isTrue();
            }
            if (!error) {
                assertThat(node.path("id").asText()).as("%s: a result's id", what).matches(ID);
                assertThat(node.path("decisions").size()).as("%s: a result's decisions", what).isEqualTo(6);
            }
            switch (e.kind()) {
                case NOT_UTF8 -> {
                    assertThat(node.has("id")).as("%s: no id is read from text that is not UTF-8", what).isFalse();
                    assertThat(node.path("error").path("path").asText()).as(what).isEmpty();
                    assertThat(node.path("error").path("message").asText()).as(what).contains("UTF-8");
                }
                case CUT, MISSING_BRACE -> {
                    if (node.has("id")) {
                        assertThat(node.path("id").asText()).as("%s: the id read before the break", what)
                                .isEqualTo(e.goodId());
                    }
                    assertThat(node.path("error").path("message").asText()).as(what).startsWith("not valid JSON: ");
                }
                default -> {
                }
            }
            if (e.kind() == Kind.MISSING_BRACE) {
                // the id is the first member: read before the record ends
                assertThat(node.path("id").asText()).as(what).isEqualTo(e.goodId());
                assertThat(node.path("error").path("message").asText()).as(what)
                        .startsWith("not valid JSON: the record ends before an object is closed ('}' missing)");
            }
            if (e.text() != null && e.kind() != Kind.NOT_UTF8 && (exact || e.kind() == Kind.GARBAGE)) {
                assertThat(new String(out, StandardCharsets.UTF_8))
                        .as("%s: what the reader and the advisor give for the record's text on their own", what)
                        .isEqualTo(alone(e.text(), e.line()));
            }
        }
        assertThat(run.status()).as("%s: exit status", shown).isEqualTo(rejected > 0 ? 1 : 0);
        if (rejected > 0) {
            assertThat(run.err()).as(shown).contains("himcert: " + rejected + " of " + records.size()
                    + " records rejected (the first on line " + firstRejected + ")");
        } else {
            assertThat(run.err()).as(shown).isEmpty();
        }
        return rejected;
    }

    /** An error record is {"id"?, "error": {"line", "path", "message"}}, on the line where its record starts. */
    private static void checkErrorRecord(String what, JsonNode node, Expect e, long lastLine) {
        assertThat(fieldNames(node)).as("%s: an error record's fields", what)
                .isIn(List.of("error"), List.of("id", "error"));
        if (node.has("id")) {
            assertThat(node.get("id").isTextual()).as(what).isTrue();
            assertThat(node.get("id").asText()).as("%s: an error record's id", what).matches(ID);
        }
        JsonNode error = node.get("error");
        assertThat(fieldNames(error)).as("%s: the error's fields", what).containsExactly("line", "path", "message");
        assertThat(error.get("line").isIntegralNumber()).as(what).isTrue();
        assertThat(error.get("line").asLong()).as("%s: the line the record starts on", what).isEqualTo(e.line());
        // the path may name a field of the input as it was read (an unknown field's name, escapes decoded)
        assertThat(error.get("path").isTextual()).as(what).isTrue();
        assertThat(error.get("message").isTextual()).as(what).isTrue();
        String message = error.get("message").asText();
        assertThat(message).as(what).isNotBlank().doesNotContain("\n");
        Matcher m = MESSAGE_LINE.matcher(message);
        if (m.find()) {
            assertThat(Long.parseLong(m.group(1))).as("%s: the line a message names", what)
                    .isBetween(e.line(), Math.max(e.line(), lastLine));
        }
    }

    /** The offset of each line's first byte (a line end at the very end of the input starts no line). */
    private static List<Integer> lineStarts(byte[] input) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\n' && i + 1 < input.length) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** Carriage returns not directly before a line feed, from line {@code from} up to line {@code to}. */
    private static int innerCarriageReturns(byte[] input, List<Integer> lineStarts, long from, long to) {
        int end = to - 1 < lineStarts.size() ? lineStarts.get((int) to - 1) : input.length;
        int count = 0;
        for (int i = lineStarts.get((int) from - 1); i < end; i++) {
            if (input[i] == '\r' && (i + 1 >= input.length || input[i + 1] != '\n')) {
                count++;
            }
        }
        return count;
    }

    /** What the reader and the advisor give for one record's text without the command line. */
    private static String alone(byte[] text, long line) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("a record expected exactly must be UTF-8", e);
        }
        try {
            InputRecord record = READER.read(json, line);
            return WRITER.assessment(ADVISOR.assess(record.candidate(), record.asOf().orElse(AS_OF_DATE)));
        } catch (InputException e) {
            return WRITER.error(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode json(byte[] line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + new String(line, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes as text with line ends, carriage returns and bytes that are not UTF-8 made visible. */
    private static String printable(byte[] bytes) {
        String text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
        return text.replace("\r", "\\r").replace("\uFFFD", "\\x??").replace("\u0000", "\\0");
    }
}
