package org.himcert.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sentences himcert shows people, read from {@code Words.properties} beside this class: one file a reviewer can
 * read and amend without reading Java. A message names its blanks, {@code You can sit the {credential} exam now};
 * {@link #say} fills them from name-value pairs and refuses a blank left unfilled or a name the message lacks, so a
 * wording change that drops or renames a blank fails at once instead of printing braces.
 */
public final class Words {

    private static final Map<String, String> MESSAGES = load();

    private Words() {
    }

    /**
     * A message with its blanks filled.
     *
     * @param key   the message's key in {@code Words.properties}
     * @param blanks name, value, name, value, ...: each value is written as {@link String#valueOf(Object)} gives it
     * @return the sentence
     * @throws IllegalArgumentException if the key is unknown, a name is not a blank of the message, or a blank is
     *                                  left unfilled
     */
    public static String say(String key, Object... blanks) {
        String message = MESSAGES.get(key);
        if (message == null) {
            throw new IllegalArgumentException("no message " + key + " in Words.properties");
        }
        if (blanks.length % 2 != 0) {
            throw new IllegalArgumentException("blanks come in name-value pairs: " + key);
        }
        StringBuilder out = new StringBuilder(message.length() + 32);
        int at = 0;
        while (true) {
            int open = message.indexOf('{', at);
            if (open < 0) {
                out.append(message, at, message.length());
                break;
            }
            int close = message.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("an unclosed blank in message " + key);
            }
            out.append(message, at, open);
            String name = message.substring(open + 1, close);
            out.append(fill(key, name, blanks));
            at = close + 1;
        }
        for (int i = 0; i < blanks.length; i += 2) {
            if (!message.contains("{" + blanks[i] + "}")) {
                throw new IllegalArgumentException("message " + key + " has no blank {" + blanks[i] + "}");
            }
        }
        return out.toString();
    }

    private static String fill(String key, String name, Object[] blanks) {
        for (int i = 0; i < blanks.length; i += 2) {
            if (name.equals(blanks[i])) {
                return String.valueOf(blanks[i + 1]);
            }
        }
        throw new IllegalArgumentException("message " + key + " leaves its blank {" + name + "} unfilled");
    }

    /**
     * Every message's key, for the test that each key is used and each key used exists.
     *
     * @return the keys
     */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(MESSAGES.keySet());
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("Words.properties")) {
            if (in == null) {
                throw new IllegalStateException("Words.properties is missing beside " + Words.class.getName());
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Words.properties cannot be read", e);
        }
        Map<String, String> messages = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> messages.put(k, p.getProperty(k)));
        return Map.copyOf(messages);
    }
}
