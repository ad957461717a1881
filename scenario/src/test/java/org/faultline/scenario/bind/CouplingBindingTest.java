package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.Perturbation;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.scenario.load.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of the dependency-coupling keys: dynamics, dependency couplings and perturbations. */
class CouplingBindingTest {

  private static final String SERVICES =
      BindingFiles.HEAD
          + """
            dynamics:
              dependency_coupling: true
            services:
              - id: power
                capacity: 4
                recovery_rate: 0.25
                self_coupling: 0.1
                degraded_inoperability: 0.2
                failed_inoperability: 0.6
              - id: hospital
                capacity: 3
                depends_on: [{service: power, coupling: 0.8}, water]
              - id: water
                capacity: 2
            stressors:
              - id: environment:flood
                kind: flood
                targets: [power]
                onset: 1
                intensity: 1.0
                perturbation: 0.5
                perturbation_duration: 6
            """;

  @TempDir Path directory;
  private BindingFiles files;

  @BeforeEach
  void setUp() {
    files = new BindingFiles(directory);
  }

  @Test
  void dynamics_dependencyCouplingTrue_turnsCouplingOn() {
    assertThat(files.load(SERVICES).dynamics()).isEqualTo(Dynamics.none().withDependencyCoupling());
  }

  @Test
  void dynamics_absent_everyDynamicOff() {
    String text = SERVICES.replace("dynamics:\n  dependency_coupling: true\n", "");

    assertThat(files.load(text).dynamics()).isEqualTo(Dynamics.none());
  }

  @Test
  void dependsOn_mappingAndPlainId_bindCouplingAndDefault() {
    ScenarioSpec spec = files.load(SERVICES);

    assertThat(spec.services().get(1).dependencies())
        .containsExactly(
            new Dependency("power", 0.8), new Dependency("water", Dependency.DEFAULT_COUPLING));
  }

  @Test
  void service_inoperabilityKeys_bound() {
    ScenarioSpec spec = files.load(SERVICES);

    assertThat(spec.services().get(0).inoperability())
        .isEqualTo(new Inoperability(0.25, 0.1, 0.2, 0.6));
    assertThat(spec.services().get(1).inoperability()).isEqualTo(Inoperability.defaults());
  }

  @Test
  void flood_perturbationKeys_bound() {
    FloodSpec flood = (FloodSpec) files.load(SERVICES).stressors().get(0);

    assertThat(flood.perturbation()).isEqualTo(new Perturbation(0.5, 6));
  }

  @Test
  void flood_withoutPerturbation_none() {
    String text = SERVICES.replace("    perturbation: 0.5\n    perturbation_duration: 6\n", "");

    assertThat(((FloodSpec) files.load(text).stressors().get(0)).perturbation())
        .isEqualTo(Perturbation.none());
  }

  @Test
  void dependency_couplingAboveOne_rejectedWithPosition() {
    List<String> problems = files.problems(SERVICES.replace("coupling: 0.8", "coupling: 1.5"));

    assertThat(problems)
        .containsExactly(
            "14:45: services[1].depends_on[0].coupling: invalid value 1.5: must be a finite number between 0 and 1");
  }

  @Test
  void dependency_unknownKeyAndMissingCoupling_bothReported() {
    List<String> problems = files.problems(SERVICES.replace("coupling: 0.8", "weight: 0.8"));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0))
        .startsWith("14:18: services[1].depends_on[0].coupling: missing required key");
    assertThat(problems.get(1))
        .startsWith("14:35: services[1].depends_on[0].weight: unknown key 'weight'");
  }

  @Test
  void dependency_unknownServiceInMapping_rejectedAtItsName() {
    List<String> problems = files.problems(SERVICES.replace("service: power", "service: powr"));

    assertThat(problems)
        .containsExactly(
            "14:28: services[1].depends_on[0].service: unknown service 'powr'"
                + " (did you mean 'power'?); the dependency must be the id of a service declared in this file");
  }

  @Test
  void dependency_sequenceItem_rejected() {
    List<String> problems = files.problems(SERVICES.replace("water]", "[water]]"));

    assertThat(problems)
        .singleElement()
        .asString()
        .contains(
            "services[1].depends_on[1]: expected a service id or a mapping with the keys service,"
                + " coupling, found a sequence");
  }

  @Test
  void service_degradedAboveFailed_rejected() {
    List<String> problems =
        files.problems(
            SERVICES.replace("degraded_inoperability: 0.2", "degraded_inoperability: 0.9"));

    assertThat(problems)
        .containsExactly(
            "10:29: services[0].degraded_inoperability:"
                + " degraded_inoperability 0.9 must not exceed failed_inoperability 0.6");
  }

  @Test
  void service_recoveryRateZero_rejected() {
    List<String> problems =
        files.problems(SERVICES.replace("recovery_rate: 0.25", "recovery_rate: 0"));

    assertThat(problems)
        .containsExactly(
            "8:20: services[0].recovery_rate: invalid value 0: must be a finite number > 0 and ≤ 1");
  }

  @Test
  void service_selfCouplingOne_rejected() {
    List<String> problems =
        files.problems(SERVICES.replace("self_coupling: 0.1", "self_coupling: 1"));

    assertThat(problems)
        .containsExactly(
            "9:20: services[0].self_coupling: invalid value 1: must be a finite number ≥ 0 and < 1");
  }

  @Test
  void flood_perturbationDurationZero_rejected() {
    List<String> problems =
        files.problems(SERVICES.replace("perturbation_duration: 6", "perturbation_duration: 0"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "24:28: stressors[0].perturbation_duration: invalid value 0: must be an integer between 1");
  }

  @Test
  void dynamics_unknownKey_rejectedWithSuggestion() {
    List<String> problems =
        files.problems(SERVICES.replace("dependency_coupling:", "dependency_couplng:"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "4:3: dynamics.dependency_couplng: unknown key 'dependency_couplng'"
                + " (did you mean 'dependency_coupling'?)");
  }

  @Test
  void scheduling_ruleForCouplingStep_rejected() {
    List<String> problems =
        files.problems(
            SERVICES
                + """
                scheduling:
                  - event: COUPLING_STEP
                    fixed: 2
                """);

    assertThat(problems)
        .singleElement()
        .asString()
        .isEqualTo(
            "26:12: scheduling[0].event: the model schedules COUPLING_STEP itself, so the"
                + " scheduling table cannot have a rule for it");
  }

  @Test
  void id_reservedForCouplingStep_rejected() {
    List<String> problems =
        files.problems(SERVICES.replace("id: environment:flood", "id: system:coupling"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("18:9: stressors[0].id: id 'system:coupling' is reserved");
  }

  @Test
  void override_couplingOfDependency_replacesIt() {
    ScenarioSpec spec =
        files.load(SERVICES, List.of("services.hospital.depends_on[0].coupling=0.3"));

    assertThat(spec.services().get(1).dependencies().get(0))
        .isEqualTo(new Dependency("power", 0.3));
  }

  @Test
  void floodOverload_builtIn_bindsWithEveryDynamicOff() {
    ScenarioSpec spec = ScenarioLoader.loadBuiltIn("flood-overload", List.of()).spec();

    assertThat(spec.dynamics()).isEqualTo(Dynamics.none());
  }
}
