package org.faultline.cli.gat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.faultline.cli.Faultline;

/**
 * The outcome of one in-process run of the faultline command line.
 *
 * @param exitCode exit status
 * @param out text written to stdout
 * @param err text written to stderr
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line with the arguments, capturing stdout and stderr. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      exitCode = Faultline.commandLine(outWriter, errWriter).execute(args);
    }
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Returns stderr split into lines, without line separators. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
