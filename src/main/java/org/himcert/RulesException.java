package org.himcert;

/** A rule file could not be loaded: it is missing, unreadable, or does not compile. The message names the file
 * and line. */
public final class RulesException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The rule file at fault, as it was named when loaded. */
    private final String file;
    /** The 1-based line at fault, or 0 when the problem is not tied to a line. */
    private final int line;

    /**
     * A rule file that cannot be read or compiled.
     *
     * @param file    the rule file at fault
     * @param line    the 1-based line at fault, or 0
     * @param message what is wrong
     * @param cause   the underlying problem
     */
    public RulesException(String file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    /**
     * The rule file at fault, as it was named when loaded.
     *
     * @return the file's name
     */
    public String file() {
        return file;
    }

    /**
     * The 1-based line at fault, or 0 when the problem is not tied to a line.
     *
     * @return the line, or 0
     */
    public int line() {
        return line;
    }
}
