package org.faultline.scenario.load;

import java.util.Objects;
import org.faultline.model.spec.ScenarioSpec;

/**
 * A checked scenario, ready to run.
 *
 * @param spec the bound configuration
 * @param text the scenario as it will run: the file's exact text without overrides, or the document
 *     re-emitted with the overrides applied (comments are then lost)
 * @param source where it came from: a file path, or the name of a built-in scenario
 */
public record LoadedScenario(ScenarioSpec spec, String text, String source) {

  public LoadedScenario {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
