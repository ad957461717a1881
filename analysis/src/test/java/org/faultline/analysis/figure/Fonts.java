package org.faultline.analysis.figure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips rendering tests on a machine where the JVM cannot load a font. */
final class Fonts {

  private Fonts() {}

  static void assumeAvailable() {
    assumeTrue(
        available(),
        "the JVM cannot load a font here; rendering needs fontconfig and a"
            + " font, such as the Debian packages libfontconfig1 and fonts-dejavu-core");
  }

  private static boolean available() {
    try {
      FontCheck.SYSTEM.run();
      return true;
    } catch (RuntimeException | Error e) {
      return false;
    }
  }
}
