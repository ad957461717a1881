package org.faultline.cli.analyze;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.faultline.cli.Faultline;
import picocli.CommandLine;

/**
 * The exit status and output of one {@code faultline} invocation in this JVM.
 *
 * @param exitCode the exit status
 * @param out what the command printed to stdout
 * @param err what the command printed to stderr
 */
record CommandRun(int exitCode, String out, String err) {

  /** Runs the command with the given arguments. */
  static CommandRun of(String... args) {
    return with(CommandLine.defaultFactory(), args);
  }

  /** Runs the command, creating its subcommands through the factory. */
  static CommandRun with(CommandLine.IFactory factory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        Faultline.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), factory)
            .execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
