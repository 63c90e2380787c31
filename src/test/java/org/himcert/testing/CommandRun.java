package org.himcert.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.himcert.cli.Main;
import picocli.CommandLine;

/**
 * One run of the command line in this JVM, on 2026-11-25 (UTC): its exit status, what it wrote (help and results)
 * and its diagnostics.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    standard error
 */
public record CommandRun(int status, String out, String err) {

    /** Runs {@code himcert ARGS} with {@code stdin} as standard input. */
    public static CommandRun run(String stdin, String... args) {
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), results,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        cmd.getOut().flush();
        return new CommandRun(status, out + results.toString(StandardCharsets.UTF_8), err.toString());
    }

    /**
     * Runs {@code himcert ARGS} with no standard input, its results written to {@code file} (for outputs too large
     * to hold): {@code out} is then the help or usage text only.
     */
    public static CommandRun toFile(java.nio.file.Path file, String... args) throws java.io.IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (java.io.OutputStream results = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file),
                1 << 16)) {
            CommandLine cmd = Main.commandLine(new ByteArrayInputStream(new byte[0]), results,
                    Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
            cmd.setOut(new PrintWriter(out));
            cmd.setErr(new PrintWriter(err));
            status = cmd.execute(args);
            cmd.getOut().flush();
        }
        return new CommandRun(status, out.toString(), err.toString());
    }
}
