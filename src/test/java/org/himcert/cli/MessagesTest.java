package org.himcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line's words live in {@code Messages.properties}: every key the commands name exists there, and every
 * key there is named by a command or is a help section of one ({@code usage.*}, {@code himcert.<command>.usage.*}).
 */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/org/himcert/cli/Messages.properties");
    private static final Set<String> COMMANDS = Set.of("himcert", "himcert.assess", "himcert.plan", "himcert.report", "himcert.compare", "himcert.test",
            "himcert.serve");

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        Set<String> named = new TreeSet<>(Set.of("help")); // picocli's standard help option reads "help"
        Pattern key = Pattern.compile("descriptionKey = \"([^\"]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/himcert/cli"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String k : bundle.stringPropertyNames()) {
            boolean section = k.startsWith("usage.") || COMMANDS.stream().anyMatch(c -> k.startsWith(c + ".usage."));
            if (!section && !named.contains(k)) {
                unused.add(k);
            }
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(bundle.stringPropertyNames());

        assertThat(named).as("keys the commands name").hasSizeGreaterThan(20);
        assertThat(missing).as("keys named in the commands but not in the bundle").isEmpty();
        assertThat(unused).as("keys in the bundle that no command names").isEmpty();
    }
}
