package org.faultline.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faultline.cli.InvalidInputException;
import org.faultline.scenario.load.LoadedScenario;
import org.faultline.scenario.load.ScenarioLoader;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.directory.StagedRunDirectory;
import org.faultline.trace.directory.TargetDirectoryException;

/** Turns the run command's inputs into checked values, or into one invalid-input error. */
final class RunInputs {

  private RunInputs() {}

  /** Loads a built-in scenario or file with overrides; every problem becomes one error line. */
  static LoadedScenario load(String scenario, List<String> overrides) {
    try {
      return ScenarioLoader.load(scenario, overrides);
    } catch (ScenarioException e) {
      throw invalid(e);
    }
  }

  /** Opens the staging directory beside the target run directory. */
  static StagedRunDirectory stage(Path out) {
    try {
      return StagedRunDirectory.create(out);
    } catch (TargetDirectoryException e) {
      throw new InvalidInputException("--out " + out + ": " + e.getMessage());
    }
  }

  /** Parses the metrics mode option. */
  static MetricsMode metricsMode(String id) {
    Optional<MetricsMode> mode = MetricsMode.fromId(id);
    if (mode.isEmpty()) {
      throw new InvalidInputException(
          "--metrics: invalid value '" + id + "': expected full or delta");
    }
    return mode.get();
  }

  /** Converts the loader's problems into error lines. */
  static InvalidInputException invalid(ScenarioException e) {
    List<String> lines = new ArrayList<>();
    for (Problem problem : e.problems()) {
      lines.add(problem.toString());
    }
    return new InvalidInputException(lines);
  }
}
