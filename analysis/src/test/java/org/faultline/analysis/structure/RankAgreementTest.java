package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankAgreementTest {

  @Test
  void spearman_oneSwap_isPointEight() {
    Double rho = RankAgreement.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 30, 20, 40});

    assertThat(rho).isCloseTo(0.8, within(1e-15));
  }

  @Test
  void spearman_tiedValues_useMeanRanks() {
    Double rho = RankAgreement.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4});

    /* Ranks 1, 2.5, 2.5, 4 against 1, 2, 3, 4: covariance 4.5, variances 4.5 and 5. */
    assertThat(rho).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-15));
  }

  @Test
  void spearman_reversed_isMinusOne() {
    Double rho = RankAgreement.spearman(new double[] {3, 2, 1}, new double[] {0.1, 0.2, 0.3});

    assertThat(rho).isEqualTo(-1.0);
  }

  @Test
  void spearman_constantSide_isNull() {
    assertThat(RankAgreement.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNull();
    assertThat(RankAgreement.spearman(new double[] {1, 2, 3}, new double[] {0, 0, 0})).isNull();
  }

  @Test
  void spearman_oneValue_isNull() {
    assertThat(RankAgreement.spearman(new double[] {1}, new double[] {2})).isNull();
  }

  @Test
  void averageRanks_ties_shareMeanRank() {
    assertThat(RankAgreement.averageRanks(new double[] {5, 1, 5, 3, 5}))
        .containsExactly(4, 1, 4, 2, 4);
  }

  @Test
  void descendingOrder_ties_inDeclarationOrder() {
    assertThat(RankAgreement.descendingOrder(new double[] {0.2, 0.9, 0.2, 0.9, 0.5}))
        .containsExactly(1, 3, 4, 0, 2);
  }

  @Test
  void topOverlap_twoOfThree_isTwoThirds() {
    double overlap =
        RankAgreement.topOverlap(
            new int[] {4, 0, 2, 1, 3}, new boolean[] {true, true, false, false, true}, 3);

    assertThat(overlap).isEqualTo(2.0 / 3.0);
  }
}
