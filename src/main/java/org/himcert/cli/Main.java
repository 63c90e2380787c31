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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.himcert.EligibilityAdvisor;
import org.himcert.batch.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The command line: {@code himcert assess} and {@code himcert plan} over the JSON contract, in batches.
 *
 * <p>{@code java -jar target/himcert-cli.jar --help} describes the input, the output and the exit statuses.
 * Tests and embedding programs build the command with {@link #commandLine(InputStream, OutputStream, Clock)} and run it with
 * {@link CommandLine#execute(String...)}, which returns the exit status.
 */
@Command(name = "himcert",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {AssessCommand.class, PlanCommand.class, ReportCommand.class, CompareCommand.class,
            TestCommand.class, ServeCommand.class,
            HelpCommand.class},
        usageHelpWidth = 110,
        commandListHeading = "%nCommands:%n")
public final class Main implements Callable<Integer> {

    final InputStream stdin;
    final OutputStream stdout;
    final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            descriptionKey = "debug")
    boolean debug;

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
        // logging is set up by simplelogger.properties in the command line's jar (Drools' warnings only)
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
        // every sentence of the help lives in Messages.properties; loaded here, from this module
        cmd.setResourceBundle(ResourceBundle.getBundle("org.himcert.cli.Messages", Locale.ROOT));
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
        throw new ParameterException(spec.commandLine(), "Missing command: assess, plan or report");
    }

    /** Runs the job made for the advisor over the input named by the options, its lines to standard output. */
    int run(InputOptions options, CommandSpec command, Function<EligibilityAdvisor, Batch.Job> jobFor) {
        return run(options, command, jobFor, stdout);
    }

    /** Runs the job made for the advisor over the input named by the options, its lines to {@code results}. */
    int run(InputOptions options, CommandSpec command, Function<EligibilityAdvisor, Batch.Job> jobFor,
            OutputStream results) {
        return run(options, command, jobFor, results, batch -> { });
    }

    /** The same, and {@code finished} is given the batch once it has run (its counts), unless the input failed. */
    int run(InputOptions options, CommandSpec command, Function<EligibilityAdvisor, Batch.Job> jobFor,
            OutputStream results, java.util.function.Consumer<Batch> finished) {
        InputStream in = options.open(stdin);
        Batch.Job job = jobFor.apply(options.advisor());
        LocalDate defaultAsOf = options.asOf != null ? options.asOf : LocalDate.now(clock);
        PrintWriter err = command.commandLine().getErr();
        command.commandLine().getOut().flush();
        Batch batch = new Batch(job, defaultAsOf, results, err, debug,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            int status = batch.run(in);
            finished.accept(batch);
            return status;
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
}
