package org.himcert.json;

import java.util.Objects;

/**
 * One record's text as {@link RecordStream} cut it from the input, before it is read: either its JSON text or
 * the reason it could not be cut out (too large, not UTF-8). {@link ContractReader#read(RawRecord)} reads
 * either kind, rejecting the second with an {@link InputException}.
 */
public sealed interface RawRecord permits RawRecord.Text, RawRecord.Rejected {

    /**
     * The 1-based line of the input on which the record starts.
     *
     * @return the line
     */
    long line();

    /**
     * A record's JSON text.
     *
     * @param line the 1-based line on which it starts
     * @param json the text, at most {@link ContractReader#MAX_RECORD_BYTES} bytes of UTF-8
     */
    record Text(long line, String json) implements RawRecord {
        /**
         * Checks the line number and text.
         *
         * @param line the 1-based line on which it starts
         * @param json the text
         * @throws IllegalArgumentException if the line is below 1
         */
        public Text {
            Objects.requireNonNull(json, "json");
            if (line < 1) {
                throw new IllegalArgumentException("line must be >= 1, not " + line);
            }
        }
    }

    /**
     * A record rejected before it could be parsed.
     *
     * @param line    the 1-based line on which it starts
     * @param message why, in words that repeat no input value
     */
    record Rejected(long line, String message) implements RawRecord {
        /**
         * Checks the line number and message.
         *
         * @param line    the 1-based line on which it starts
         * @param message why, in words that repeat no input value
         * @throws IllegalArgumentException if the line is below 1
         */
        public Rejected {
            Objects.requireNonNull(message, "message");
            if (line < 1) {
                throw new IllegalArgumentException("line must be >= 1, not " + line);
            }
        }
    }
}
