package org.himcert.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns Jackson's syntax errors into the contract's error: the field path where reading stopped and a message in
 * fixed words. Jackson's own messages quote the offending input ("Unrecognized token 'xyz'"), and an error
 * record must never repeat an input value, so only the fixed tail of a message is kept.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /**
     * The field path where the parser stopped, e.g. {@code education[0].level}; empty at the top. When the
     * record ends early, the path of the object or array left open ({@code education}), not of its last field.
     */
    static String path(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        boolean openContainer = m.startsWith("Unexpected end-of-input") && !m.contains("closing quote");
        Deque<String> parts = new ArrayDeque<>();
        JsonStreamContext innermost = parser.getParsingContext();
        for (JsonStreamContext c = innermost; c != null && !c.inRoot(); c = c.getParent()) {
            if (openContainer && c == innermost) {
                continue;
            }
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getParent() != null && c.getParent().inRoot() ? c.getCurrentName()
                        : "." + c.getCurrentName());
            }
        }
        return String.join("", parts);
    }

    /**
     * What is wrong, in fixed words, with the place as an absolute line and column.
     *
     * @param firstLine the input line on which the record starts
     */
    static String describe(JsonProcessingException e, long firstLine) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return what(e, m) + where(e.getLocation(), firstLine);
    }

    private static String what(JsonProcessingException e, String m) {
        if (e instanceof StreamConstraintsException) {
            return "the record is nested too deeply or holds a value too long";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("closing quote")) {
                return "the record ends inside a string";
            }
            return m.contains("Array") ? "the record ends before an array is closed (']' missing)"
                    : "the record ends before an object is closed ('}' missing)";
        }
        if (m.startsWith("Duplicate field")) {
            return "the field appears twice";
        }
        if (m.startsWith("Trailing token")) {
            return "more follows the object; a record is one object (JSON Lines: one object per line)";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "a closing bracket does not match the bracket it closes";
        }
        if (m.startsWith("Unrecognized token") || m.startsWith("Non-standard token")) {
            return "a value must be a string in double quotes, a number, true, false, an array or an object";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a control character (such as a tab or a line break) inside a string must be escaped";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "a string holds an unknown escape (accepted: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)";
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value")) {
            return "a number is malformed or out of range";
        }
        if (m.startsWith("Unexpected character")) {
            // "Unexpected character ('x' (code 120)): was expecting ...": keep only the fixed tail
            int code = m.indexOf(" (code ");
            int end = code < 0 ? -1 : m.indexOf("))", code);
            String tail = end < 0 ? "" : m.substring(end + 2);
            return tail.startsWith(":") || tail.startsWith(" in numeric value:") ? "unexpected character" + tail
                    : "unexpected character";
        }
        return "the text is not JSON";
    }

    private static String where(JsonLocation location, long firstLine) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + (firstLine + location.getLineNr() - 1) + ", column " + location.getColumnNr() + ")";
    }
}
