package org.faultline.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code faultline run} when the post-mortem of a finished run fails with an internal error. */
class RunPostMortemTest {

  @TempDir Path directory;

  /** Creates every command as usual, but gives the run command a post-mortem that fails. */
  private static final CommandLine.IFactory FAILING_POST_MORTEM =
      new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
          K created = CommandLine.defaultFactory().create(type);
          if (created instanceof RunCommand run) {
            run.postMortem =
                runDirectory -> {
                  throw new IllegalStateException("simulated analysis failure");
                };
          }
          return created;
        }
      };

  @Test
  void run_postMortemFails_publishesRunAndExitsOne() {
    Path results = directory.resolve("results");
    StringWriter err = new StringWriter();
    int exitCode =
        Faultline.commandLine(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                FAILING_POST_MORTEM)
            .execute("run", "flood-overload", "--out", results.toString(), "--quiet");

    assertThat(exitCode).isEqualTo(1);
    assertThat(results.resolve("run.json")).isRegularFile();
    assertThat(results.resolve("failure_analysis.md")).doesNotExist();
    assertThat(results.resolve("analysis.json")).doesNotExist();
    assertThat(err.toString())
        .contains(
            "faultline: the post-mortem of "
                + results
                + " failed: java.lang.IllegalStateException: simulated analysis failure");
    assertThat(err.toString()).contains("run 'faultline analyze " + results + "' to write them.");
  }

  @Test
  void run_postMortemFails_leavesNoStagingDirectory() throws Exception {
    Path results = directory.resolve("results");
    Faultline.commandLine(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true),
            FAILING_POST_MORTEM)
        .execute("run", "flood-overload", "--out", results.toString(), "--quiet");

    try (var siblings = Files.list(directory)) {
      assertThat(siblings.map(path -> path.getFileName().toString())).containsExactly("results");
    }
  }
}
