package org.himcert.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rules: a KieBase built once from a set of DRL files, immutable and shared by every assessment.
 * Compilation errors fail the build with the file and line; warnings are kept for the build test.
 */
public final class RuleBase {

    /** Where rule files go in the compiler's file system: the folder of their package, org.himcert.rules. */
    static final String KFS_DIR = "src/main/resources/org/himcert/rules/";
    /**
     * Every rule base is sequential, precompiled or compiled at run time: the rules only add conditions to their
     * questions (the rule checks refuse a rule that inserts, changes or removes facts), so each rule is evaluated
     * once, in turn, on the facts as inserted, without an agenda kept up to date or the tuple memories only changing
     * facts need. Sessions on it are stateless ones (Drools refuses a stateful session on a sequential rule base).
     */
    static final SequentialOption SEQUENTIAL = SequentialOption.YES;

    private final KieBase kieBase;
    private final List<String> warnings;
    private final String digest;
    private final boolean precompiled;
    private final ParameterFile parameters;

    private RuleBase(KieBase kieBase, List<String> warnings, String digest, boolean precompiled,
                     ParameterFile parameters) {
        this.kieBase = kieBase;
        this.warnings = List.copyOf(warnings);
        this.digest = digest;
        this.precompiled = precompiled;
        this.parameters = parameters;
    }

    /**
     * The rules shipped in the jar: precompiled at build time when the jar carries their executable model (the
     * normal case: nothing is compiled at run time), else compiled from the bundled DRL.
     *
     * @throws RuleLoadException if the bundled rules must be compiled and do not compile (a broken build)
     */
    public static RuleBase bundled() throws RuleLoadException {
        List<RuleFile> files = RuleFiles.bundled();
        ParameterFile parameters = parameters(files);
        // the build checked these very files (rules and parameters) when it precompiled them: the digest says so
        Optional<KieBase> precompiled = PrecompiledRules.load(digest(files));
        if (precompiled.isPresent()) {
            return new RuleBase(precompiled.get(), List.of(), digest(files), true, parameters);
        }
        return compile(files);
    }

    /**
     * Compiles the rule files into one rule base, with the parameters file among them (or, when none is given,
     * the bundled one), after checking every rule against the parameters.
     *
     * @throws RuleLoadException naming the first file and line at fault
     */
    public static RuleBase compile(List<RuleFile> files) throws RuleLoadException {
        return compile(files, true);
    }

    /**
     * As {@link #compile(List)}, or, with {@code sequential} false, into a rule base that keeps its agenda and
     * tuple memories up to date as Drools does by default: the tests compare the two.
     */
    static RuleBase compile(List<RuleFile> files, boolean sequential) throws RuleLoadException {
        List<RuleFile> all = new ArrayList<>(files);
        if (all.stream().noneMatch(RuleBase::isParameters)) {
            all.add(RuleFiles.bundledParameters());
        }
        files = drl(all);
        ParameterFile parameters = parameters(all);
        if (files.isEmpty()) {
            throw new RuleLoadException("(rules)", 0, "no rule files (*.drl) to load");
        }
        RuleChecks.Read read = RuleChecks.check(files, RequirementParameters.of(parameters).index());
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.himcert", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> names = new LinkedHashMap<>();
        for (RuleFile f : files) {
            String base = f.name().substring(f.name().lastIndexOf('/') + 1);
            String path = KFS_DIR + base;
            if (names.putIfAbsent(path, f.name()) != null) {
                throw new RuleLoadException(f.name(), 0, "two rule files are named " + base);
            }
            // the compiler names a file by its path in the package, without the resources folder
            names.put(path.substring("src/main/resources/".length()), f.name());
            String keyed = RuleKeys.keyed(f.text());
            List<Integer> unkeyed = RuleKeys.unkeyed(keyed);
            if (!unkeyed.isEmpty()) {
                throw new RuleLoadException(f.name(), unkeyed.get(0), "this condition on a candidate's facts cannot be"
                        + " keyed to one question (a rule needs at least one condition, and a candidate's facts cannot"
                        + " be matched 'from' an expression)");
            }
            kfs.write(path, keyed);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> warnings = new ArrayList<>();
        RuleLoadException first = null;
        for (Message m : builder.getResults().getMessages()) {
            String file = names.getOrDefault(m.getPath(), m.getPath() == null ? "(rules)" : m.getPath());
            String text = m.getText().strip();
            if (m.getLevel() == Message.Level.ERROR) {
                if (first == null) {
                    first = new RuleLoadException(file, m.getLine(), text);
                }
            } else if (m.getLevel() == Message.Level.WARNING) {
                warnings.add(file + ":" + m.getLine() + ": " + text);
            }
        }
        if (first != null) {
            throw first;
        }
        read.everyParameterRead();
        KieBaseConfiguration configuration = ks.newKieBaseConfiguration();
        configuration.setOption(sequential ? SEQUENTIAL : SequentialOption.NO);
        KieBase kieBase = ks.newKieContainer(releaseId).newKieBase(configuration);
        ks.getRepository().removeKieModule(releaseId);
        return new RuleBase(kieBase, warnings, digest(all), false, parameters);
    }

    private static boolean isParameters(RuleFile f) {
        return f.name().endsWith("/" + ParameterFile.FILE_NAME) || f.name().equals(ParameterFile.FILE_NAME);
    }

    private static List<RuleFile> drl(List<RuleFile> files) {
        return files.stream().filter(f -> !isParameters(f)).toList();
    }

    private static ParameterFile parameters(List<RuleFile> files) throws RuleLoadException {
        RuleFile f = files.stream().filter(RuleBase::isParameters).findFirst().orElseThrow();
        return ParameterFile.read(f.name(), f.text());
    }

    /** The parameters file loaded with the rules. */
    public ParameterFile parameters() {
        return parameters;
    }

    static String digest(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, String> byName = new TreeMap<>();
            files.forEach(f -> byName.put(f.name().substring(f.name().lastIndexOf('/') + 1), f.text()));
            for (Map.Entry<String, String> f : byName.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The compiled KieBase; only the engine opens sessions on it. */
    KieBase kieBase() {
        return kieBase;
    }

    /** Whether the rule base was built from the executable model compiled at build time (no DRL compiled). */
    public boolean precompiled() {
        return precompiled;
    }

    /** Build warnings, each {@code file:line: text}. */
    public List<String> warnings() {
        return warnings;
    }

    /** A short digest of the rule files' names and texts (in name order), part of the rules version. */
    public String digest() {
        return digest;
    }

    /** Every rule's name and metadata, for tests and documentation. */
    public List<RuleInfo> rules() {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, String> meta = new LinkedHashMap<>();
                r.getMetaData().forEach((k, v) -> meta.put(k, String.valueOf(v)));
                rules.add(new RuleInfo(r.getName(), Map.copyOf(meta)));
            }
        }
        rules.sort((a, b) -> a.name().compareTo(b.name()));
        return rules;
    }

    /**
     * A rule's name and metadata.
     *
     * @param name     the rule name, starting with its requirement id
     * @param metadata its {@code @key("value")} metadata
     */
    public record RuleInfo(String name, Map<String, String> metadata) {
    }
}
