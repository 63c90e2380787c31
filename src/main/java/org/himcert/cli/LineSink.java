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

    /** The head of a page of one two-column table, up to its header row: both pages' start. */
    static String tablePage(String title, String first, String second) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + title
                + "</title>\n<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#212121}"
                + "td,th{padding:.2em .8em;text-align:left;vertical-align:top}</style>\n</head>\n<body>\n<h1>" + title
                + "</h1>\n<table>\n<tr><th>" + first + "</th><th>" + second + "</th></tr>\n";
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
