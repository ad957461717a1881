package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped from outside (SIGTERM, as Ctrl-C's SIGINT also triggers the JVM's shutdown hooks)
 * removes its staging directory and publishes nothing.
 */
class InterruptedRunTest {

  /** A flood long enough that the run is still writing when it is stopped. */
  private static final String LONG_SCENARIO =
      TestFiles.referenceScenario()
          .replace("horizon: 10", "horizon: 100000000")
          .replace("pulses: 3", "pulses: 1000000")
          .replace("interval: 0", "interval: 1");

  @TempDir Path directory;

  @Test
  void run_terminatedMidway_leavesNothingBehind() throws IOException, InterruptedException {
    TestFiles.write(directory.resolve("long.yaml"), LONG_SCENARIO);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.faultline.cli.Faultline",
                "run",
                "long.yaml",
                "--quiet",
                "--out",
                "results")
            .directory(directory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();

    boolean staged = waitForStagingDirectory(process);
    process.destroy();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    assertThat(staged).as("the run created its staging directory").isTrue();
    assertThat(exited).as("the run stopped within a minute").isTrue();
    assertThat(TestFiles.entries(directory)).containsExactly("long.yaml");
  }

  private boolean waitForStagingDirectory(Process process)
      throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 600 && process.isAlive(); attempt++) {
      try (Stream<Path> entries = Files.list(directory)) {
        List<String> names = entries.map(entry -> entry.getFileName().toString()).toList();
        if (names.stream().anyMatch(name -> name.startsWith(".results.partial-"))) {
          Thread.sleep(500);
          return true;
        }
      }
      Thread.sleep(100);
    }
    return false;
  }
}
