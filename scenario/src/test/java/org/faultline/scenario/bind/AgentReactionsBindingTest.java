package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.faultline.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of the react_to list an agent may have of its own. */
class AgentReactionsBindingTest {

  private static final String SCENARIO =
      BindingFiles.HEAD
          + """
            services:
              - {id: desk, capacity: 2, react_to: [SERVICE_STEP]}
            citizens:
              - {id: citizen:1, demand: 1, panic_threshold: 1, react_to: []}
            policy_offices:
              - id: policy:city
                budget: 1
                stress_threshold: 0.5
                intervention_delay: 2
                budget_release: 0.2
                react_to: [SERVICE_REPORT, SERVICE_FAILED]
            """;

  @TempDir Path directory;

  @Test
  void reactTo_ofEachAgent_bound() {
    ScenarioSpec spec = new BindingFiles(directory).load(SCENARIO);

    assertThat(spec.services().get(0).reactTo()).contains(List.of("SERVICE_STEP"));
    assertThat(spec.citizens().get(0).reactTo()).contains(List.of());
    assertThat(spec.policies().get(0).reactTo())
        .contains(List.of("SERVICE_REPORT", "SERVICE_FAILED"));
  }

  @Test
  void reactTo_absent_followsScenario() {
    String text = SCENARIO.replace(", react_to: [SERVICE_STEP]", "");

    assertThat(new BindingFiles(directory).load(text).services().get(0).reactTo())
        .isEqualTo(Optional.empty());
  }

  @Test
  void reactTo_unknownType_rejectedWithSuggestion() {
    List<String> problems =
        new BindingFiles(directory).problems(SCENARIO.replace("[SERVICE_STEP]", "[SERVICE_STP]"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "4:40: services[0].react_to[0]: unknown event type 'SERVICE_STP' (did you mean 'SERVICE_STEP'?)");
  }
}
