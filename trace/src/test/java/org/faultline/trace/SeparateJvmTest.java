package org.faultline.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writes the sample run in a second JVM with a German locale and a Latin-1 default charset, and
 * checks that every file has the same bytes as when written in this JVM.
 */
class SeparateJvmTest {

  /**
   * A bound on the wait so that a hung child fails the test instead of the build; not a timing
   * check.
   */
  private static final long CHILD_WAIT_MINUTES = 5;

  @TempDir Path inProcess;

  @TempDir Path childProcess;

  @TempDir Path logs;

  @ParameterizedTest
  @EnumSource(MetricsMode.class)
  void sampleRun_germanLocaleAndLatin1_writesIdenticalBytes(MetricsMode mode) throws Exception {
    SampleRun.write(inProcess, mode);

    Path log = logs.resolve("child.log");
    Process child = startChild(childProcess, mode, log);
    boolean finished = child.waitFor(CHILD_WAIT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      child.destroyForcibly();
    }
    String childOutput = Files.readString(log);

    assertThat(finished).as("child JVM finished").isTrue();
    assertThat(child.exitValue()).as("child exit status; output:%n%s", childOutput).isZero();
    assertThat(TestFiles.list(childProcess)).isEqualTo(TestFiles.list(inProcess));
    for (String name : TestFiles.list(inProcess)) {
      assertThat(childProcess.resolve(name))
          .as(name)
          .hasSameBinaryContentAs(inProcess.resolve(name));
    }
  }

  private static Process startChild(Path directory, MetricsMode mode, Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Duser.language=de",
            "-Duser.country=DE",
            "-Dfile.encoding=ISO-8859-1",
            "-cp",
            System.getProperty("java.class.path"),
            SampleRun.class.getName(),
            directory.toString(),
            mode == MetricsMode.DELTA ? "delta" : "full");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
