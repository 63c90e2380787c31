package org.himcert.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that hands on each complete line of what is written to it, without its line end, and keeps
 * nothing but the line being read: the pages {@code report} and {@code compare} write from the batch's JSON lines
 * as they pass. What it is given is also passed on to {@code through}, when there is one.
 */
abstract class LineSink extends OutputStream {
    private final OutputStream through;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** @param through where the bytes also go, or null */
    LineSink(OutputStream through) {
        this.through = through;
    }

    /** One complete line, its line end left out. */
    abstract void line(byte[] line) throws IOException;

    @Override
    public void write(int b) throws IOException {
        if (through != null) {
            through.write(b);
        }
        take(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (through != null) {
            through.write(b, off, len);
        }
        for (int i = off; i < off + len; i++) {
            take(b[i]);
        }
    }

    private void take(int b) throws IOException {
        if (b != '\n') {
            line.write(b);
            return;
        }
        byte[] complete = line.toByteArray();
        line.reset();
        line(complete);
    }
}
