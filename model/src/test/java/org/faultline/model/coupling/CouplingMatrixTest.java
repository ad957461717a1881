package org.faultline.model.coupling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

class CouplingMatrixTest {

  /*
   * The two-sector example of Haimes and Jiang (2001), "Leontief-based model of risk in complex
   * interconnected infrastructures", Journal of Infrastructure Systems 7(1): A* = [[0, 0.8],
   * [0.2, 0]] and c* = [0, 0.6] give q = (I − A*)⁻¹·c* = (0.48 / 0.84, 0.6 / 0.84).
   */
  private static final double[][] HAIMES_JIANG = {{0, 0.8}, {0.2, 0}};
  private static final double[] HAIMES_JIANG_PERTURBATION = {0, 0.6};

  private static CouplingMatrix twoSectors(double recoveryRate) {
    return new CouplingMatrix(
        List.of("a", "b"), HAIMES_JIANG, new double[] {recoveryRate, recoveryRate});
  }

  @Test
  void equilibrium_haimesJiangExample_matchesPublishedValues() {
    double[] q = twoSectors(1.0).equilibrium(HAIMES_JIANG_PERTURBATION);

    assertThat(q[0]).isCloseTo(0.571429, within(1e-6));
    assertThat(q[1]).isCloseTo(0.714286, within(1e-6));
  }

  @Test
  void step_haimesJiangExample_followsHandComputedTrajectory() {
    // k = 0.5, q(0) = 0:
    // q(1) = 0.5·(A*·0 + c*) = (0, 0.3)
    // q(2) = (0, 0.3) + 0.5·((0.24, 0) + (0, 0.6) − (0, 0.3)) = (0.12, 0.45)
    // q(3) = (0.12, 0.45) + 0.5·((0.36, 0.024) + (0, 0.6) − (0.12, 0.45)) = (0.24, 0.537)
    CouplingMatrix matrix = twoSectors(0.5);
    double[] q = {0, 0};
    double[][] expected = {{0, 0.3}, {0.12, 0.45}, {0.24, 0.537}};

    for (double[] tick : expected) {
      double[] next = new double[2];
      matrix.step(q, HAIMES_JIANG_PERTURBATION, next);
      assertThat(next[0]).isCloseTo(tick[0], within(1e-12));
      assertThat(next[1]).isCloseTo(tick[1], within(1e-12));
      q = next;
    }
  }

  @Test
  void step_constantPerturbation_settlesAtEquilibrium() {
    CouplingMatrix matrix = twoSectors(0.5);
    double[] q = {0, 0};
    for (int tick = 0; tick < 200; tick++) {
      double[] next = new double[2];
      matrix.step(q, HAIMES_JIANG_PERTURBATION, next);
      q = next;
    }

    double[] equilibrium = matrix.equilibrium(HAIMES_JIANG_PERTURBATION);
    assertThat(q[0]).isCloseTo(equilibrium[0], within(1e-12));
    assertThat(q[1]).isCloseTo(equilibrium[1], within(1e-12));
  }

  @Test
  void step_largePerturbation_clipsAtOne() {
    CouplingMatrix matrix =
        new CouplingMatrix(List.of("a", "b"), new double[][] {{0, 1}, {1, 0}}, new double[] {1, 1});
    double[] next = new double[2];

    matrix.step(new double[] {0.9, 0.9}, new double[] {0.5, 0}, next);

    assertThat(next).containsExactly(1.0, 0.9);
  }

  @Test
  void equilibrium_beyondOne_clipped() {
    CouplingMatrix matrix = twoSectors(1.0);

    double[] q = matrix.equilibrium(new double[] {1.0, 1.0});

    assertThat(q).containsExactly(1.0, 1.0);
  }

  @Test
  void spectralRadius_haimesJiangExample_isSquareRootOfProduct() {
    assertThat(twoSectors(1.0).spectralRadius()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void spectralRadius_fullCoupledCycle_isOne() {
    CouplingMatrix matrix =
        new CouplingMatrix(List.of("a", "b"), new double[][] {{0, 1}, {1, 0}}, new double[] {1, 1});

    assertThat(matrix.spectralRadius()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void cycles_twoCyclesAndAChain_listsEachCycleInDeclarationOrder() {
    // d → a → b → a forms {a, b}; c → e → c forms {c, e}; d alone and f with self-coupling.
    double[][] coupling = new double[6][6];
    coupling[0][1] = 0.5;
    coupling[1][0] = 0.5;
    coupling[3][0] = 0.5;
    coupling[4][2] = 0.5;
    coupling[2][4] = 0.5;
    coupling[5][5] = 0.2;
    CouplingMatrix matrix =
        new CouplingMatrix(
            List.of("a", "b", "c", "d", "e", "f"), coupling, new double[] {1, 1, 1, 1, 1, 1});

    assertThat(matrix.cycles()).containsExactly(List.of("a", "b"), List.of("c", "e"), List.of("f"));
  }

  @Test
  void cycles_zeroCoupling_noEdge() {
    CouplingMatrix matrix =
        new CouplingMatrix(
            List.of("a", "b"), new double[][] {{0, 0}, {0.5, 0}}, new double[] {1, 1});

    assertThat(matrix.cycles()).isEmpty();
  }

  @Test
  void of_services_takesCouplingsSelfCouplingAndRates() {
    List<ServiceSpec> services =
        List.of(
            service(
                "power",
                List.of(new Dependency("water", 0.4)),
                new Inoperability(0.25, 0.1, 0.3, 0.7)),
            service("water", List.of(Dependency.on("power")), Inoperability.defaults()));

    CouplingMatrix matrix = CouplingMatrix.of(services);

    assertThat(matrix.coupling(0, 1)).isEqualTo(0.4);
    assertThat(matrix.coupling(0, 0)).isEqualTo(0.1);
    assertThat(matrix.coupling(1, 0)).isEqualTo(Dependency.DEFAULT_COUPLING);
    assertThat(matrix.recoveryRate(0)).isEqualTo(0.25);
    assertThat(matrix.recoveryRate(1)).isEqualTo(Inoperability.DEFAULT_RECOVERY_RATE);
  }

  @Test
  void constructor_couplingAboveOne_rejectedNamingServices() {
    assertThatThrownBy(
            () ->
                new CouplingMatrix(
                    List.of("a", "b"), new double[][] {{0, 1.5}, {0, 0}}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coupling of a to b must be between 0 and 1, got 1.5");
  }

  @Test
  void constructor_zeroRecoveryRate_rejected() {
    assertThatThrownBy(
            () -> new CouplingMatrix(List.of("a"), new double[][] {{0}}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recovery rate of a");
  }

  @Test
  void cyclesWithRadiusAtLeast_twoCycles_namesOnlyTheSaturatingOne() {
    CouplingMatrix matrix =
        new CouplingMatrix(
            List.of("a", "b", "c", "d"),
            new double[][] {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 0, 0.5}, {0, 0, 0.5, 0}},
            new double[] {1, 1, 1, 1});

    assertThat(matrix.cycles()).containsExactly(List.of("a", "b"), List.of("c", "d"));
    assertThat(matrix.cyclesWithRadiusAtLeast(1 - 1e-9)).containsExactly(List.of("a", "b"));
    assertThat(matrix.spectralRadius()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static ServiceSpec service(
      String id, List<Dependency> dependencies, Inoperability inoperability) {
    return new ServiceSpec(id, 1.0, 1.0, dependencies, 1.0, 0.0, inoperability, Backlog.defaults());
  }
}
