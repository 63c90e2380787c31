package org.himcert.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.himcert.Assessment;
import org.himcert.Change;
import org.himcert.Decision;
import org.himcert.Maintenance;
import org.himcert.model.CredentialCode;

/**
 * The lines of the contract's {@code compare} (CONTRACT.md, "Comparing rule sets"): per record whose answer changed,
 * {@code {"id", "line", "changes": [{"credential", "before": {"status", "earlyTesting", "pathway", "eligibleOn"},
 * "after": {...}}], "maintenance": {"before": {"status", "ceusRequired"}, "after": {...}} | null, "alsoChanged":
 * [...]}}, and at the end one summary line {@code {"summary": {"baseRulesVersion", "rulesVersion", "records",
 * "changed", "answersChanged", "transitions"}}} ({@code answersChanged}, an addition to the contract: the records
 * whose decisions or maintenance changed, not only their words). One writer per run: it counts the records and the transitions as lines are made, from
 * any number of threads, for the summary.
 */
public final class ComparisonWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The summary's key for keeping credentials beside the credentials' codes. */
    public static final String MAINTENANCE = "maintenance";

    private final LongAdder records = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder answersChanged = new LongAdder();
    private final Map<String, Map<String, LongAdder>> transitions = new ConcurrentHashMap<>();

    /**
     * The lines of a chunk of records, in order: each record's line when its answer changed, else an empty array
     * (nothing to write). The chunk is counted for the summary once all its lines are made, so a chunk that fails
     * half way (and is run again record by record) is not counted twice.
     *
     * @param changes each record's two answers
     * @param lines   each record's 1-based line in the input
     * @return the UTF-8 lines without their ends
     */
    public List<byte[]> lines(List<Change> changes, List<Long> lines) {
        List<byte[]> out = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            out.add(line(changes.get(i), lines.get(i)));
        }
        for (Change change : changes) {
            tally(change);
        }
        return out;
    }

    /** Counts the record for the summary: read, changed, changed in its answers, its transitions. */
    private void tally(Change change) {
        records.increment();
        if (!change.changed()) {
            return;
        }
        changed.increment();
        List<CredentialCode> decisions = change.decisionsChanged();
        for (CredentialCode code : decisions) {
            count(code.code(), change.before().decision(code).status() + " -> " + change.after().decision(code)
                    .status());
        }
        if (change.maintenanceChanged()) {
            Maintenance a = change.before().maintenance();
            Maintenance b = change.after().maintenance();
            count(MAINTENANCE, (a == null ? "none" : a.status().name()) + " -> "
                    + (b == null ? "none" : b.status().name()));
        }
        if (!decisions.isEmpty() || change.maintenanceChanged()) {
            answersChanged.increment();
        }
    }

    /** The record's line when its answer changed, else an empty array. */
    private static byte[] line(Change change, Long line) {
        if (!change.changed()) {
            return new byte[0];
        }
        Assessment was = change.before();
        Assessment is = change.after();
        ObjectNode out = JSON.createObjectNode();
        out.put("id", change.candidateId());
        if (line != null) {
            out.put("line", line);
        }
        ArrayNode changes = out.putArray("changes");
        for (CredentialCode code : change.decisionsChanged()) {
            Decision a = was.decision(code);
            Decision b = is.decision(code);
            ObjectNode d = changes.addObject();
            d.put("credential", code.code());
            answer(d.putObject("before"), a);
            answer(d.putObject("after"), b);
        }
        List<String> also = new ArrayList<>();
        change.explanationsChanged().forEach(code -> also.add(code.code() + " explanation"));
        if (change.maintenanceChanged()) {
            Maintenance a = was.maintenance();
            Maintenance b = is.maintenance();
            ObjectNode m = out.putObject("maintenance");
            keeping(m.putObject("before"), a);
            keeping(m.putObject("after"), b);
        } else {
            out.putNull("maintenance");
            if (!Objects.equals(was.maintenance(), is.maintenance())) {
                also.add("maintenance explanation");
            }
        }
        if (!was.nextSteps().equals(is.nextSteps())) {
            also.add("nextSteps");
        }
        ArrayNode alsoNode = out.putArray("alsoChanged");
        also.forEach(alsoNode::add);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void count(String credential, String transition) {
        transitions.computeIfAbsent(credential, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(transition, k -> new LongAdder()).increment();
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

    /**
     * The last line: both rules versions, the records read (those compared and those answered with an error record),
     * changed (in anything {@code assess} writes) and changed in their answers (a decision's status, early testing,
     * pathway or eligibleOn, or maintenance's status or CEUs required), and per credential (and {@code maintenance}) the count of each transition,
     * {@code "NOT_ELIGIBLE -> ELIGIBLE"}; a decision that changed its pathway, early testing or eligibleOn but not its
     * status counts as {@code "X -> X"}.
     *
     * @param baseVersion    the base rules' version
     * @param amendedVersion the amended rules' version
     * @param errorRecords   the records read that got an error record instead (rejected, or not assessed)
     * @return the line without its end
     */
    public String summary(String baseVersion, String amendedVersion, long errorRecords) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode s = root.putObject("summary");
        s.put("baseRulesVersion", baseVersion);
        s.put("rulesVersion", amendedVersion);
        s.put("records", records.sum() + errorRecords);
        s.put("changed", changed.sum());
        s.put("answersChanged", answersChanged.sum());
        ObjectNode t = s.putObject("transitions");
        Map<String, Map<String, LongAdder>> ordered = new TreeMap<>((x, y) -> order(x) - order(y));
        ordered.putAll(transitions);
        ordered.forEach((credential, counts) -> {
            ObjectNode c = t.putObject(credential);
            new TreeMap<>(counts).forEach((k, v) -> c.put(k, v.sum()));
        });
        return root.toString();
    }

    /** Credentials in the contract's order, maintenance last. */
    private static int order(String key) {
        return key.equals(MAINTENANCE) ? Integer.MAX_VALUE : CredentialCode.fromCode(key).ordinal();
    }
}
