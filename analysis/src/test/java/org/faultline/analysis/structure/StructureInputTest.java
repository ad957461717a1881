package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.faultline.analysis.attention.DirectedEdge;
import org.junit.jupiter.api.Test;

class StructureInputTest {

  private static final List<String> SERVICES = List.of("a", "b");

  private static FeatureTable table() {
    return Inputs.table(SERVICES, new double[][] {{1}, {2}});
  }

  private static List<ServiceOutcome> outcomes() {
    return Inputs.outcomes(SERVICES, new double[] {0, 1}, new int[] {0, 1});
  }

  @Test
  void constructor_repeatedTargetsAndPropagatedEdges_keptOnce() {
    StructureInput input =
        new StructureInput(
            SERVICES,
            Inputs.edges("a>b"),
            table(),
            List.of("b", "a", "b"),
            outcomes(),
            Inputs.edges("a>b", "a>b"));

    assertThat(input.stressorTargets()).containsExactly("b", "a");
    assertThat(input.propagatedEdges()).containsExactly(new DirectedEdge("a", "b"));
  }

  @Test
  void constructor_everyProblem_listedInOneMessage() {
    assertThatThrownBy(
            () ->
                new StructureInput(
                    List.of("a", "b", "a"),
                    Inputs.edges("a>x", "b>b", "a>b", "a>b"),
                    table(),
                    List.of("z"),
                    outcomes(),
                    Inputs.edges("q>a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid structure input: service \"a\" is listed twice;"
                + " dependency edge target \"x\" is not among the services;"
                + " dependency edge from \"b\" to itself; a service cannot depend on itself;"
                + " dependency edge \"a\" -> \"b\" is listed twice;"
                + " features are for [a, b]; expected one per service in declaration order, [a, b, a];"
                + " outcomes are for [a, b]; expected one per service in declaration order, [a, b, a];"
                + " stressor target \"z\" is not among the services;"
                + " propagated edge source \"q\" is not among the services");
  }

  @Test
  void constructor_noServices_rejected() {
    assertThatThrownBy(
            () ->
                new StructureInput(
                    List.of(),
                    List.of(),
                    new FeatureTable(List.of("f"), List.of()),
                    List.of(),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid structure input: no services; the graph needs at least one");
  }

  @Test
  void featureTable_badNamesAndValues_rejected() {
    assertThatThrownBy(
            () ->
                new FeatureTable(
                    List.of("x", "", "x"),
                    List.of(
                        new FeatureTable.Row("a", List.of(1.0, 2.0)),
                        new FeatureTable.Row("b", List.of(1.0, Double.NaN, 3.0)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid feature table: feature name 1 is empty;"
                + " feature name \"x\" appears twice; names must be distinct;"
                + " row of service \"a\" has 2 values; expected 3, one per feature name;"
                + " feature \"\" of service \"b\" is NaN; every value must be finite");
  }

  @Test
  void featureTable_noNames_rejected() {
    assertThatThrownBy(() -> new FeatureTable(List.of(), List.of()))
        .hasMessage(
            "invalid feature table: no feature names; the network needs at least one" + " feature");
  }

  @Test
  void serviceOutcome_orderBelowOne_rejected() {
    assertThatThrownBy(() -> ServiceOutcome.degraded("a", 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("degradationOrder of service \"a\" is 0; expected 1 or more");
  }

  @Test
  void serviceOutcome_infiniteImpact_rejected() {
    assertThatThrownBy(() -> ServiceOutcome.unaffected("a", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("impact of service \"a\" is Infinity; expected a finite number");
  }

  @Test
  void loggedFeatures_observations_derivedInDocumentedOrder() {
    FeatureTable table =
        LoggedFeatures.of(
            200,
            List.of(
                new ServiceObservation("a", 0.9, 50, 0.25, true, OptionalLong.of(20)),
                new ServiceObservation("b", 0.1, 0, 1.0, false, OptionalLong.empty())));

    assertThat(table.names())
        .containsExactly(
            "peak_stress", "time_overloaded", "min_resource", "failed", "first_overload_time");
    assertThat(table.rows().get(0).values()).containsExactly(0.9, 0.25, 0.25, 1.0, 0.1);
    assertThat(table.rows().get(1).values()).containsExactly(0.1, 0.0, 1.0, 0.0, 1.0);
  }

  @Test
  void loggedFeatures_ticksOutsideHorizon_rejected() {
    assertThatThrownBy(
            () ->
                LoggedFeatures.of(
                    10, List.of(new ServiceObservation("a", 1, 11, 1, false, OptionalLong.of(-1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid observations: overloadedTicks of service \"a\" is 11; expected 0 to"
                + " the horizon 10; firstOverloadTick of service \"a\" is -1; expected 0 to the"
                + " horizon 10");
  }

  @Test
  void loggedFeatures_horizonZero_rejected() {
    assertThatThrownBy(() -> LoggedFeatures.of(0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon is 0; expected at least 1 tick");
  }

  @Test
  void settings_countBelowOne_rejected() {
    assertThatThrownBy(() -> new StructureSettings(1, 16, 4, 8, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permutationCount is 0; expected at least 1");
  }

  @Test
  void settings_defaults_documentedValues() {
    assertThat(StructureSettings.defaults()).isEqualTo(new StructureSettings(42, 16, 4, 8, 100, 1));
  }
}
