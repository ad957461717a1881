package org.faultline.cli.run;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.cli.InvalidInputException;
import org.faultline.scenario.load.ScenarioLoader;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks scenario files without running them and reports every problem of every file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Checks scenario files and reports every problem; exit status 2 if any.")
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SCENARIO",
      description = "Scenario files, or names of built-in scenarios, to check.")
  List<String> scenarios;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> problems = new ArrayList<>();
    for (String scenario : scenarios) {
      try {
        ScenarioLoader.load(scenario, List.of());
        out.println(scenario + ": valid");
      } catch (ScenarioException e) {
        for (Problem problem : e.problems()) {
          problems.add(problem.toString());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return 0;
  }
}
