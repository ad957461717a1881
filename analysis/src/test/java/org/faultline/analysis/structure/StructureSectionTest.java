package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.faultline.analysis.attention.DirectedEdge;
import org.junit.jupiter.api.Test;

class StructureSectionTest {

  private static final StructureResult UTILITIES =
      StructuralReasoning.analyse(Examples.utilities());

  @Test
  void render_utilities_matchesGoldenText() throws IOException {
    String golden;
    try (InputStream in =
        Objects.requireNonNull(
            StructureSectionTest.class.getResourceAsStream("utilities-section.md"))) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(StructureSection.render(UTILITIES)).isEqualTo(golden);
  }

  @Test
  void render_sameInputTwice_identicalText() {
    StructureInput input = Inputs.random(new SplittableRandom(21), 6);

    String first = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(20)));
    String second =
        StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(20)));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void render_utilities_startsWithHeading() {
    assertThat(StructureSection.render(UTILITIES))
        .startsWith("## Graph-based structural reasoning\n\n");
  }

  @Test
  void render_utilities_containsEveryFeatureScaling() {
    String text = StructureSection.render(UTILITIES);

    for (FeatureScaling feature : UTILITIES.features()) {
      assertThat(text)
          .contains(
              "| "
                  + MarkdownText.escape(feature.name())
                  + " | "
                  + MarkdownText.significant(feature.mean())
                  + " | "
                  + MarkdownText.significant(feature.std())
                  + " |");
    }
  }

  @Test
  void render_utilities_containsEverySalience() {
    String text = StructureSection.render(UTILITIES);

    for (ServiceSalience service : UTILITIES.services()) {
      assertThat(text)
          .contains(
              "| "
                  + service.salienceRank()
                  + " | "
                  + service.service()
                  + " | "
                  + MarkdownText.fixed(service.salienceMean(), 4)
                  + " ± "
                  + MarkdownText.fixed(service.salienceStd(), 4)
                  + " |");
    }
  }

  @Test
  void render_utilities_containsEveryEdgeAttention() {
    String text = StructureSection.render(UTILITIES);

    for (EdgeAttention edge : UTILITIES.edges()) {
      assertThat(text)
          .contains(
              "| "
                  + edge.rank()
                  + " | "
                  + edge.source()
                  + " → "
                  + edge.target()
                  + " | "
                  + MarkdownText.fixed(edge.attention(), 4)
                  + " | "
                  + MarkdownText.fixed(edge.uniformShare(), 4)
                  + " |");
    }
  }

  @Test
  void render_utilities_containsEveryPathProduct() {
    String text = StructureSection.render(UTILITIES);

    for (DominantPath path : UTILITIES.paths()) {
      assertThat(text)
          .contains(String.join(" → ", path.services()) + " (")
          .contains("attention product " + MarkdownText.significant(path.attentionProduct()));
    }
  }

  @Test
  void render_utilities_containsComparisonNumbers() {
    String text = StructureSection.render(UTILITIES);

    Comparison comparison = UTILITIES.comparison();
    for (MetricComparison measure :
        List.of(
            comparison.rankCorrelation(), comparison.topKOverlap(), comparison.pathAgreement())) {
      assertThat(text)
          .contains(
              " | "
                  + MarkdownText.fixed(measure.observed(), 3)
                  + " | "
                  + MarkdownText.fixed(measure.controlMean(), 3)
                  + " | "
                  + measure.atLeastAsHighCount()
                  + " of "
                  + measure.controlCount()
                  + " | "
                  + MarkdownText.fixed(measure.pValue(), 3)
                  + " |");
    }
    assertThat(text).contains("100 seeded permutations of the rows (permutation seed 1)");
  }

  @Test
  void render_manyEdges_tableCapped() {
    List<String> services = List.of("a", "b", "c", "d", "e", "f");
    List<DirectedEdge> everyPair = new ArrayList<>();
    for (int target = 1; target < services.size(); target++) {
      for (int source = 0; source < target; source++) {
        everyPair.add(new DirectedEdge(services.get(source), services.get(target)));
      }
    }
    StructureInput input =
        new StructureInput(
            services,
            everyPair,
            Inputs.table(services, new double[][] {{1}, {2}, {3}, {4}, {5}, {6}}),
            List.of("a"),
            Inputs.outcomes(
                services, new double[] {1, 0, 0, 0, 0, 2}, new int[] {1, 0, 0, 0, 0, 2}),
            List.of());

    String text = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(5)));

    assertThat(text).contains("The table shows 10 of 15 edges; analysis.json lists all of them.");
    assertThat(text).contains("| 10 | ");
    assertThat(text).doesNotContain("| 11 | ");
  }

  @Test
  void render_alignedImpact_beatsControl() {
    StructureInput base = Inputs.random(new SplittableRandom(5), 8);
    double[] salience =
        StructuralReasoning.analyse(base, Inputs.settings(1)).services().stream()
            .mapToDouble(ServiceSalience::salienceMean)
            .toArray();
    StructureInput aligned =
        new StructureInput(
            base.services(),
            base.dependencies(),
            base.features(),
            base.stressorTargets(),
            Inputs.outcomes(base.services(), salience, new int[salience.length]),
            base.propagatedEdges());

    String text = StructureSection.render(StructuralReasoning.analyse(aligned));

    assertThat(text)
        .contains(
            "Salience ranks the services by observed impact better than the"
                + " control does (ρ = 1.000 against a control mean of ");
  }

  @Test
  void render_allFeaturesConstant_saysLensSeesNothing() {
    List<String> services = List.of("a", "b");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("a>b"),
            Inputs.table(services, new double[][] {{3}, {3}}),
            List.of("a"),
            Inputs.outcomes(services, new double[] {1, 1}, new int[] {1, 2}),
            Inputs.edges("a>b"));

    String text = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(5)));

    assertThat(text)
        .contains("| f0 | 3 | 0 (constant) |")
        .contains(
            "Every feature has the same value for every service, so every standardized"
                + " value is 0 and the network cannot tell the services apart.")
        .contains(
            "every salience is 0.5, attention is uniform, and nothing in this section"
                + " reflects the run.")
        .contains(
            "Every service degraded, so the 2 most salient services are degraded whatever"
                + " the features, and the overlap says nothing.");
  }

  @Test
  void render_oneConstantFeature_namesIt() {
    List<String> services = List.of("a", "b", "c");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("a>b"),
            Inputs.table(services, new double[][] {{1, 0}, {2, 0}, {4, 0}}),
            List.of("a"),
            Inputs.outcomes(services, new double[] {1, 0, 0}, new int[] {1, 0, 0}),
            List.of());

    String text = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(5)));

    assertThat(text)
        .contains(
            "Feature f1 has the same value, 0, for every service, so it is 0"
                + " after standardization and does not inform the network.");
  }

  @Test
  void render_noDegradedService_saysComparisonUndefined() {
    List<String> services = List.of("a", "b");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("a>b"),
            Inputs.table(services, new double[][] {{1}, {2}}),
            List.of("a"),
            Inputs.outcomes(services, new double[] {0, 0}, new int[] {0, 0}),
            List.of());

    String text = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(5)));

    assertThat(text)
        .contains("| Spearman ρ of salience and observed impact | undefined | – | – | – |")
        .contains(
            "The top-k share is undefined: no service degraded, so no most salient service"
                + " can match a degraded one.")
        .contains(
            "The path-edge share is undefined: no service degraded, so no edge carried"
                + " degradation.")
        .contains(
            "The rank correlation is undefined, because every service has the same"
                + " observed impact, so there is no ranking to compare with.");
  }

  @Test
  void render_oneServiceWithoutEdges_saysSo() {
    List<String> services = List.of("only");
    StructureInput input =
        new StructureInput(
            services,
            List.of(),
            Inputs.table(services, new double[][] {{1}}),
            List.of(),
            Inputs.outcomes(services, new double[] {0}, new int[] {0}),
            List.of());

    String text = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(3)));

    assertThat(text)
        .contains("The graph has no dependency edges, so every service attends only to itself.")
        .contains("No stressor hit a service directly, so no path has a start.")
        .contains("there is only one service, and a rank correlation needs at least two");
  }

  @Test
  void render_awkwardIds_escaped() {
    List<String> services = List.of("a|b", "*c*", "line\nbreak");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("a|b>*c*"),
            Inputs.table(services, new double[][] {{1}, {2}, {3}}),
            List.of("a|b"),
            Inputs.outcomes(services, new double[] {0, 1, 0}, new int[] {0, 1, 0}),
            List.of());

    String text = StructureSection.render(StructuralReasoning.analyse(input, Inputs.settings(3)));

    assertThat(text)
        .contains("a\\|b → \\*c\\*")
        .contains("line break")
        .doesNotContain("line\nbreak");
  }
}
