package org.himcert.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The build step that precompiles the bundled rules (not a test; run by Maven in {@code process-test-classes}):
 * generates the executable model of {@code rules/} as keyed at load time, compiles it, and writes its classes and
 * {@link PrecompiledRules#INDEX} (the model classes and the digest of the rule files they come from) into the main
 * output directory, so that the jar carries the rules compiled and the library builds its rule base without
 * compiling DRL. The code generator stays a build-time dependency.
 *
 * <p>{@code java -cp ... org.himcert.engine.PrecompileRules RULES_DIR CLASSES_DIR}
 */
public final class PrecompileRules {

    private PrecompileRules() {
    }

    /**
     * Precompiles the rules.
     *
     * @param args the rules directory and the classes directory
     * @throws Exception if the rules do not compile or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path rulesDir = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<RuleFile> files = new ArrayList<>();
        for (String name : RuleFiles.BUNDLED) {
            files.add(new RuleFile("rules/" + name, Files.readString(rulesDir.resolve(name), StandardCharsets.UTF_8)));
        }
        RuleFile parametersFile = new RuleFile("rules/" + ParameterFile.FILE_NAME,
                Files.readString(rulesDir.resolve(ParameterFile.FILE_NAME), StandardCharsets.UTF_8));
        ParameterFile parameters = ParameterFile.read(parametersFile.name(), parametersFile.text());
        RuleChecks.check(files, RequirementParameters.of(parameters).index()).everyParameterRead();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.himcert", "precompiled-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile f : files) {
            String keyed = RuleKeys.keyed(f.text());
            if (!RuleKeys.unkeyed(keyed).isEmpty()) {
                throw new IllegalStateException(f.name() + ":" + RuleKeys.unkeyed(keyed).get(0) + ": not keyed");
            }
            kfs.write(RuleBase.KFS_DIR + f.name().substring("rules/".length()), keyed);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        for (Message m : builder.getResults().getMessages()) {
            if (m.getLevel() == Message.Level.ERROR || m.getLevel() == Message.Level.WARNING) {
                throw new IllegalStateException("the bundled rules do not precompile: " + m.getPath() + ":"
                        + m.getLine() + ": " + m.getText());
            }
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Path modelDir = classes.resolve(RuleBase.KFS_DIR.substring("src/main/resources/".length()));
        if (Files.isDirectory(modelDir)) {
            // the classes of an earlier precompilation: their names change with the rules
            try (var old = Files.walk(modelDir)) {
                for (Path p : old.filter(p -> p.toString().endsWith(".class")).toList()) {
                    Files.delete(p);
                }
            }
        }
        ClassLoader loader = ks.newKieContainer(releaseId).getClassLoader();
        TreeSet<String> models = new TreeSet<>();
        int written = 0;
        for (String file : module.getFileNames()) {
            if (!file.endsWith(".class")) {
                continue;
            }
            String className = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (className.startsWith("org.drools.project.model.")) {
                continue; // the kjar's project index: the library lists its models itself
            }
            Path target = classes.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, module.getBytes(file));
            written++;
            Class<?> c = Class.forName(className, false, loader);
            if (Model.class.isAssignableFrom(c) && !c.isInterface()) {
                models.add(className);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the executable model holds no rule model");
        }
        Properties index = new Properties();
        List<RuleFile> all = new ArrayList<>(files);
        all.add(parametersFile);
        index.setProperty("digest", RuleBase.digest(all));
        index.setProperty("models", String.join(",", models));
        Path indexFile = classes.resolve(PrecompiledRules.INDEX.substring(1));
        Files.createDirectories(indexFile.getParent());
        try (var out = Files.newBufferedWriter(indexFile, StandardCharsets.ISO_8859_1)) {
            // no date comment: the build is reproducible
            for (String key : List.of("digest", "models")) {
                out.write(key + "=" + index.getProperty(key) + "\n");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + indexFile, e);
        }
        System.out.println("himcert: precompiled " + files.size() + " rule files into " + models.size()
                + " model(s), " + written + " classes");
    }
}
