package org.faultline.cli.run;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.faultline.scenario.load.BuiltInScenario;
import org.faultline.scenario.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Lists the built-in scenarios, one line each: name, then the first sentence of its description.
 */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "Lists the built-in scenarios that 'faultline run NAME' accepts.")
public final class ScenariosCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<BuiltInScenario> scenarios = ScenarioLoader.builtIns();
    int width = 0;
    for (BuiltInScenario scenario : scenarios) {
      width = Math.max(width, scenario.name().length());
    }
    for (BuiltInScenario scenario : scenarios) {
      out.println(
          scenario.name() + " ".repeat(width - scenario.name().length() + 2) + scenario.summary());
    }
    return 0;
  }
}
