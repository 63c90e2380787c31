package org.himcert.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.himcert.AdvisorOptions;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.RulesException;
import org.himcert.assess.Assessor;
import org.himcert.cases.CaseFiles;
import org.himcert.batch.Batch;
import org.himcert.http.Service;
import org.himcert.http.ServiceOptions;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputRecord;
import org.himcert.model.CredentialCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code himcert assess} and {@code himcert plan} over the JSON contract, in batches.
 *
 * <p>{@code java -jar target/himcert-cli.jar --help} describes the input, the output and the exit statuses.
 * Tests and embedding programs build the command with {@link #commandLine(InputStream, OutputStream, Clock)} and run it with
 * {@link CommandLine#execute(String...)}, which returns the exit status.
 */
@Command(name = "himcert",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {Main.Assess.class, Main.PlanCommand.class, Main.TestCommand.class, Main.ServeCommand.class,
            HelpCommand.class},
        usageHelpWidth = 110,
        description = {
            "Tells which AHIMA credentials (RHIT, RHIA, CCA, CCS, CCS-P, CHPS) candidates can sit for on a date,"
                + " why or why not, and the steps toward one. Reads and writes the himcert JSON contract, one record"
                + " per line. Not an official AHIMA tool: check AHIMA's candidate handbook before applying.",
            ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {Main.INPUT_HELP, Main.OUTPUT_HELP, Main.EXIT_HELP, Main.EXAMPLES_HELP})
public final class Main implements Callable<Integer> {

    static final String INPUT_HELP = "Input: FILE, or - for standard input, in UTF-8, holds one JSON object or JSON"
            + " Lines (one object per line); blank lines are skipped. One candidate per object, for example:%n"
            + "  {\"id\": \"c-1\", \"asOf\": \"2026-11-25\",%n"
            + "   \"education\": [{\"level\": \"ASSOCIATE\", \"field\": \"HIM\", \"accreditation\": \"CAHIIM\","
            + " \"status\": \"FINAL_TERM\"}],%n"
            + "   \"experience\": [{\"kind\": \"CODING\", \"from\": \"2024-06-01\"}],%n"
            + "   \"credentials\": [{\"code\": \"CCA\"}], \"coursework\": [\"MEDICAL_TERMINOLOGY\"],%n"
            + "   \"examAttempts\": [{\"credential\": \"RHIT\", \"date\": \"2026-10-01\", \"result\": \"FAILED\"}]}%n"
            + "Only id is required (1-64 of A-Z a-z 0-9 . _ : -; no name or other personal data is needed)."
            + " Absent education or experience means unknown: answers that depend on it are NEEDS_INFO; [] means"
            + " none. Unknown fields, unknown values, null, malformed dates, negative or fractional months, to"
            + " before from, and records over 1 MiB are rejected. The date the rules are applied on is the"
            + " record's asOf, else --as-of, else today (UTC). JSON Schemas of input and output are in the jar:"
            + " org/himcert/schema/input.schema.json and output.schema.json.%n";

    static final String OUTPUT_HELP = "Output: one JSON line per input record on standard output, in input"
            + " order. assess writes {\"id\", \"asOf\", \"rulesVersion\", \"decisions\": [one per credential:"
            + " \"credential\", \"status\" (ELIGIBLE, NOT_ELIGIBLE, ALREADY_HELD, NEEDS_INFO, NEEDS_REVIEW),"
            + " \"earlyTesting\", \"pathway\", \"reasons\", \"unmet\", \"missing\", \"recommendations\","
            + " \"eligibleOn\"], \"nextSteps\"}; with --brief each decision carries only \"credential\", \"status\","
            + " \"earlyTesting\", \"pathway\" and \"eligibleOn\", and there is no \"nextSteps\". plan writes {\"id\", \"asOf\", \"target\", \"steps\","
            + " \"alternatives\"}. A value that does not apply is null. A rejected record gives an error record"
            + " in its place, for example:%n"
            + "  {\"id\":\"c-2\",\"error\":{\"line\":2,\"path\":\"asOf\","
            + "\"message\":\"must be a date YYYY-MM-DD that exists in the calendar\"}}%n"
            + "Diagnostics go to standard error and name ids and line numbers, never input values.%n";

    static final String EXIT_HELP = "Exit status:%n"
            + "  0  every record was assessed%n"
            + "  1  at least one record was rejected or could not be assessed (every record was still processed),"
            + " or the input holds no record%n"
            + "  2  usage error: unknown option, bad --as-of, unknown --target, missing file, broken --rules%n";

    static final String EXAMPLES_HELP = "Examples:%n"
            + "  java -jar himcert-cli.jar assess candidates.jsonl > results.jsonl%n"
            + "  java -jar himcert-cli.jar assess --as-of 2026-11-25 - < candidates.jsonl%n"
            + "  java -jar himcert-cli.jar assess --brief candidates.jsonl > answers.jsonl%n"
            + "  java -jar himcert-cli.jar plan --target RHIA candidate.json%n";

    private final InputStream stdin;
    private final OutputStream stdout;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an internal error on standard error (it may quote input).")
    private boolean debug;

    private Main(InputStream stdin, OutputStream stdout, Clock clock) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.stdout = Objects.requireNonNull(stdout, "stdout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments, e.g. {@code assess candidates.jsonl}
     */
    public static void main(String[] args) {
        // Drools logs through SLF4J; only its warnings belong on a user's terminal
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        // a broken --rules file gets himcert's one located message: Drools' own ERROR lines about the same
        // compilation would only come before it, unlocated
        String kieProject = "org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject";
        if (System.getProperty(kieProject) == null) {
            System.setProperty(kieProject, "off");
        }
        // results are written as UTF-8 bytes in large blocks, not flushed line by line as System.out would
        BufferedOutputStream results = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        CommandLine cmd = commandLine(System.in, results, Clock.systemUTC());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(results, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cmd.setOut(out).setErr(err);
        int status = cmd.execute(args);
        out.flush();
        try {
            results.flush();
        } catch (IOException e) {
            // standard output went away; the status already says whether every record was written
        }
        err.flush();
        System.exit(status);
    }

    /**
     * The command line, ready to {@link CommandLine#execute(String...) execute}; results go to {@code stdout} as
     * UTF-8, help to its {@link CommandLine#getOut() out}, diagnostics to its {@link CommandLine#getErr() err}.
     *
     * @param stdin  what {@code -} reads
     * @param stdout where the result lines go
     * @param clock  gives today's date (UTC) when neither the record nor {@code --as-of} gives one
     * @return the command line
     */
    public static CommandLine commandLine(InputStream stdin, OutputStream stdout, Clock clock) {
        CommandLine cmd = new CommandLine(new Main(stdin, stdout, clock));
        cmd.setParameterExceptionHandler((e, args) -> {
            // the message and the synopsis; the whole manual would bury the one line that matters
            CommandLine failed = e.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("himcert: " + e.getMessage());
            if (!UnmatchedArgumentException.printSuggestions(e, err)) {
                err.print("Usage: " + failed.getHelp().synopsis(0));
            }
            err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for the input, the output"
                    + " and the exit statuses.");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // only unexpected failures get here: records are rejected one by one, usage errors exit with 2
            PrintWriter err = commandLine.getErr();
            Main main = cmd.getCommand();
            if (main.debug) {
                e.printStackTrace(err);
            } else {
                err.println("himcert: internal error " + e.getClass().getSimpleName()
                        + " (rerun with --debug for the stack trace)");
            }
            return 1;
        });
        return cmd;
    }

    /** With no command: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: assess or plan");
    }

    /** Options of both commands: the input, the date, the rules. */
    static final class InputOptions {
        @Spec(Spec.Target.MIXEE)
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE",
                description = "The input: a file holding one JSON object or JSON Lines, or - for standard input.")
        private String file;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "The date to apply the rules on, for records without their own asOf."
                        + " Default: today (UTC).")
        private LocalDate asOf;

        @Option(names = "--rules", paramLabel = "DIR",
                description = "Load every *.drl file of DIR (an amended copy of the rules) instead of the"
                        + " bundled rules.")
        private Path rules;

        /** Opens the input, before the slower rule compilation, so that a wrong name fails at once. */
        InputStream open(InputStream stdin) {
            if ("-".equals(file)) {
                return stdin;
            }
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "FILE not found: " + file);
            }
            if (Files.isDirectory(path)) {
                throw new ParameterException(spec.commandLine(), "FILE is a directory: " + file);
            }
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "FILE cannot be read: " + file);
            }
        }

        EligibilityAdvisor advisor() {
            if (rules == null) {
                return EligibilityAdvisor.withBundledRules();
            }
            try {
                return EligibilityAdvisor.fromRulesDirectory(rules);
            } catch (RulesException e) {
                throw new ParameterException(spec.commandLine(), "--rules: " + e.getMessage());
            }
        }
    }

    /** Runs the job made for the advisor over the input named by the options. */
    private int run(InputOptions options, CommandSpec command, Function<EligibilityAdvisor, Batch.Job> jobFor) {
        InputStream in = options.open(stdin);
        Batch.Job job = jobFor.apply(options.advisor());
        LocalDate defaultAsOf = options.asOf != null ? options.asOf : LocalDate.now(clock);
        PrintWriter err = command.commandLine().getErr();
        command.commandLine().getOut().flush();
        Batch batch = new Batch(job, defaultAsOf, stdout, err, debug,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            return batch.run(in);
        } catch (IOException e) {
            err.println("himcert: could not read the input: " + e.getClass().getSimpleName()
                    + (debug ? "" : " (rerun with --debug for the stack trace)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            if (in != stdin) {
                try {
                    in.close();
                } catch (IOException e) {
                    // the input was read to its end or failed already; nothing more to report
                }
            }
        }
    }

    /** {@code himcert assess}. */
    @Command(name = "assess",
            usageHelpWidth = 110,
            description = {"Assess each candidate for every credential (RHIT, RHIA, CCA, CCS, CCS-P, CHPS):"
                + " one result line per input record, in input order.", ""},
            footerHeading = "%n",
            footer = {INPUT_HELP, OUTPUT_HELP, EXIT_HELP, EXAMPLES_HELP})
    static final class Assess implements Callable<Integer> {
        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Mixin
        private InputOptions input;
        @Option(names = "--brief",
                description = "Write only the answers: each decision's credential, status, earlyTesting, pathway"
                        + " and eligibleOn, and no nextSteps (faster, for systems that only need the answers).")
        private boolean brief;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Override
        public Integer call() {
            ContractWriter writer = new ContractWriter();
            Detail detail = brief ? Detail.BRIEF : Detail.FULL;
            return main.run(input, spec, advisor -> (records, asOf) -> {
                List<Assessment> assessments = advisor.assessAll(
                        records.stream().map(InputRecord::candidate).toList(), asOf, detail);
                return assessments.stream().map(writer::assessmentUtf8).toList();
            });
        }
    }

    /** {@code himcert serve}: the contract over HTTP and an advisor's page (see {@link Service}). */
    @Command(name = "serve",
            usageHelpWidth = 110,
            description = {"Serve the JSON contract over HTTP, and an advisor's page at /: POST /v1/assess,"
                + " /v1/plan?target=..., /v1/report (one candidate, JSON Lines, or a JSON array); GET /health,"
                + " /ready, /metrics, /v1/rules, /openapi.json. Logs each request's id, route, status and time on"
                + " standard error, never a candidate's values. Runs until stopped (SIGTERM lets the requests in"
                + " flight finish).", ""})
    static final class ServeCommand implements Callable<Integer> {
        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Option(names = "--port", paramLabel = "PORT", description = "The port (default 8080; 0: any free one).")
        private int port = 8080;
        @Option(names = "--host", paramLabel = "HOST",
                description = "The address to listen on (default 127.0.0.1). Another than loopback needs"
                        + " --token-file, or --insecure-no-auth.")
        private String host = "127.0.0.1";
        @Option(names = "--rules", paramLabel = "DIR",
                description = "Apply the rule files (*.drl) and parameters.yaml of this directory instead of the"
                        + " bundled rules.")
        private Path rules;
        @Option(names = "--max-body", paramLabel = "BYTES",
                description = "The largest request body accepted (default 16777216, 16 MiB); larger: 413.")
        private long maxBody = 16L * 1024 * 1024;
        @Option(names = "--threads", paramLabel = "N",
                description = "Requests of many records answered at once (default: 2 per core); more wait up to"
                        + " --queue-wait, then get 503 with Retry-After. One-candidate requests in flight are asked"
                        + " of the rules together.")
        private int threads = 2 * Runtime.getRuntime().availableProcessors();
        @Option(names = "--queue-wait", paramLabel = "SECONDS",
                description = "How long a request waits for its turn (default 2).")
        private int queueWait = 2;
        @Option(names = "--deadline", paramLabel = "SECONDS",
                description = "How long one request may take (default 60): the records not reached by then get"
                        + " error records saying so.")
        private int deadline = 60;
        @Option(names = "--token-file", paramLabel = "FILE",
                description = "Tokens that let a client in, one per line: Authorization: Bearer TOKEN (the page: the"
                        + " token as password). /health, /ready and /openapi.json stay open.")
        private Path tokenFile;
        @Option(names = "--insecure-no-auth",
                description = "Serve an address other than loopback without tokens.")
        private boolean insecureNoAuth;
        @Option(names = "--tls-keystore", paramLabel = "FILE.p12",
                description = "Serve HTTPS with this PKCS #12 key store; its password from the environment variable"
                        + " HIMCERT_TLS_PASSWORD or --tls-password-file.")
        private Path keyStore;
        @Option(names = "--tls-password-file", paramLabel = "FILE",
                description = "The key store's password, on the file's first line.")
        private Path keyStorePasswordFile;
        @Option(names = "--allowed-host", paramLabel = "NAME",
                description = "A Host name to answer for besides localhost, 127.0.0.1 and ::1 (repeatable; * for"
                        + " any). Others get 421: a web page cannot reach the service through DNS rebinding.")
        private List<String> allowedHosts = new ArrayList<>();
        @Option(names = "--cors-origin", paramLabel = "ORIGIN",
                description = "An origin whose browser pages may call the service (repeatable, exact, e.g."
                        + " https://advising.example.edu). Default: none.")
        private List<String> corsOrigins = new ArrayList<>();
        @Option(names = "--drain", paramLabel = "SECONDS",
                description = "How long a stop waits for the requests in flight (default 20).")
        private int drain = 20;
        @Option(names = "--check",
                description = "A smoke test of this installation: start on a free loopback port, ask the service for"
                        + " /health, one candidate, JSON Lines and /openapi.json, say what came back, and stop"
                        + " (exit 0 when every answer was right).")
        private boolean check;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
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
            Service service = new Service(advisor, options, main.clock, err);
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

    /** {@code himcert test}: expert case files against the bundled or amended rules. */
    @Command(name = "test",
            usageHelpWidth = 110,
            description = {"Run YAML case files (the format of the project's src/test/resources/cases/) against the"
                + " bundled rules, or an amended copy with --rules: each failing case is printed with what was"
                + " expected and what came out, then 'N passed, N failed'. A key the format does not know is an"
                + " error.", ""},
            footerHeading = "%n",
            footer = {"Exit status:%n  0  every case passed%n  1  at least one case failed%n"
                + "  2  usage error: a case file that cannot be read or breaks the format, broken --rules%n"})
    static final class TestCommand implements Callable<Integer> {
        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Option(names = "--rules", paramLabel = "DIR",
                description = "Apply the rule files (*.drl) and parameters.yaml of this directory instead of the"
                        + " bundled rules.")
        private Path rules;
        @Parameters(paramLabel = "CASES", arity = "1..*", description = "Case files (.yaml).")
        private List<Path> files;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            java.util.Map<AdvisorOptions, Assessor> advisors = new java.util.HashMap<>();
            java.util.function.Function<AdvisorOptions, Assessor> advisorFor = options ->
                    advisors.computeIfAbsent(options, o -> {
                        if (rules == null) {
                            return Assessor.bundled(o);
                        }
                        try {
                            return Assessor.fromRulesDirectory(rules, o);
                        } catch (RulesException e) {
                            throw new ParameterException(spec.commandLine(), "--rules: " + e.getMessage());
                        }
                    });
            int passed = 0;
            int failed = 0;
            for (Path file : files) {
                List<CaseFiles.Outcome> outcomes;
                try {
                    outcomes = CaseFiles.run(file, advisorFor);
                } catch (java.io.IOException e) {
                    throw new ParameterException(spec.commandLine(), "CASES: cannot read " + file);
                } catch (CaseFiles.FormatException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                for (CaseFiles.Outcome o : outcomes) {
                    if (o.passed()) {
                        passed++;
                        continue;
                    }
                    failed++;
                    out.println("FAILED " + file + ": " + o.name());
                    for (String f : o.failures()) {
                        out.println("    " + f);
                    }
                }
            }
            out.println(passed + " passed, " + failed + " failed");
            out.flush();
            err.flush();
            return failed == 0 ? 0 : 1;
        }
    }

    /** {@code himcert plan}. */
    @Command(name = "plan",
            usageHelpWidth = 110,
            description = {"Plan each candidate's route to one credential: the ordered steps from where the candidate"
                + " stands, each with what it needs and, when it can be known, the earliest date; and other routes"
                + " when several pathways exist. One line per input record, in input order.", ""},
            footerHeading = "%n",
            footer = {INPUT_HELP, OUTPUT_HELP, EXIT_HELP, EXAMPLES_HELP})
    static final class PlanCommand implements Callable<Integer> {
        @ParentCommand
        private Main main;
        @Spec
        private CommandSpec spec;
        @Mixin
        private InputOptions input;
        @Option(names = "--target", required = true, paramLabel = "CREDENTIAL", converter = TargetConverter.class,
                description = "The credential to plan for: RHIT, RHIA, CCA, CCS, CCS-P or CHPS.")
        private CredentialCode target;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Override
        public Integer call() {
            ContractWriter writer = new ContractWriter();
            return main.run(input, spec, advisor -> (records, asOf) -> {
                List<byte[]> plans = new ArrayList<>(records.size());
                for (int i = 0; i < records.size(); i++) {
                    plans.add(writer.planUtf8(advisor.plan(records.get(i).candidate(), target, asOf.get(i))));
                }
                return plans;
            });
        }
    }

    /** Reads {@code --as-of}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (value.length() != 10) {
                    throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
                }
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a date YYYY-MM-DD that exists in the calendar");
            }
        }
    }

    /** Reads {@code --target}: an assessed credential's contract code, in any case ({@code ccs-p}). */
    static final class TargetConverter implements ITypeConverter<CredentialCode> {
        @Override
        public CredentialCode convert(String value) {
            for (CredentialCode c : CredentialCode.ASSESSED) {
                if (c.code().equalsIgnoreCase(value)) {
                    return c;
                }
            }
            throw new TypeConversionException("must be one of " + CredentialCode.ASSESSED.stream()
                    .map(CredentialCode::code).collect(Collectors.joining(", ")) + " (in any case)");
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"himcert " + (v == null ? "(development build)" : v)};
        }
    }
}
