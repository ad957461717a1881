package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineFileTest {

  @TempDir Path dir;

  @BeforeAll
  static void requireFonts() {
    Fonts.assumeAvailable();
  }

  @Test
  void writeTimeline_validFigure_returnsPngAndSvgNames() throws IOException {
    List<Path> written = Figures.writeTimeline(Samples.timeline(), dir, "timeline");

    assertThat(written).containsExactly(Path.of("timeline.png"), Path.of("timeline.svg"));
  }

  @Test
  void writeTimeline_validFigure_pngDecodesAt1200By800() throws IOException {
    Figures.writeTimeline(Samples.timeline(), dir, "timeline");

    BufferedImage image = ImageIO.read(dir.resolve("timeline.png").toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
  }

  @Test
  void writeTimeline_validFigure_svgContainsEveryServiceId() throws IOException {
    Figures.writeTimeline(Samples.timeline(), dir, "timeline");

    assertThat(SvgFiles.texts(dir.resolve("timeline.svg"))).containsAll(Samples.SERVICES);
  }

  /** The rotated labels "stress" and "resource" are outlines, not text; JFreeChart draws so. */
  @Test
  void writeTimeline_validFigure_svgContainsEveryLabel() throws IOException {
    Figures.writeTimeline(Samples.timeline(), dir, "timeline");

    assertThat(SvgFiles.texts(dir.resolve("timeline.svg")))
        .contains(
            "Flood & heat <test>",
            "time (minute)",
            "environment:flood",
            "outage:\"grid\" <north>",
            "policy:central intervenes",
            "policy:Ærø & co");
  }

  @Test
  void writeTimeline_sameInput_identicalSvgBytes() throws IOException {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));

    Figures.writeTimeline(Samples.timeline(), first, "timeline");
    Figures.writeTimeline(Samples.timeline(), second, "timeline");

    assertThat(Files.readAllBytes(second.resolve("timeline.svg")))
        .isEqualTo(Files.readAllBytes(first.resolve("timeline.svg")));
  }

  @Test
  void writeTimeline_sameInput_identicalPngBytes() throws IOException {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));

    Figures.writeTimeline(Samples.timeline(), first, "timeline");
    Figures.writeTimeline(Samples.timeline(), second, "timeline");

    assertThat(Files.readAllBytes(second.resolve("timeline.png")))
        .isEqualTo(Files.readAllBytes(first.resolve("timeline.png")));
  }

  @Test
  void writeTimeline_existingFiles_replacedWithoutTemporaryFiles() throws IOException {
    Files.writeString(dir.resolve("timeline.svg"), "old");

    Figures.writeTimeline(Samples.timeline(), dir, "timeline");

    try (var files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("timeline.png", "timeline.svg");
    }
  }

  @Test
  void writeTimeline_noSeriesNoMarkers_writesBothFiles() throws IOException {
    TimelineFigure empty = new TimelineFigure("empty", "hour", 0, List.of(), List.of(), List.of());

    Figures.writeTimeline(empty, dir, "empty");

    assertThat(SvgFiles.texts(dir.resolve("empty.svg"))).contains("time (hour)");
  }

  @Test
  void writeTimeline_controlCharacterInId_svgStillParses() throws IOException {
    ServiceSeries bell =
        new ServiceSeries(
            "bell\u0007", new long[] {0, 5}, new double[] {0, 1}, new double[] {1, 0});
    TimelineFigure figure =
        new TimelineFigure("t", "minute", 10, List.of(bell), List.of(), List.of());

    Figures.writeTimeline(figure, dir, "timeline");

    assertThat(SvgFiles.texts(dir.resolve("timeline.svg"))).contains("bell\uFFFD");
  }
}
