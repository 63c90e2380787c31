package org.himcert.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor of the batch benchmark (not a test): what plain Jackson needs to do the I/O of the command line and
 * nothing else. It reads JSON Lines, parses each record into a tree, and writes for it an output of the same shape
 * as himcert's (a sample result line with the record's id), on every core in chunks, in input order.
 *
 * <p>{@code java -cp ... org.himcert.bench.JacksonFloor SAMPLE.jsonl INPUT.jsonl > out}
 */
public final class JacksonFloor {

    private static final int CHUNK = 256;

    private JacksonFloor() {
    }

    /**
     * Runs the floor.
     *
     * @param args the sample output lines, then the input
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> samples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            samples.add(mapper.readTree(line));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<String>> pending = new ArrayDeque<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                     StandardCharsets.UTF_8), 1 << 16)) {
            long index = 0;
            List<String> chunk = new ArrayList<>(CHUNK);
            String line;
            while ((line = in.readLine()) != null) {
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    pending.add(pool.submit(task(mapper, samples, chunk, index)));
                    index += chunk.size();
                    chunk = new ArrayList<>(CHUNK);
                    while (pending.size() > 4 * threads) {
                        out.write(pending.poll().get());
                    }
                }
            }
            if (!chunk.isEmpty()) {
                pending.add(pool.submit(task(mapper, samples, chunk, index)));
            }
            while (!pending.isEmpty()) {
                out.write(pending.poll().get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Callable<String> task(ObjectMapper mapper, List<JsonNode> samples,
                                                              List<String> lines, long first) {
        return () -> {
            StringBuilder s = new StringBuilder(lines.size() * 9000);
            for (int i = 0; i < lines.size(); i++) {
                JsonNode record = mapper.readTree(lines.get(i));
                ObjectNode result = (ObjectNode) samples.get((int) ((first + i) % samples.size())).deepCopy();
                result.set("id", record.get("id"));
                s.append(mapper.writeValueAsString(result)).append('\n');
            }
            return s.toString();
        };
    }
}
