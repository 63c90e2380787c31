package org.himcert.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Callable;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.Maintenance;
import org.himcert.RulesException;
import org.himcert.json.InputRecord;
import org.himcert.model.Candidate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code himcert compare --rules DIR [--base DIR]}: whom an amendment changes. Every record is assessed under the
 * base rules (the bundled ones unless {@code --base}) and under the amended directory, as {@code assess} would
 * (full output); a record whose answer differs in anything but the rules' version gets one JSON line, the decisions
 * that changed (status, early testing, pathway, eligibleOn, before and after), the maintenance status and CEUs
 * required when they changed, and what else differs; records that did not change get none. A last line sums up:
 * both rules versions, the records assessed and changed, and per credential the transitions. Records that break
 * the contract are reported once, as {@code assess} reports them, with its exit statuses.
 */
@Command(name = "compare",
        usageHelpWidth = 110)
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;
    @Spec
    private CommandSpec spec;
    @Mixin
    private InputOptions input;
    @Option(names = "--base", paramLabel = "DIR", descriptionKey = "compare.base")
    private Path base;
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    private final ObjectMapper json = new ObjectMapper();
    private final LongAdder assessed = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final Map<String, LongAdder> transitions = new ConcurrentHashMap<>();

    @Override
    public Integer call() {
        if (!input.hasRules()) {
            throw new ParameterException(spec.commandLine(), "compare needs the amended rules: --rules DIR");
        }
        EligibilityAdvisor before;
        try {
            before = base == null ? EligibilityAdvisor.withBundledRules() : EligibilityAdvisor.fromRulesDirectory(base);
        } catch (RulesException e) {
            throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
        String[] versions = new String[2];
        int status = main.run(input, spec, after -> {
            versions[0] = before.rulesVersion();
            versions[1] = after.rulesVersion();
            return (records, asOf) -> {
                List<Candidate> candidates = records.stream().map(InputRecord::candidate).toList();
                List<Assessment> was = before.assessAll(candidates, asOf, Detail.FULL);
                List<Assessment> is = after.assessAll(candidates, asOf, Detail.FULL);
                List<byte[]> lines = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    lines.add(difference(records.get(i), was.get(i), is.get(i)));
                }
                return lines;
            };
        }, main.stdout);
        try {
            main.stdout.write((summary(versions[0], versions[1]) + "\n").getBytes(StandardCharsets.UTF_8));
            main.stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }

    /** The record's line when its answer changed, else nothing; counts what changed for the summary. */
    private byte[] difference(InputRecord record, Assessment was, Assessment is) {
        assessed.increment();
        boolean decisions = was.decisions().equals(is.decisions());
        boolean steps = was.nextSteps().equals(is.nextSteps());
        boolean keeping = Objects.equals(was.maintenance(), is.maintenance());
        if (decisions && steps && keeping) {
            return new byte[0];
        }
        changed.increment();
        ObjectNode line = json.createObjectNode();
        line.put("id", is.candidateId());
        line.put("line", record.line());
        ArrayNode credentials = line.putArray("credentials");
        List<String> also = new ArrayList<>();
        for (int c = 0; c < was.decisions().size(); c++) {
            Decision a = was.decisions().get(c);
            Decision b = is.decisions().get(c);
            if (a.equals(b)) {
                continue;
            }
            if (a.status() != b.status() || a.earlyTesting() != b.earlyTesting()
                    || !Objects.equals(a.pathway(), b.pathway()) || !Objects.equals(a.eligibleOn(), b.eligibleOn())) {
                ObjectNode d = credentials.addObject();
                d.put("credential", b.credential().code());
                answer(d.putObject("before"), a);
                answer(d.putObject("after"), b);
                String key = b.credential().code() + "\t" + a.status() + (a.status() == b.status()
                        ? " (pathway, early testing or eligibleOn)" : " -> " + b.status());
                transitions.computeIfAbsent(key, k -> new LongAdder()).increment();
            } else {
                also.add(b.credential().code() + " explanation");
            }
        }
        if (!keeping) {
            Maintenance a = was.maintenance();
            Maintenance b = is.maintenance();
            if (a == null || b == null || a.status() != b.status() || !Objects.equals(a.ceusRequired(),
                    b.ceusRequired())) {
                ObjectNode m = line.putObject("maintenance");
                keeping(m.putObject("before"), a);
                keeping(m.putObject("after"), b);
                transitions.computeIfAbsent("maintenance\t" + (a == null ? "none" : a.status()) + " -> "
                        + (b == null ? "none" : b.status()), k -> new LongAdder()).increment();
            } else {
                also.add("maintenance explanation");
            }
        }
        if (!steps) {
            also.add("nextSteps");
        }
        ArrayNode alsoNode = line.putArray("alsoChanged");
        also.forEach(alsoNode::add);
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void answer(ObjectNode node, Decision d) {
        node.put("status", d.status().name());
        node.put("earlyTesting", d.earlyTesting());
        node.put("pathway", d.pathway());
        node.put("eligibleOn", d.eligibleOn() == null ? null : d.eligibleOn().toString());
    }

    private static void keeping(ObjectNode node, Maintenance m) {
        node.put("status", m == null ? null : m.status().name());
        if (m == null || m.ceusRequired() == null) {
            node.putNull("ceusRequired");
        } else {
            node.put("ceusRequired", m.ceusRequired());
        }
    }

    /** The last line: both rules versions, the counts, and per credential its transitions. */
    private String summary(String baseVersion, String amendedVersion) {
        ObjectNode root = json.createObjectNode();
        ObjectNode s = root.putObject("summary");
        s.put("baseRules", baseVersion);
        s.put("rules", amendedVersion);
        s.put("recordsAssessed", assessed.sum());
        s.put("recordsChanged", changed.sum());
        ObjectNode t = s.putObject("transitions");
        Map<String, Map<String, Long>> by = new TreeMap<>();
        transitions.forEach((k, v) -> by.computeIfAbsent(k.substring(0, k.indexOf('\t')), x -> new TreeMap<>())
                .put(k.substring(k.indexOf('\t') + 1), v.sum()));
        by.forEach((credential, counts) -> {
            ObjectNode c = t.putObject(credential);
            counts.forEach(c::put);
        });
        return root.toString();
    }
}
