package org.faultline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.faultline.cli.analyze.AnalyzeCommand;
import org.faultline.cli.analyze.PostMortemFailedException;
import org.faultline.cli.gat.GatCommand;
import org.faultline.cli.run.RunCommand;
import org.faultline.cli.run.RunFailedException;
import org.faultline.cli.run.ScenariosCommand;
import org.faultline.cli.run.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code faultline} command: parses the global options and delegates to one subcommand.
 *
 * <p>Exit status: 0 on success, 2 on invalid input (one message per problem on stderr, no stack
 * trace), 1 when a run stopped before its horizon, the post-mortem failed, or an internal failure
 * occurred (stack trace only with {@code --verbose}).
 */
@Command(
    name = "faultline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Deterministic, event-driven simulator of interdependent public services under stress.",
      "Runs a scenario, writes an auditable run directory and explains the run after the fact."
    },
    subcommands = {
      RunCommand.class,
      AnalyzeCommand.class,
      ValidateCommand.class,
      ScenariosCommand.class,
      GatCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "1:the run stopped before its horizon (a guard such as a zero-delay loop, or a failing"
          + " component), the post-mortem failed, or an internal failure (rerun with --verbose"
          + " for the stack trace)",
      "2:invalid input: scenario, options, run directory or input files"
    })
public final class Faultline {

  /** Exit status for invalid input. */
  public static final int EXIT_INVALID_INPUT = 2;

  /** Exit status for an internal failure. */
  public static final int EXIT_INTERNAL_FAILURE = 1;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Log progress at info level and print stack traces of internal failures.")
  boolean verbose;

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command with the given arguments and returns its exit status, writing to the process's
   * stdout and stderr in UTF-8.
   */
  public static int execute(String... args) {
    if (Arrays.asList(args).contains("--verbose")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return commandLine(out, err).execute(args);
  }

  /** Builds the picocli command line with Faultline's exit-status mapping. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CommandLine.defaultFactory());
  }

  /**
   * Builds the picocli command line with Faultline's exit-status mapping, creating the subcommands
   * through the given factory, so that a test can replace one of their collaborators.
   */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    Faultline root = new Faultline();
    CommandLine commandLine = new CommandLine(root, factory);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Faultline::invalidArguments);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> failure(exception, failed, root.verbose));
    return commandLine;
  }

  private static int invalidArguments(CommandLine.ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("faultline: " + exception.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
    return EXIT_INVALID_INPUT;
  }

  private static int failure(Exception exception, CommandLine failed, boolean verbose) {
    PrintWriter err = failed.getErr();
    if (exception instanceof InvalidInputException invalid) {
      for (String problem : invalid.problems()) {
        err.println(problem);
      }
      if (invalid.problems().size() > 1) {
        err.println(
            String.format(
                Locale.ROOT, "%d problems; nothing was written.", invalid.problems().size()));
      }
      return EXIT_INVALID_INPUT;
    }
    if (exception instanceof RunFailedException stopped) {
      err.println("faultline: the run stopped: " + stopped.getMessage());
      err.println("No run directory was written; an earlier one is unchanged.");
      if (verbose) {
        exception.printStackTrace(err);
      }
      return EXIT_INTERNAL_FAILURE;
    }
    if (exception instanceof PostMortemFailedException postMortem) {
      err.println("faultline: " + postMortem.getMessage());
      err.println(
          "The run directory "
              + postMortem.runDirectory()
              + " was published without failure_analysis.md "
              + "and analysis.json; run 'faultline analyze "
              + postMortem.runDirectory()
              + "' to write them.");
      if (verbose) {
        exception.printStackTrace(err);
      }
      return EXIT_INTERNAL_FAILURE;
    }
    err.println("faultline: internal failure: " + exception);
    if (verbose) {
      exception.printStackTrace(err);
    } else {
      err.println("Rerun with --verbose for the stack trace.");
    }
    return EXIT_INTERNAL_FAILURE;
  }
}
