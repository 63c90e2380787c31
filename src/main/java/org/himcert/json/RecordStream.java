package org.himcert.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Cuts an input holding one JSON object, or JSON Lines, into records, streaming: memory stays flat however long
 * the input, and no record is buffered beyond {@link ContractReader#MAX_RECORD_BYTES} bytes.
 *
 * <p>How records are found:
 * <ul>
 *   <li>Blank lines between records are skipped; a UTF-8 byte order mark at the start is skipped; a line may end
 *       in {@code \n} or {@code \r\n}.</li>
 *   <li>If the first record's first line is complete by itself (its brackets close on the line), the input is
 *       JSON Lines: from then on every non-blank line is one record, so a malformed line is one rejected record
 *       and the next line is read as usual.</li>
 *   <li>Otherwise the record spans lines (a pretty-printed object) and ends on the line where its brackets
 *       close. Such objects may follow each other (as {@code jq .} prints them). Two signs show that an open
 *       record was cut short (a broken JSON line, or an object missing its last brace), and end it early so that
 *       the lines after it are still read, one output line per record: it leaves a string open at a line's end
 *       (a JSON string cannot span lines), or the next line starts with an opening brace in its first column
 *       (the next record: nested braces are indented).</li>
 *   <li>A record over 1 MiB of UTF-8 (not counting line ends around it) and a record that is not UTF-8 come out
 *       as {@link RawRecord.Rejected}; the rest of an over-long record is skipped without being kept.</li>
 * </ul>
 * Each record carries the 1-based line on which it starts (1 for a file holding one pretty-printed object).
 *
 * <p>Not thread-safe: one reader thread pulls records with {@link #next()}.
 */
public final class RecordStream implements Closeable {

    static final String NOT_UTF8 = "not valid UTF-8 text: the contract's encoding is UTF-8";

    private static final int MAX = ContractReader.MAX_RECORD_BYTES;
    private static final int BUFFER = 64 * 1024;

    private enum Mode { UNDECIDED, LINES, OBJECTS }

    private final InputStream in;
    private final Runnable beforeWaiting;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long lineNumber;
    private Mode mode = Mode.UNDECIDED;
    private Line pushedBack;
    private final Bytes lineBytes = new Bytes();
    private final Bytes recordBytes = new Bytes();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /**
     * A stream over the input.
     *
     * @param in the input (a file or standard input); closed by {@link #close()}
     */
    public RecordStream(InputStream in) {
        this(in, () -> { });
    }

    /**
     * A stream over the input that calls {@code beforeWaiting} whenever it is about to wait for more input.
     *
     * <p>A caller that holds finished results uses the call to write and flush them, so that a program feeding
     * standard input one line at a time gets each answer before it sends the next question.
     *
     * @param in            the input; closed by {@link #close()}
     * @param beforeWaiting called on the reading thread before a read that may block
     */
    public RecordStream(InputStream in, Runnable beforeWaiting) {
        this.in = Objects.requireNonNull(in, "in");
        this.beforeWaiting = Objects.requireNonNull(beforeWaiting, "beforeWaiting");
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @return the record, or null at the end
     * @throws IOException if the input cannot be read
     */
    public RawRecord next() throws IOException {
        Line first;
        do {
            first = readLine();
            if (first == null) {
                return null;
            }
        } while (first.blank);
        if (mode == Mode.LINES || first.complete()) {
            // the first record decides: a one-line record means JSON Lines, where every line stands alone
            if (mode == Mode.UNDECIDED) {
                mode = Mode.LINES;
            }
            return first.size > MAX ? new RawRecord.Rejected(first.number, ContractReader.TOO_LARGE)
                    : decode(lineBytes, first.number);
        }
        return multiLine(first);
    }

    /** Reads a record that starts on a line its brackets do not close on. */
    private RawRecord multiLine(Line first) throws IOException {
        long size = first.size;
        boolean over = size > MAX;
        recordBytes.clear();
        recordBytes.append(lineBytes, MAX);
        int depth = first.depth;
        boolean closed = false;
        if (mode == Mode.UNDECIDED && !onlyOpeningBrace() && nothingWaiting()) {
            // the first line is broken and nothing more has come: a program feeding standard input line by line
            // waits for this answer before it sends the next line, so answer now. A pretty-printed object starts
            // with a line holding its opening brace alone, as jq prints it, and is read as usual.
            return decode(recordBytes, first.number);
        }
        if (!first.inString) {
            while (true) {
                Line next = readLine();
                if (next == null) {
                    break;
                }
                if (next.startsNewRecord()) {
                    pushBack(next);
                    break;
                }
                size += 1 + next.size;
                over |= size > MAX;
                if (!over) {
                    recordBytes.append((byte) '\n');
                    recordBytes.append(lineBytes, MAX);
                }
                depth += next.depth;
                if (next.inString) {
                    break;
                }
                if (depth <= 0) {
                    closed = true;
                    break;
                }
            }
        }
        if (closed && mode == Mode.UNDECIDED) {
            mode = Mode.OBJECTS;
        }
        return over ? new RawRecord.Rejected(first.number, ContractReader.TOO_LARGE)
                : decode(recordBytes, first.number);
    }

    /** Whether the line just read holds an opening brace and nothing else but blanks. */
    private boolean onlyOpeningBrace() {
        String line = new String(lineBytes.data, 0, Math.min(lineBytes.length, 64), StandardCharsets.ISO_8859_1).strip();
        return line.equals("{");
    }

    /** Whether no more input is at hand without waiting for it (nothing buffered, nothing available). */
    private boolean nothingWaiting() throws IOException {
        return pos >= limit && !eof && in.available() <= 0;
    }

    private RawRecord decode(Bytes bytes, long line) {
        if (bytes.isAscii()) {
            // the common case, without the strict decoder's copies
            return new RawRecord.Text(line, new String(bytes.data, 0, bytes.length, StandardCharsets.ISO_8859_1));
        }
        try {
            String text = decoder.reset().decode(ByteBuffer.wrap(bytes.data, 0, bytes.length)).toString();
            return new RawRecord.Text(line, text);
        } catch (CharacterCodingException e) {
            return new RawRecord.Rejected(line, NOT_UTF8);
        }
    }

    private void pushBack(Line line) {
        line.kept = Arrays.copyOf(lineBytes.data, lineBytes.length);
        pushedBack = line;
    }

    /**
     * Reads the next line into {@link #lineBytes} (at most MAX + 1 bytes of it are kept; the rest is only
     * counted and scanned), or returns null at the end of the input.
     */
    private Line readLine() throws IOException {
        if (pushedBack != null) {
            Line line = pushedBack;
            pushedBack = null;
            lineBytes.clear();
            lineBytes.append(line.kept, 0, line.kept.length, line.kept.length);
            line.kept = null;
            return line;
        }
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        if (!fill()) {
            return null;
        }
        lineBytes.clear();
        // after JSON Lines is decided, the brackets no longer matter
        Line line = new Line(++lineNumber, mode != Mode.LINES);
        byte last = 0;
        while (pos < limit || fill()) {
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            line.scan(buf, pos, end);
            lineBytes.append(buf, pos, end - pos, MAX + 1);
            line.size += end - pos;
            if (end > pos) {
                last = buf[end - 1];
            }
            if (end < limit) {
                pos = end + 1;
                break;
            }
            pos = limit;
        }
        if (last == '\r') {
            line.size--;
            lineBytes.dropLastIf(line.size);
        }
        line.firstColumn = lineBytes.length > 0 ? lineBytes.data[0] : 0;
        return line;
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (in.available() <= 0) {
            beforeWaiting.run();
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        if (n < 0) {
            eof = true;
            limit = 0;
            return false;
        }
        limit = n;
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        in.close();
    }

    /** What one line holds: its size, whether it is blank, and how its brackets and strings end. */
    private static final class Line {
        final long number;
        final boolean structure;
        long size;
        boolean blank = true;
        int depth;
        boolean inString;
        boolean escape;
        byte firstColumn;
        byte[] kept;

        Line(long number, boolean structure) {
            this.number = number;
            this.structure = structure;
        }

        /** Follows strings and brackets; multi-byte UTF-8 sequences never hold these ASCII bytes. */
        void scan(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (blank && c != ' ' && c != '\t' && c != '\r') {
                    blank = false;
                }
                if (!structure) {
                    if (!blank) {
                        return;
                    }
                    continue;
                }
                if (inString) {
                    if (escape) {
                        escape = false;
                    } else if (c == '\\') {
                        escape = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
        }

        /** True when the line's brackets close on it (or it opens none). */
        boolean complete() {
            return !inString && depth <= 0;
        }

        /**
         * True when the line starts a record of its own: an opening brace in its first column. Inside a
         * pretty-printed object nested braces are indented (as {@code jq .} prints them), so a brace in the first
         * column is the next record, whether it closes on its line (a JSON line) or not (the next pretty-printed
         * object): the record before it was cut short, and it comes out as one error record.
         */
        boolean startsNewRecord() {
            return firstColumn == '{';
        }
    }

    /** A growable byte array that never grows past the cap it is given. */
    private static final class Bytes {
        byte[] data = new byte[8192];
        int length;

        void clear() {
            length = 0;
        }

        void append(byte b) {
            ensure(length + 1);
            data[length++] = b;
        }

        void append(Bytes other, int cap) {
            append(other.data, 0, other.length, cap);
        }

        void append(byte[] src, int off, int len, int cap) {
            int n = Math.min(len, Math.max(0, cap - length));
            if (n > 0) {
                ensure(length + n);
                System.arraycopy(src, off, data, length, n);
                length += n;
            }
        }

        /** Drops a trailing carriage return once the line's size says it was kept. */
        void dropLastIf(long sizeWithoutIt) {
            if (length > sizeWithoutIt) {
                length--;
            }
        }

        boolean isAscii() {
            for (int i = 0; i < length; i++) {
                if (data[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        private void ensure(int capacity) {
            if (capacity > data.length) {
                data = Arrays.copyOf(data, Math.max(capacity, Math.min(data.length * 2, MAX + 2)));
            }
        }
    }
}
