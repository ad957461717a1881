package org.faultline.trace.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.faultline.trace.SampleRun;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

  @TempDir Path directory;

  @Test
  void read_writtenManifest_equalsOriginal() {
    RunManifest written = SampleRun.write(directory, MetricsMode.DELTA);

    assertThat(ManifestReader.read(directory.resolve(RunFiles.MANIFEST))).isEqualTo(written);
  }

  @Test
  void read_severalProblems_reportsEachWithItsLine() {
    SampleRun.write(directory, MetricsMode.FULL);
    Path file = directory.resolve(RunFiles.MANIFEST);
    String text =
        TestFiles.read(file)
            .replace("\"seed\": 42", "\"seed\": \"forty-two\"")
            .replace("\"metrics_mode\": \"full\"", "\"metrics_mode\": \"partial\"")
            .replace("\"executed\": 5,\n", "");
    TestFiles.write(file, text);

    MalformedRunFileException error =
        catchThrowableOfType(MalformedRunFileException.class, () -> ManifestReader.read(file));

    assertThat(error.problems())
        .containsExactly(
            file + ":9: \"seed\" must be a whole number, found \"forty-two\"",
            file + ":12: \"metrics_mode\" must be \"full\" or \"delta\", found \"partial\"",
            file + ":23: missing \"counts.executed\"");
  }

  @Test
  void read_laterFormatVersion_reportsUnsupportedFormat() {
    SampleRun.write(directory, MetricsMode.FULL);
    Path file = directory.resolve(RunFiles.MANIFEST);
    TestFiles.write(file, TestFiles.read(file).replace("faultline-run/1", "faultline-run/2"));

    assertThatThrownBy(() -> ManifestReader.read(file))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(
            file
                + ":2: unsupported format \"faultline-run/2\"; this version of Faultline reads faultline-run/1");
  }

  @Test
  void read_invalidJson_reportsLineAndColumn() {
    Path file =
        TestFiles.write(
            directory.resolve(RunFiles.MANIFEST),
            "{\n  \"format\": \"faultline-run/1\",\n  \"seed\": ]\n}\n");

    assertThatThrownBy(() -> ManifestReader.read(file))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageStartingWith(file + ":3:11: invalid JSON: ");
  }

  @Test
  void read_badFingerprint_reportsExpectedForm() {
    SampleRun.write(directory, MetricsMode.FULL);
    Path file = directory.resolve(RunFiles.MANIFEST);
    TestFiles.write(file, TestFiles.read(file).replace("\"sha256:", "\"md5:"));

    assertThatThrownBy(() -> ManifestReader.read(file))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(
            file
                + ":28: \"fingerprint\" must be \"sha256:\" followed by 64 lowercase hexadecimal digits, found \"md5:"
                + TestFiles.read(file).split("md5:")[1].substring(0, 64)
                + "\"");
  }
}
