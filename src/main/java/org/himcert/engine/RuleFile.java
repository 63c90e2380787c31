package org.himcert.engine;

import java.util.Objects;

/**
 * A DRL rule file's name and text.
 *
 * @param name the name errors report it under, e.g. {@code rules/chps.drl}
 * @param text its contents
 */
public record RuleFile(String name, String text) {
    public RuleFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
