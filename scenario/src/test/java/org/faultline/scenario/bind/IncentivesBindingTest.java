package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.faultline.model.spec.Allocation;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.ScenarioSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of allocation rules and of the services citizens use. */
class IncentivesBindingTest {

  private static final String SCENARIO =
      BindingFiles.HEAD
          + """
            services:
              - {id: power, capacity: 2}
              - {id: water, capacity: 2}
            citizens:
              - id: citizen:1
                demand: 1
                panic_threshold: 0.5
                uses: [water]
                escalation: 3
              - id: citizen:2
                demand: 1
                panic_threshold: 0.5
            policy_offices:
              - id: policy:city
                budget: 1
                stress_threshold: 0.5
                intervention_delay: 2
                budget_release: 0.2
                allocation: priority
                priority: [water, power]
              - id: policy:state
                budget: 1
                stress_threshold: 0.5
                intervention_delay: 2
                budget_release: 0.2
                allocation: most_stressed
            """;

  @TempDir Path directory;
  private BindingFiles files;

  @BeforeEach
  void setUp() {
    files = new BindingFiles(directory);
  }

  @Test
  void allocation_priorityWithList_bound() {
    ScenarioSpec spec = files.load(SCENARIO);

    assertThat(spec.policies().get(0).allocation()).isEqualTo(Allocation.PRIORITY);
    assertThat(spec.policies().get(0).priority()).containsExactly("water", "power");
    assertThat(spec.policies().get(1).allocation()).isEqualTo(Allocation.MOST_STRESSED);
  }

  @Test
  void allocation_absent_equal() {
    String text = SCENARIO.replace("    allocation: most_stressed\n", "");

    assertThat(files.load(text).policies().get(1).allocation()).isEqualTo(Allocation.EQUAL);
  }

  @Test
  void allocation_unknownRule_rejectedWithSuggestion() {
    List<String> problems = files.problems(SCENARIO.replace("most_stressed", "most_stresed"));

    assertThat(problems)
        .containsExactly(
            "28:17: policy_offices[1].allocation: invalid value \"most_stresed\":"
                + " must be one of equal, most_stressed, priority (did you mean 'most_stressed'?)");
  }

  @Test
  void allocation_priorityWithoutList_rejected() {
    List<String> problems = files.problems(SCENARIO.replace("    priority: [water, power]\n", ""));

    assertThat(problems)
        .containsExactly(
            "21:17: policy_offices[0].allocation: allocation priority needs a"
                + " non-empty priority list of service ids");
  }

  @Test
  void priority_withOtherAllocation_rejected() {
    List<String> problems =
        files.problems(SCENARIO.replace("allocation: priority", "allocation: equal"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "22:15: policy_offices[0].priority: priority is"
                + " used only with allocation: priority, but the allocation is equal");
  }

  @Test
  void priority_unknownService_rejected() {
    List<String> problems = files.problems(SCENARIO.replace("[water, power]", "[water, gas]"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "22:23: policy_offices[0].priority[1]:"
                + " unknown service 'gas'; the priority service must be the id of a service");
  }

  @Test
  void uses_present_boundWithEscalation() {
    CitizenSpec citizen = files.load(SCENARIO).citizens().get(0);

    assertThat(citizen.uses()).contains(List.of("water"));
    assertThat(citizen.escalation()).isEqualTo(3.0);
  }

  @Test
  void uses_absent_everyServiceAndDefaultEscalation() {
    CitizenSpec citizen = files.load(SCENARIO).citizens().get(1);

    assertThat(citizen.uses()).isEqualTo(Optional.empty());
    assertThat(citizen.escalation()).isEqualTo(CitizenSpec.DEFAULT_ESCALATION);
  }

  @Test
  void uses_empty_rejected() {
    List<String> problems = files.problems(SCENARIO.replace("uses: [water]", "uses: []"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("10:11: citizens[0].uses: uses needs at least one service");
  }

  @Test
  void uses_citizenInsteadOfService_rejected() {
    List<String> problems = files.problems(SCENARIO.replace("uses: [water]", "uses: [citizen:2]"));

    assertThat(problems)
        .singleElement()
        .asString()
        .contains("'citizen:2' is a citizen population, but the used service must be a service");
  }

  @Test
  void escalation_belowOne_rejected() {
    List<String> problems = files.problems(SCENARIO.replace("escalation: 3", "escalation: 0.5"));

    assertThat(problems)
        .containsExactly(
            "11:17: citizens[0].escalation: invalid value 0.5: must be a finite number ≥ 1");
  }
}
