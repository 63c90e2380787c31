package org.himcert.engine;

/** A rule file could not be read or did not compile; the message names the file and line. */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    RuleLoadException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The rule file, as named when it was loaded. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }
}
