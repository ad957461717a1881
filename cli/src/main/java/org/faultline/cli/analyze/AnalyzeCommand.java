package org.faultline.cli.analyze;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.analysis.postmortem.PostMortem;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.read.InconsistentRunException;
import org.faultline.analysis.postmortem.report.ReportFiles;
import org.faultline.cli.InvalidInputException;
import org.faultline.trace.read.MalformedRunFileException;
import org.faultline.trace.read.NotARunDirectoryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes the post-mortem of a finished run directory: {@code failure_analysis.md} and {@code
 * analysis.json}, beside the run's files. A directory that is not a run, or whose files are
 * malformed or contradict one another, is invalid input.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the post-mortem of a finished run: failure_analysis.md and analysis.json in DIR.",
      "DIR needs run.json, events.jsonl and metrics.csv; scenario.yaml is used when present.",
      "The same files give the same post-mortem wherever DIR is."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "Run directory written by 'faultline run'.")
  Path directory;

  @Override
  public Integer call() {
    Findings findings = analyze(directory);
    PostMortem.write(directory, findings);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        findings.manifest().scenario().name()
            + ": failure mode "
            + findings.characterization().mode().id()
            + "; wrote "
            + directory.resolve(ReportFiles.REPORT)
            + ", "
            + ReportFiles.FINDINGS
            + " and the figures");
    return 0;
  }

  /**
   * Analyses a run directory, turning every problem of its files into an invalid-input error.
   *
   * @throws InvalidInputException naming what is missing, malformed or inconsistent
   */
  static Findings analyze(Path directory) {
    try {
      return PostMortem.analyze(directory);
    } catch (NotARunDirectoryException e) {
      throw new InvalidInputException(
          "faultline analyze: " + e.getMessage() + "; give a directory written by 'faultline run'");
    } catch (MalformedRunFileException e) {
      throw new InvalidInputException(e.problems());
    } catch (InconsistentRunException e) {
      throw new InvalidInputException(e.problems());
    }
  }
}
