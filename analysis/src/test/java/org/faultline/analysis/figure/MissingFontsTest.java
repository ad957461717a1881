package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulates a JVM without fonts through the font check, so it runs on any machine. */
class MissingFontsTest {

  /** Fails as OpenJDK 17 does on Linux with an empty font directory. */
  private static final FontCheck NO_FONTS =
      () -> {
        throw new InternalError(
            new RuntimeException(
                "Fontconfig head is null, check your fonts or fonts configuration"));
      };

  @TempDir Path dir;

  @Test
  void writeTimeline_noFonts_throwsFontsUnavailable() {
    assertThatThrownBy(() -> Figures.writeTimeline(Samples.timeline(), dir, "timeline", NO_FONTS))
        .isInstanceOf(FontsUnavailableException.class)
        .hasMessageContaining("could not load a font")
        .hasMessageContaining("Fontconfig head is null")
        .hasMessageContaining("fonts-dejavu-core")
        .hasCauseInstanceOf(InternalError.class);
  }

  @Test
  void writeDependencyGraph_noFonts_throwsFontsUnavailable() {
    assertThatThrownBy(
            () ->
                Figures.writeDependencyGraph(
                    Samples.nodes(), Samples.edges(), dir, "graph", NO_FONTS))
        .isInstanceOf(FontsUnavailableException.class)
        .hasMessageContaining("could not load a font");
  }

  @Test
  void writeTimeline_noFonts_writesNothing() throws IOException {
    try {
      Figures.writeTimeline(Samples.timeline(), dir, "timeline", NO_FONTS);
    } catch (FontsUnavailableException expected) {
      // The files written, not the exception, are under test here.
    }

    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void writeTimeline_linkageErrorInFontSystem_throwsFontsUnavailable() {
    FontCheck noLibrary =
        () -> {
          throw new UnsatisfiedLinkError("libfontmanager.so: libfreetype.so.6: cannot open");
        };

    assertThatThrownBy(() -> Figures.writeTimeline(Samples.timeline(), dir, "timeline", noLibrary))
        .isInstanceOf(FontsUnavailableException.class);
  }

  @Test
  void writeTimeline_outOfMemory_passesUnchanged() {
    FontCheck outOfMemory =
        () -> {
          throw new OutOfMemoryError("simulated");
        };

    assertThatThrownBy(
            () -> Figures.writeTimeline(Samples.timeline(), dir, "timeline", outOfMemory))
        .isInstanceOf(OutOfMemoryError.class);
  }
}
