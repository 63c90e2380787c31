package org.himcert.json;

import java.util.Optional;

/**
 * A rejected input record: the line it starts on, the field path at fault and what is accepted. Its message
 * never repeats an input value other than enum names the contract lists, so it is safe to log.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The record's id, or null when it could not be read. */
    private final String id;
    /** The 1-based line on which the record starts. */
    private final long line;
    /** The field path at fault. */
    private final String path;

    InputException(String id, long line, String path, String message) {
        super(message);
        this.id = id;
        this.line = line;
        this.path = path;
    }

    /**
     * The record's id, when it could be read.
     *
     * @return the id, or empty
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The 1-based line on which the record starts.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * The field path at fault, e.g. {@code experience[1].to}; empty for the record as a whole.
     *
     * @return the path
     */
    public String path() {
        return path;
    }
}
