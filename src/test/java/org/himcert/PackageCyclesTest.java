package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on one another without a circle, as {@code jdeps} reads the compiled classes. Rooms are
 * packages, with one exception: the facade ({@link EligibilityAdvisor}) is the top floor and its results, options and
 * exceptions the bottom one, so the facade is a room of its own although users import both from {@code org.himcert}
 * (ARCHITECTURE.md, "The house").
 */
class PackageCyclesTest {

    private static final Pattern ARROW = Pattern.compile("^\\s+(org\\.himcert\\.\\S+)\\s+->\\s+(org\\.himcert\\.\\S+)\\s");
    static final String FACADE = "org.himcert (facade)";

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> arrows = arrows();
        assertThat(arrows.keySet()).as("rooms read").contains(FACADE, "org.himcert", "org.himcert.assess",
                "org.himcert.engine", "org.himcert.advice", "org.himcert.json", "org.himcert.cases");
        assertThat(circles(arrows)).as("circles of packages (each with the arrows that close it)").isEmpty();
    }

    @Test
    void theResultsOfTheApiDependOnTheModelAlone() throws IOException {
        assertThat(arrows().get("org.himcert")).as("what the API's results, options and exceptions import")
                .isSubsetOf("org.himcert.model");
    }

    @Test
    void theCheckFindsACircleWhereThereIsOne() {
        Map<String, Set<String>> arrows = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertThat(circles(arrows)).containsExactly(List.of("a", "b", "c"));
    }

    private static Map<String, Set<String>> read;

    /** Room to rooms it imports, from jdeps' class-level dependencies of target/classes (read once per run). */
    static synchronized Map<String, Set<String>> arrows() throws IOException {
        if (read == null) {
            read = readArrows();
        }
        return read;
    }

    private static Map<String, Set<String>> readArrows() throws IOException {
        Path classes = Files.createTempDirectory("himcert-jdeps");
        try {
            // jdeps resolves a named module's requirements; read the classes as a plain directory instead
            copy(Path.of("target/classes"), classes);
            Files.deleteIfExists(classes.resolve("module-info.class"));
            ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
            StringWriter out = new StringWriter();
            int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-e", "org\\.himcert\\..*",
                    classes.toString());
            assertThat(rc).as("jdeps: %s", out).isZero();
            Map<String, Set<String>> arrows = new TreeMap<>();
            for (String line : out.toString().split("\n")) {
                Matcher m = ARROW.matcher(line);
                if (m.find()) {
                    String from = room(m.group(1));
                    String to = room(m.group(2));
                    arrows.computeIfAbsent(from, k -> new TreeSet<>());
                    if (!from.equals(to)) {
                        arrows.get(from).add(to);
                    }
                }
            }
            return arrows;
        } finally {
            try (Stream<Path> files = Files.walk(classes)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String room(String className) {
        if (className.equals("org.himcert.EligibilityAdvisor") || className.startsWith("org.himcert.EligibilityAdvisor$")) {
            return FACADE;
        }
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** The strongly connected groups of more than one room (Tarjan), each sorted. */
    static List<List<String>> circles(Map<String, Set<String>> arrows) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<List<String>> circles = new ArrayList<>();
        for (String room : arrows.keySet()) {
            if (!index.containsKey(room)) {
                connect(room, arrows, index, low, stack, circles);
            }
        }
        return circles;
    }

    private static void connect(String room, Map<String, Set<String>> arrows, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<List<String>> circles) {
        index.put(room, index.size());
        low.put(room, index.get(room));
        stack.push(room);
        for (String next : arrows.getOrDefault(room, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, arrows, index, low, stack, circles);
                low.put(room, Math.min(low.get(room), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(room, Math.min(low.get(room), index.get(next)));
            }
        }
        if (low.get(room).equals(index.get(room))) {
            List<String> group = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                group.add(member);
            } while (!member.equals(room));
            if (group.size() > 1) {
                group.sort(null);
                circles.add(group);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
