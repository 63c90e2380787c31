package org.himcert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.himcert.EligibilityAdvisor;
import org.himcert.RulesException;
import org.himcert.http.Service;
import org.himcert.http.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code himcert serve}: the contract over HTTP and an advisor's page (see {@link Service}). */
@Command(name = "serve",
        usageHelpWidth = 110)
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;
    @Spec
    private CommandSpec spec;
    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "serve.port")
    private int port = 8080;
    @Option(names = "--host", paramLabel = "HOST",
            descriptionKey = "serve.host")
    private String host = "127.0.0.1";
    @Option(names = "--rules", paramLabel = "DIR",
            descriptionKey = "serve.rules")
    private Path rules;
    @Option(names = "--compare-base", paramLabel = "DIR", descriptionKey = "serve.compareBase")
    private Path compareBase;
    @Option(names = "--max-body", paramLabel = "BYTES",
            descriptionKey = "serve.max-body")
    private long maxBody = 16L * 1024 * 1024;
    @Option(names = "--threads", paramLabel = "N",
            descriptionKey = "serve.threads")
    private int threads = 2 * Runtime.getRuntime().availableProcessors();
    @Option(names = "--queue-wait", paramLabel = "SECONDS",
            descriptionKey = "serve.queue-wait")
    private int queueWait = 2;
    @Option(names = "--deadline", paramLabel = "SECONDS",
            descriptionKey = "serve.deadline")
    private int deadline = 60;
    @Option(names = "--token-file", paramLabel = "FILE",
            descriptionKey = "serve.token-file")
    private Path tokenFile;
    @Option(names = "--insecure-no-auth",
            descriptionKey = "serve.insecure-no-auth")
    private boolean insecureNoAuth;
    @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
            descriptionKey = "serve.tls-keystore")
    private Path keyStore;
    @Option(names = "--tls-password-file", paramLabel = "FILE",
            descriptionKey = "serve.tls-password-file")
    private Path keyStorePasswordFile;
    @Option(names = "--allowed-host", paramLabel = "NAME",
            descriptionKey = "serve.allowed-host")
    private List<String> allowedHosts = new ArrayList<>();
    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            descriptionKey = "serve.cors-origin")
    private List<String> corsOrigins = new ArrayList<>();
    @Option(names = "--drain", paramLabel = "SECONDS",
            descriptionKey = "serve.drain")
    private int drain = 20;
    @Option(names = "--check",
            descriptionKey = "serve.check")
    private boolean check;
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    @Override
    public Integer call() throws Exception {
        // the bundled rules load while the service starts listening (/ready says when they are in); an
        // amended directory is loaded first, so that a fault in it stops the start with its file and line
        CompletableFuture<EligibilityAdvisor> advisor;
        if (rules == null) {
            advisor = CompletableFuture.supplyAsync(EligibilityAdvisor::withBundledRules);
        } else {
            try {
                advisor = CompletableFuture.completedFuture(EligibilityAdvisor.fromRulesDirectory(rules));
            } catch (RulesException e) {
                throw new ParameterException(spec.commandLine(), "--rules: " + e.getMessage());
            }
        }
        // the base rules of /v1/compare: a directory is loaded before the start (a fault stops it with file and
        // line); the bundled ones, when amended rules are served, load beside the service
        CompletableFuture<EligibilityAdvisor> base = null;
        if (compareBase != null) {
            try {
                base = CompletableFuture.completedFuture(EligibilityAdvisor.fromRulesDirectory(compareBase));
            } catch (RulesException e) {
                throw new ParameterException(spec.commandLine(), "--compare-base: " + e.getMessage());
            }
        } else if (rules != null) {
            base = CompletableFuture.supplyAsync(EligibilityAdvisor::withBundledRules);
        }
        if (check) {
            host = "127.0.0.1";
            port = 0;
        }
        ServiceOptions options;
        try {
            options = new ServiceOptions(host, port, maxBody, threads, Duration.ofSeconds(queueWait),
                    Duration.ofSeconds(deadline), Duration.ofSeconds(30), tokens(), insecureNoAuth, keyStore,
                    keyStore == null ? null : password(), allowedHosts, corsOrigins, Duration.ofSeconds(drain));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (base != null) {
            base.whenComplete((loaded, failure) -> {
                if (failure != null) { // /v1/compare answers 500 and points here
                    err.println("himcert serve: the base rules of /v1/compare could not be loaded: "
                            + (failure.getCause() != null ? failure.getCause() : failure).getMessage());
                    err.flush();
                }
            });
        }
        Service service = new Service(advisor, base, options, main.clock, err);
        try {
            service.start();
        } catch (Exception e) {
            throw new ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + " ("
                    + e.getMessage() + ")");
        }
        if (check) {
            try {
                return SelfCheck.run(service, tokens().stream().findFirst().orElse(null), err);
            } finally {
                service.stop();
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("himcert serve: stopping; the requests in flight have " + drain + " s to finish");
            err.flush();
            try {
                service.stop();
            } catch (Exception e) {
                err.println("himcert serve: stopped with " + e.getClass().getSimpleName());
            }
            err.flush();
        }, "himcert-stop"));
        err.println("himcert serve: listening on " + service.scheme() + "://" + host + ":" + service.port()
                + "/" + (options.authenticates() ? " (tokens required)" : ""));
        err.flush();
        err.println("himcert serve: ready, rules " + advisor.join().rulesVersion());
        err.flush();
        service.join();
        return 0;
    }

    private Set<String> tokens() {
        if (tokenFile == null) {
            return Set.of();
        }
        try {
            Set<String> tokens = new java.util.HashSet<>();
            for (String line : java.nio.file.Files.readAllLines(tokenFile, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    tokens.add(t);
                }
            }
            if (tokens.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--token-file holds no token (one per line)");
            }
            return tokens;
        } catch (java.io.IOException e) {
            throw new ParameterException(spec.commandLine(), "--token-file cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    private String password() {
        if (keyStorePasswordFile != null) {
            try {
                return java.nio.file.Files.readAllLines(keyStorePasswordFile, StandardCharsets.UTF_8).get(0);
            } catch (java.io.IOException | IndexOutOfBoundsException e) {
                throw new ParameterException(spec.commandLine(), "--tls-password-file cannot be read");
            }
        }
        String env = System.getenv("HIMCERT_TLS_PASSWORD");
        if (env == null) {
            throw new ParameterException(spec.commandLine(), "--tls-keystore needs its password:"
                    + " HIMCERT_TLS_PASSWORD or --tls-password-file");
        }
        return env;
    }
}
