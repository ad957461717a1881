package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.faultline.model.spec.ScenarioSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of reports_from, which makes a policy office see its services only through reports. */
class ReportingBindingTest {

  private static final String OFFICES =
      BindingFiles.HEAD
          + """
            services:
              - {id: power, capacity: 2}
              - {id: water, capacity: 2}
            policy_offices:
              - id: policy:city
                budget: 1
                stress_threshold: 0.5
                intervention_delay: 2
                budget_release: 0.2
                reports_from: [water, power]
              - id: policy:state
                budget: 1
                stress_threshold: 0.5
                intervention_delay: 2
                budget_release: 0.2
            scheduling:
              - {event: SERVICE_REPORT, fixed: 3}
            """;

  @TempDir Path directory;
  private BindingFiles files;

  @BeforeEach
  void setUp() {
    files = new BindingFiles(directory);
  }

  @Test
  void reportsFrom_present_boundInWrittenOrder() {
    ScenarioSpec spec = files.load(OFFICES);

    assertThat(spec.policies().get(0).reportsFrom()).contains(List.of("water", "power"));
  }

  @Test
  void reportsFrom_absent_empty() {
    ScenarioSpec spec = files.load(OFFICES);

    assertThat(spec.policies().get(1).reportsFrom()).isEqualTo(Optional.empty());
  }

  @Test
  void reportsFrom_unknownService_rejectedWithSuggestion() {
    List<String> problems = files.problems(OFFICES.replace("[water, power]", "[water, powr]"));

    assertThat(problems)
        .containsExactly(
            "12:27: policy_offices[0].reports_from[1]: unknown service 'powr'"
                + " (did you mean 'power'?); the reporting service must be the id of a service declared in this file");
  }

  @Test
  void reportsFrom_officeInsteadOfService_rejected() {
    List<String> problems =
        files.problems(OFFICES.replace("[water, power]", "[water, policy:state]"));

    assertThat(problems)
        .singleElement()
        .asString()
        .contains("'policy:state' is a policy office, but the reporting service must be a service");
  }

  @Test
  void reportsFrom_duplicate_rejected() {
    List<String> problems = files.problems(OFFICES.replace("[water, power]", "[water, water]"));

    assertThat(problems)
        .containsExactly(
            "12:27: policy_offices[0].reports_from[1]: duplicate service 'water' in reports_from");
  }

  @Test
  void reportsFrom_withoutReportRule_rejectedAtTheList() {
    List<String> problems =
        files.problems(OFFICES.replace("  - {event: SERVICE_REPORT, fixed: 3}\n", ""));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "12:19: policy_offices[0].reports_from: services report to this office through"
                + " SERVICE_REPORT events, but the scheduling table has no rule for SERVICE_REPORT");
  }
}
