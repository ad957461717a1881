package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StructureResultJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void jackson_utilities_writesComponentsInOrder() {
    JsonNode json =
        MAPPER.readTree(
            MAPPER.writeValueAsString(StructuralReasoning.analyse(Examples.utilities())));

    assertThat(json.propertyNames())
        .containsExactly("settings", "features", "services", "edges", "paths", "comparison");
    assertThat(json.get("services").get(0).propertyNames())
        .containsExactly(
            "service",
            "salienceMean",
            "salienceStd",
            "salienceRank",
            "stressorTarget",
            "degraded",
            "degradationOrder",
            "impact");
    assertThat(json.get("comparison").get("rankCorrelation").propertyNames())
        .containsExactly(
            "observed",
            "controlMean",
            "controlMin",
            "controlMax",
            "controlCount",
            "atLeastAsHighCount",
            "atLeastAsHighFraction",
            "pValue",
            "undefinedReason");
  }

  @Test
  void jackson_undefinedMeasure_writesNulls() {
    List<String> services = List.of("only");
    StructureInput input =
        new StructureInput(
            services,
            List.of(),
            Inputs.table(services, new double[][] {{1}}),
            List.of(),
            Inputs.outcomes(services, new double[] {0}, new int[] {0}),
            List.of());

    JsonNode json =
        MAPPER.readTree(
            MAPPER.writeValueAsString(StructuralReasoning.analyse(input, Inputs.settings(2))));

    JsonNode rank = json.get("comparison").get("rankCorrelation");
    assertThat(rank.get("observed").isNull()).isTrue();
    assertThat(rank.get("pValue").isNull()).isTrue();
    assertThat(rank.get("undefinedReason").asString())
        .isEqualTo("there is only one service, and a rank correlation needs at least two");
    assertThat(json.get("services").get(0).get("degradationOrder").isNull()).isTrue();
  }
}
