package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.faultline.analysis.attention.GatEnsemble;
import org.faultline.analysis.attention.GatGraph;
import org.faultline.analysis.attention.GatScores;
import org.junit.jupiter.api.Test;

class StructuralReasoningTest {

  private static final List<String> CHAIN = List.of("a", "b", "c");

  /**
   * Returns the chain a → b → c, where a stressor hits a and only c degrades, with nothing
   * propagating.
   */
  private static StructureInput chain() {
    return new StructureInput(
        CHAIN,
        Inputs.edges("a>b", "b>c"),
        Inputs.table(CHAIN, new double[][] {{0, 5}, {1, 5}, {2, 5}}),
        List.of("a"),
        Inputs.outcomes(CHAIN, new double[] {0, 0, 1}, new int[] {0, 0, 1}),
        List.of());
  }

  @Test
  void analyse_chain_standardizesByHand() {
    StructureResult result = StructuralReasoning.analyse(chain(), Inputs.settings(20));

    FeatureScaling varying = result.features().get(0);
    FeatureScaling constant = result.features().get(1);
    assertThat(varying.mean()).isEqualTo(1.0);
    assertThat(varying.std()).isCloseTo(Math.sqrt(2.0 / 3.0), within(1e-15));
    assertThat(varying.constant()).isFalse();
    assertThat(constant.mean()).isEqualTo(5.0);
    assertThat(constant.std()).isZero();
    assertThat(constant.constant()).isTrue();
  }

  @Test
  void analyse_chain_salienceIsEnsembleOnZScores() {
    StructureResult result = StructuralReasoning.analyse(chain(), Inputs.settings(20));

    double z = 1.0 / Math.sqrt(2.0 / 3.0);
    GatScores expected =
        GatEnsemble.run(
            GatGraph.of(CHAIN, Inputs.edges("a>b", "b>c")),
            new double[][] {{-z, 0}, {0, 0}, {z, 0}},
            42,
            16,
            4,
            8);
    for (int node = 0; node < CHAIN.size(); node++) {
      ServiceSalience service = result.services().get(node);
      assertThat(service.service()).isEqualTo(CHAIN.get(node));
      assertThat(service.salienceMean()).isCloseTo(expected.score(node), within(1e-12));
      assertThat(service.salienceStd()).isCloseTo(expected.scoreStd(node), within(1e-12));
    }
  }

  @Test
  void analyse_chain_edgeAttentionHeadMean() {
    StructureResult result = StructuralReasoning.analyse(chain(), Inputs.settings(20));

    double z = 1.0 / Math.sqrt(2.0 / 3.0);
    GatScores scores =
        GatEnsemble.run(
            GatGraph.of(CHAIN, Inputs.edges("a>b", "b>c")),
            new double[][] {{-z, 0}, {0, 0}, {z, 0}},
            42,
            16,
            4,
            8);
    for (EdgeAttention edge : result.edges()) {
      int index = edge.source().equals("a") ? 0 : 1;
      double mean = 0;
      for (int head = 0; head < 4; head++) {
        mean += scores.attention(1, head, index) / 4;
      }
      assertThat(edge.attention()).as(edge.toString()).isCloseTo(mean, within(1e-12));
      assertThat(edge.uniformShare()).isEqualTo(0.5);
      assertThat(edge.carriedDegradation()).isFalse();
    }
    assertThat(result.edges().get(0).attention())
        .isGreaterThanOrEqualTo(result.edges().get(1).attention());
    assertThat(result.edges()).extracting(EdgeAttention::rank).containsExactly(1, 2);
  }

  @Test
  void analyse_chain_pathToCFollowsChain() {
    StructureResult result = StructuralReasoning.analyse(chain(), Inputs.settings(20));

    DominantPath toC =
        result.paths().stream()
            .filter(path -> path.destination().equals("c"))
            .findFirst()
            .orElseThrow();
    double ab = attention(result, "a", "b");
    double bc = attention(result, "b", "c");
    assertThat(toC.source()).isEqualTo("a");
    assertThat(toC.services()).containsExactly("a", "b", "c");
    assertThat(toC.attentionProduct()).isEqualTo(ab * bc);
    assertThat(toC.toDegraded()).isTrue();
    assertThat(toC.carriedEdgeCount()).isZero();
  }

  @Test
  void analyse_chain_comparisonByHand() {
    StructureResult result = StructuralReasoning.analyse(chain(), Inputs.settings(20));

    Comparison comparison = result.comparison();
    ServiceSalience c = result.services().get(2);
    assertThat(comparison.k()).isEqualTo(1);
    assertThat(comparison.topKOverlap().observed()).isEqualTo(c.salienceRank() == 1 ? 1.0 : 0.0);
    assertThat(comparison.pathAgreement().observed()).isZero();
    assertThat(comparison.carriedPathEdgeCount()).isZero();
    double[] salience =
        result.services().stream().mapToDouble(ServiceSalience::salienceMean).toArray();
    assertThat(comparison.rankCorrelation().observed())
        .isEqualTo(RankAgreement.spearman(salience, new double[] {0, 0, 1}));
  }

  @Test
  void analyse_chainBothDegraded_pathsFixed() {
    StructureInput input =
        new StructureInput(
            CHAIN,
            Inputs.edges("a>b", "b>c"),
            Inputs.table(CHAIN, new double[][] {{0, 1}, {1, 3}, {2, 2}}),
            List.of("a"),
            Inputs.outcomes(CHAIN, new double[] {0, 2, 1}, new int[] {0, 1, 2}),
            Inputs.edges("b>c"));

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(20));

    MetricComparison paths = result.comparison().pathAgreement();
    assertThat(paths.observed()).isEqualTo(0.5);
    assertThat(paths.controlMin()).isEqualTo(0.5);
    assertThat(paths.controlMax()).isEqualTo(0.5);
    assertThat(paths.atLeastAsHighCount()).isEqualTo(20);
    assertThat(paths.pValue()).isEqualTo(1.0);
  }

  @Test
  void analyse_outStar_everyPathIsOneEdge() {
    List<String> services = List.of("hub", "s1", "s2", "s3", "s4");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("hub>s1", "hub>s2", "hub>s3", "hub>s4"),
            Inputs.table(services, new double[][] {{3, 1}, {0, 0}, {2, 1}, {0, 1}, {1, 0}}),
            List.of("hub"),
            Inputs.outcomes(services, new double[] {3, 0, 2, 0, 0}, new int[] {1, 0, 2, 0, 0}),
            Inputs.edges("hub>s2"));

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(20));

    assertThat(result.comparison().k()).isEqualTo(2);
    assertThat(result.edges()).extracting(EdgeAttention::uniformShare).containsOnly(0.5);
    for (DominantPath path : result.paths()) {
      assertThat(path.services()).containsExactly("hub", path.destination());
      assertThat(path.attentionProduct()).isEqualTo(attention(result, "hub", path.destination()));
      assertThat(path.carriedEdgeCount()).isEqualTo(path.destination().equals("s2") ? 1 : 0);
    }
    assertThat(result.paths()).extracting(DominantPath::destination).contains("s2");
    assertThat(result.comparison().pathAgreement().observed())
        .isEqualTo(1.0 / result.paths().size());
  }

  @Test
  void analyse_inStar_fiveWaySplit() {
    List<String> services = List.of("s1", "s2", "s3", "s4", "hub");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("s1>hub", "s2>hub", "s3>hub", "s4>hub"),
            Inputs.table(services, new double[][] {{3}, {0}, {2}, {1}, {5}}),
            List.of("s1"),
            Inputs.outcomes(services, new double[] {1, 0, 0, 0, 2}, new int[] {1, 0, 0, 0, 2}),
            Inputs.edges("s1>hub"));

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(10));

    assertThat(result.edges()).extracting(EdgeAttention::uniformShare).containsOnly(0.2);
    double total = result.edges().stream().mapToDouble(EdgeAttention::attention).sum();
    assertThat(total).isLessThan(1.0);
    assertThat(result.paths())
        .filteredOn(path -> path.destination().equals("hub"))
        .singleElement()
        .extracting(DominantPath::services)
        .isEqualTo(List.of("s1", "hub"));
  }

  @Test
  void analyse_diamondTie_firstDeclaredWins() {
    List<String> services = List.of("a", "c", "b", "d");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("a>b", "a>c", "b>d", "c>d"),
            Inputs.table(services, new double[][] {{1}, {1}, {1}, {1}}),
            List.of("a"),
            Inputs.outcomes(services, new double[] {0, 0, 0, 1}, new int[] {0, 0, 0, 1}),
            List.of());

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(5));

    assertThat(result.paths())
        .filteredOn(path -> path.destination().equals("d"))
        .singleElement()
        .extracting(DominantPath::services)
        .isEqualTo(List.of("a", "c", "d"));
  }

  @Test
  void analyse_sameInputTwice_equalResults() {
    StructureInput input = Inputs.random(new SplittableRandom(3), 7);

    StructureResult first = StructuralReasoning.analyse(input, Inputs.settings(30));
    StructureResult second = StructuralReasoning.analyse(input, Inputs.settings(30));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void analyse_randomInputs_pValuesWithinUnitInterval() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 8; trial++) {
      StructureInput input = Inputs.random(random, random.nextInt(2, 9));

      Comparison comparison = StructuralReasoning.analyse(input, Inputs.settings(25)).comparison();

      for (MetricComparison measure :
          List.of(
              comparison.rankCorrelation(), comparison.topKOverlap(), comparison.pathAgreement())) {
        if (measure.defined()) {
          assertThat(measure.pValue()).as("trial %d %s", trial, measure).isBetween(0.0, 1.0);
          assertThat(measure.pValue()).as("trial %d %s", trial, measure).isPositive();
          assertThat(measure.atLeastAsHighFraction()).isBetween(0.0, 1.0);
          assertThat(measure.controlCount()).isBetween(0, 25);
        } else {
          assertThat(measure.undefinedReason()).as("trial %d", trial).isNotBlank();
        }
      }
    }
  }

  @Test
  void analyse_impactEqualToSalience_beatsControl() {
    StructureInput base = Inputs.random(new SplittableRandom(5), 8);
    StructureResult first = StructuralReasoning.analyse(base, Inputs.settings(100));
    double[] salience =
        first.services().stream().mapToDouble(ServiceSalience::salienceMean).toArray();
    int[] orders = new int[salience.length];
    for (ServiceSalience service : first.services()) {
      orders[base.services().indexOf(service.service())] = service.salienceRank() <= 3 ? 1 : 0;
    }
    StructureInput aligned =
        new StructureInput(
            base.services(),
            base.dependencies(),
            base.features(),
            base.stressorTargets(),
            Inputs.outcomes(base.services(), salience, orders),
            base.propagatedEdges());

    Comparison comparison = StructuralReasoning.analyse(aligned, Inputs.settings(100)).comparison();

    assertThat(comparison.rankCorrelation().observed()).isEqualTo(1.0);
    assertThat(comparison.rankCorrelation().pValue()).isLessThanOrEqualTo(0.05);
    assertThat(comparison.topKOverlap().observed()).isEqualTo(1.0);
    assertThat(comparison.topKOverlap().pValue()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void analyse_oneService_undefinedCorrelationAndNoEdges() {
    List<String> services = List.of("only");
    StructureInput input =
        new StructureInput(
            services,
            List.of(),
            Inputs.table(services, new double[][] {{2.5}}),
            List.of("only"),
            Inputs.outcomes(services, new double[] {1}, new int[] {1}),
            List.of());

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(10));

    assertThat(result.services())
        .singleElement()
        .extracting(ServiceSalience::salienceRank)
        .isEqualTo(1);
    assertThat(result.edges()).isEmpty();
    assertThat(result.paths()).isEmpty();
    assertThat(result.comparison().rankCorrelation().undefinedReason())
        .isEqualTo("there is only one service, and a rank correlation needs at least two");
    assertThat(result.comparison().topKOverlap().observed()).isEqualTo(1.0);
    assertThat(result.comparison().topKOverlap().pValue()).isEqualTo(1.0);
    assertThat(result.comparison().pathAgreement().undefinedReason())
        .startsWith("no dominant path exists");
  }

  @Test
  void analyse_noEdges_pathsUnreachable() {
    List<String> services = List.of("a", "b", "c");
    StructureInput input =
        new StructureInput(
            services,
            List.of(),
            Inputs.table(services, new double[][] {{1}, {2}, {4}}),
            List.of("a"),
            Inputs.outcomes(services, new double[] {1, 0, 2}, new int[] {1, 0, 2}),
            List.of());

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(10));

    assertThat(result.edges()).isEmpty();
    assertThat(result.paths()).isNotEmpty();
    assertThat(result.paths())
        .allSatisfy(
            path -> {
              assertThat(path.services()).isEmpty();
              assertThat(path.attentionProduct()).isZero();
            });
    assertThat(result.comparison().pathAgreement().defined()).isFalse();
  }

  @Test
  void analyse_noDegradedService_overlapAndPathsUndefined() {
    StructureInput input =
        new StructureInput(
            CHAIN,
            Inputs.edges("a>b", "b>c"),
            Inputs.table(CHAIN, new double[][] {{0}, {1}, {2}}),
            List.of("a"),
            Inputs.outcomes(CHAIN, new double[] {0, 0, 0}, new int[] {0, 0, 0}),
            List.of());

    Comparison comparison = StructuralReasoning.analyse(input, Inputs.settings(10)).comparison();

    assertThat(comparison.k()).isEqualTo(1);
    assertThat(comparison.rankCorrelation().undefinedReason())
        .isEqualTo(
            "every service has the same observed impact, so there is no ranking to compare with");
    assertThat(comparison.topKOverlap().undefinedReason())
        .isEqualTo("no service degraded, so no most salient service can match a degraded one");
    assertThat(comparison.pathAgreement().undefinedReason())
        .isEqualTo("no service degraded, so no edge carried degradation");
    assertThat(comparison.topKOverlap().pValue()).isNull();
  }

  @Test
  void analyse_allFeaturesConstant_uniformLens() {
    List<String> services = List.of("a", "b", "c", "d");
    StructureInput input =
        new StructureInput(
            services,
            Inputs.edges("a>b", "a>c", "c>d", "b>d"),
            Inputs.table(services, new double[][] {{1, 0}, {1, 0}, {1, 0}, {1, 0}}),
            List.of("a"),
            Inputs.outcomes(services, new double[] {1, 0, 2, 3}, new int[] {1, 0, 2, 3}),
            Inputs.edges("a>c", "c>d"));

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(10));

    assertThat(result.allFeaturesConstant()).isTrue();
    assertThat(result.services()).extracting(ServiceSalience::salienceMean).containsOnly(0.5);
    assertThat(result.services()).extracting(ServiceSalience::salienceStd).containsOnly(0.0);
    assertThat(result.edges())
        .allSatisfy(
            edge -> assertThat(edge.attention()).isCloseTo(edge.uniformShare(), within(1e-15)));
    assertThat(result.comparison().rankCorrelation().undefinedReason())
        .isEqualTo("every service has the same salience, so salience ranks nothing");
  }

  @Test
  void analyse_noStressorTarget_noPaths() {
    StructureInput input =
        new StructureInput(
            CHAIN,
            Inputs.edges("a>b", "b>c"),
            Inputs.table(CHAIN, new double[][] {{0}, {1}, {2}}),
            List.of(),
            Inputs.outcomes(CHAIN, new double[] {0, 1, 2}, new int[] {0, 1, 2}),
            List.of());

    StructureResult result = StructuralReasoning.analyse(input, Inputs.settings(10));

    assertThat(result.paths()).isEmpty();
    assertThat(result.comparison().pathAgreement().undefinedReason())
        .isEqualTo("no stressor hit a service directly, so no path has a start");
  }

  private static double attention(StructureResult result, String source, String target) {
    return result.edges().stream()
        .filter(edge -> edge.source().equals(source) && edge.target().equals(target))
        .findFirst()
        .orElseThrow()
        .attention();
  }
}
