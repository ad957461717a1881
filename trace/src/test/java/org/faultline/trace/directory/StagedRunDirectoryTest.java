package org.faultline.trace.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.SampleRun;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedRunDirectoryTest {

  @TempDir Path parent;

  private Path target() {
    return parent.resolve("results");
  }

  /** Publishes the sample run at the target and returns the published files. */
  private Map<String, String> publishSampleRun(MetricsMode mode) {
    try (StagedRunDirectory staged = StagedRunDirectory.create(target())) {
      SampleRun.write(staged.directory(), mode);
      staged.publish();
    }
    return TestFiles.snapshot(target());
  }

  @Test
  void publish_newTarget_movesEveryFileIntoPlace() {
    Map<String, String> published = publishSampleRun(MetricsMode.FULL);

    assertThat(published)
        .containsOnlyKeys(RunFiles.MANIFEST, RunFiles.EVENTS, RunFiles.METRICS, RunFiles.SCENARIO);
    assertThat(TestFiles.list(parent)).containsExactly("results");
  }

  @Test
  void publish_extraFileInStaging_isPublished() {
    try (StagedRunDirectory staged = StagedRunDirectory.create(target())) {
      SampleRun.write(staged.directory(), MetricsMode.FULL);
      TestFiles.write(staged.directory().resolve("failure_analysis.md"), "# Post-mortem\n");
      staged.publish();
    }

    assertThat(TestFiles.read(target().resolve("failure_analysis.md")))
        .isEqualTo("# Post-mortem\n");
  }

  @Test
  void create_stagingDirectory_isHiddenSiblingOfTarget() {
    try (StagedRunDirectory staged = StagedRunDirectory.create(target())) {
      assertThat(staged.directory().getParent()).isEqualTo(parent);
      assertThat(staged.directory().getFileName().toString()).startsWith(".results.partial-");
    }
  }

  @Test
  void close_withoutPublish_deletesStagingAndPublishesNothing() {
    try (StagedRunDirectory staged = StagedRunDirectory.create(target())) {
      SampleRun.write(staged.directory(), MetricsMode.FULL);
    }

    assertThat(TestFiles.list(parent)).isEmpty();
  }

  @Test
  void close_afterFailedRun_keepsEarlierRun() {
    Map<String, String> earlier = publishSampleRun(MetricsMode.FULL);

    assertThatThrownBy(
            () -> {
              try (StagedRunDirectory staged = StagedRunDirectory.create(target())) {
                SampleRun.write(staged.directory(), MetricsMode.DELTA);
                throw new IllegalStateException("the run failed");
              }
            })
        .hasMessage("the run failed");

    assertThat(TestFiles.snapshot(target())).isEqualTo(earlier);
    assertThat(TestFiles.list(parent)).containsExactly("results");
  }

  @Test
  void publish_earlierRun_isReplaced() {
    publishSampleRun(MetricsMode.FULL);

    publishSampleRun(MetricsMode.DELTA);

    assertThat(TestFiles.read(target().resolve(RunFiles.MANIFEST)))
        .contains("\"metrics_mode\": \"delta\"");
    assertThat(TestFiles.list(parent)).containsExactly("results");
  }

  @Test
  void publish_renameFails_restoresEarlierRun() {
    Map<String, String> earlier = publishSampleRun(MetricsMode.FULL);
    FileMover failingIntoTarget =
        (source, destination) -> {
          if (destination.equals(target())
              && source.getFileName().toString().contains(".partial-")) {
            throw new IOException("simulated rename failure");
          }
          FileMover.ATOMIC_WHERE_SUPPORTED.move(source, destination);
        };
    StagedRunDirectory staged = StagedRunDirectory.create(target(), failingIntoTarget);
    SampleRun.write(staged.directory(), MetricsMode.DELTA);

    assertThatThrownBy(staged::publish)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot publish the run at " + target() + ": simulated rename failure");

    assertThat(TestFiles.snapshot(target())).isEqualTo(earlier);
    assertThat(TestFiles.list(parent)).containsExactly("results");
  }

  @Test
  void create_unrelatedDirectory_rejectsAndLeavesItUntouched() throws IOException {
    Files.createDirectory(target());
    TestFiles.write(target().resolve("thesis.tex"), "\\chapter{Floods}\n");

    assertThatThrownBy(() -> StagedRunDirectory.create(target()))
        .isInstanceOf(TargetDirectoryException.class)
        .hasMessage(
            "refusing to replace " + target() + ": it exists and is not a Faultline run directory");

    assertThat(TestFiles.snapshot(target())).containsOnlyKeys("thesis.tex");
    assertThat(TestFiles.list(parent)).containsExactly("results");
  }

  @Test
  void create_directoryWithForeignRunJson_rejects() throws IOException {
    Files.createDirectory(target());
    TestFiles.write(target().resolve(RunFiles.MANIFEST), "{\"format\": \"other-tool/3\"}\n");

    assertThatThrownBy(() -> StagedRunDirectory.create(target()))
        .isInstanceOf(TargetDirectoryException.class)
        .hasMessageEndingWith("it exists and is not a Faultline run directory");
  }

  @Test
  void publish_targetFilledDuringRun_rejects() throws IOException {
    StagedRunDirectory staged = StagedRunDirectory.create(target());
    SampleRun.write(staged.directory(), MetricsMode.FULL);
    Files.createDirectory(target());
    TestFiles.write(target().resolve("notes.txt"), "mine\n");

    assertThatThrownBy(staged::publish).isInstanceOf(TargetDirectoryException.class);

    assertThat(TestFiles.snapshot(target())).containsOnlyKeys("notes.txt");
    assertThat(TestFiles.list(parent)).containsExactly("results");
  }

  @Test
  void publish_emptyDirectoryAtTarget_replacesIt() throws IOException {
    Files.createDirectory(target());

    Map<String, String> published = publishSampleRun(MetricsMode.FULL);

    assertThat(published).containsKey(RunFiles.MANIFEST);
  }

  @Test
  void create_targetIsFile_rejects() {
    TestFiles.write(target(), "not a directory\n");

    assertThatThrownBy(() -> StagedRunDirectory.create(target()))
        .isInstanceOf(TargetDirectoryException.class)
        .hasMessage(
            "refusing to replace " + target() + ": it is a file, not a Faultline run directory");
  }

  @Test
  void create_targetIsSymbolicLink_rejects() throws IOException {
    Path real = Files.createDirectory(parent.resolve("real"));
    Files.createSymbolicLink(target(), real);

    assertThatThrownBy(() -> StagedRunDirectory.create(target()))
        .isInstanceOf(TargetDirectoryException.class)
        .hasMessageContaining("it is a symbolic link");
  }

  @Test
  void create_missingParents_createsThem() {
    Path nested = parent.resolve("a/b/results");

    try (StagedRunDirectory staged = StagedRunDirectory.create(nested)) {
      SampleRun.write(staged.directory(), MetricsMode.FULL);
      staged.publish();
    }

    assertThat(nested.resolve(RunFiles.MANIFEST)).isRegularFile();
  }

  @Test
  void create_parentIsFile_rejectsNamingParent() {
    Path file = TestFiles.write(parent.resolve("file"), "x\n");

    assertThatThrownBy(() -> StagedRunDirectory.create(file.resolve("results")))
        .isInstanceOf(TargetDirectoryException.class)
        .hasMessageStartingWith("cannot create the parent directory " + file);
  }

  @Test
  void create_fileSystemRoot_rejects() {
    Path root = parent.getRoot();

    assertThatThrownBy(() -> StagedRunDirectory.create(root))
        .isInstanceOf(TargetDirectoryException.class)
        .hasMessageContaining("it is the root of the file system");
  }

  @Test
  void publish_twice_throws() {
    try (StagedRunDirectory staged = StagedRunDirectory.create(target())) {
      staged.publish();

      assertThatThrownBy(staged::publish)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the run at " + target() + " was already published");
    }
  }
}
