package org.himcert.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The sentences himcert shows people, read from {@code Words.properties} beside this class: one file a reviewer can
 * read and amend without reading Java. A message names its blanks, {@code You can sit the {credential} exam now};
 * {@link #say} fills them from name-value pairs and refuses a blank left unfilled or a name the message lacks, so a
 * wording change that drops or renames a blank fails at once instead of printing braces.
 */
public final class Words {

    private static final Map<String, Message> MESSAGES = load();

    private Words() {
    }

    /**
     * A message parsed once, when the bundle loads: its literal parts around its blanks, so that saying it copies
     * text and fills blanks without scanning or allocating anything else.
     *
     * @param key      the message's key
     * @param literals the text before the first blank, between blanks, and after the last one
     * @param blanks   the blanks' names, in order
     * @param length   the literal parts' total length
     */
    private record Message(String key, String[] literals, String[] blanks, int length) {

        static Message parse(String key, String text) {
            List<String> literals = new ArrayList<>();
            List<String> blanks = new ArrayList<>();
            int at = 0;
            int length = 0;
            while (true) {
                int open = text.indexOf('{', at);
                if (open < 0) {
                    literals.add(text.substring(at));
                    length += text.length() - at;
                    break;
                }
                int close = text.indexOf('}', open);
                if (close < 0) {
                    throw new IllegalStateException("Words.properties: an unclosed blank in message " + key);
                }
                literals.add(text.substring(at, open));
                length += open - at;
                blanks.add(text.substring(open + 1, close));
                at = close + 1;
            }
            return new Message(key, literals.toArray(String[]::new), blanks.toArray(String[]::new), length);
        }
    }

    /**
     * A message with its blanks filled.
     *
     * @param key    the message's key in {@code Words.properties}
     * @param blanks name, value, name, value, ...: each value is written as {@link String#valueOf(Object)} gives it
     * @return the sentence
     * @throws IllegalArgumentException if the key is unknown, a name is not a blank of the message, or a blank is
     *                                  left unfilled
     */
    public static String say(String key, Object... blanks) {
        Message m = MESSAGES.get(key);
        if (m == null) {
            throw new IllegalArgumentException("no message " + key + " in Words.properties");
        }
        if (blanks.length % 2 != 0) {
            throw new IllegalArgumentException("blanks come in name-value pairs: " + key);
        }
        for (int i = 0; i < blanks.length; i += 2) {
            if (indexOf(m.blanks(), blanks[i]) < 0) {
                throw new IllegalArgumentException("message " + key + " has no blank {" + blanks[i] + "}");
            }
        }
        if (m.blanks().length == 0) {
            return m.literals()[0];
        }
        StringBuilder out = new StringBuilder(m.length() + 16 * m.blanks().length);
        for (int i = 0; i < m.blanks().length; i++) {
            out.append(m.literals()[i]);
            int at = nameAt(blanks, m.blanks()[i]);
            if (at < 0) {
                throw new IllegalArgumentException("message " + key + " leaves its blank {" + m.blanks()[i]
                        + "} unfilled");
            }
            out.append(blanks[at + 1]);
        }
        return out.append(m.literals()[m.blanks().length]).toString();
    }

    /** Where a blank's name stands among the name-value pairs, or -1. */
    private static int nameAt(Object[] pairs, String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (name.equals(pairs[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(Object[] names, Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every message's key, for the test that each key is used and each key used exists.
     *
     * @return the keys
     */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(MESSAGES.keySet());
    }

    private static Map<String, Message> load() {
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
        Map<String, Message> messages = new HashMap<>();
        p.stringPropertyNames().forEach(k -> messages.put(k, Message.parse(k, p.getProperty(k))));
        return Map.copyOf(messages);
    }
}
