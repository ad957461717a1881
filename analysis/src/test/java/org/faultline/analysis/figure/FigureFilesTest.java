package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureFilesTest {

  @Test
  void pngScale_usualSize_one() {
    assertThat(FigureFiles.pngScale(1200, 800)).isEqualTo(1.0);
  }

  @Test
  void pngScale_hugeGraph_rasterWithinLimit() {
    int width = 3_000;
    int height = 270_000;

    double scale = FigureFiles.pngScale(width, height);

    assertThat(Math.floor(width * scale) * Math.floor(height * scale))
        .isLessThanOrEqualTo(FigureFiles.MAX_PNG_PIXELS);
  }

  @Test
  void pngScale_hugeGraph_rasterNearLimit() {
    double scale = FigureFiles.pngScale(3_000, 270_000);

    assertThat(3_000 * scale * 270_000 * scale).isGreaterThan(0.99 * FigureFiles.MAX_PNG_PIXELS);
  }
}
