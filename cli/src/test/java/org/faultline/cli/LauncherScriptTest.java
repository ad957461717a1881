package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A smoke test of the launcher script {@code ./faultline} at the root of the repository. The script
 * builds the jar with Maven when the jar is missing or older than a source, and a test must never
 * start a Maven build, so the test runs only when {@code cli/target/faultline.jar} is newer than
 * every source, resource and POM, by the same rule as the script.
 */
class LauncherScriptTest {

  @Test
  void launcher_freshJar_printsVersion() {
    Path root = repositoryRoot();
    Path jar = root.resolve("cli/target/faultline.jar");
    Assumptions.assumeTrue(
        Files.isRegularFile(jar), "no jar at " + jar + "; run ./mvnw package first");
    Optional<Path> newer = sourceNewerThan(root, jar);
    Assumptions.assumeTrue(
        newer.isEmpty(),
        () -> "the jar is older than " + newer.orElseThrow() + "; the script would rebuild it");

    CommandResult result =
        FaultlineCommand.inSeparateProcess(root, root.resolve("faultline").toString(), "--version");

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
    assertThat(result.stdoutText().lines().findFirst()).hasValue("faultline 0.1.0");
  }

  /** Returns the nearest directory at or above the working directory that contains mvnw. */
  private static Path repositoryRoot() {
    Path directory = Path.of("").toAbsolutePath();
    while (directory != null) {
      if (Files.isRegularFile(directory.resolve("mvnw"))) {
        return directory;
      }
      directory = directory.getParent();
    }
    throw new IllegalStateException(
        "no directory above " + Path.of("").toAbsolutePath() + " contains mvnw");
  }

  /**
   * Returns a POM or a file under a {@code src/main} directory that is newer than the jar, skipping
   * {@code .git} and every {@code target} directory, as the script's find command does.
   */
  private static Optional<Path> sourceNewerThan(Path root, Path jar) {
    try {
      FileTime built = Files.getLastModifiedTime(jar);
      Path[] found = new Path[1];
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(
                Path directory, BasicFileAttributes attributes) {
              String name =
                  directory.getFileName() == null ? "" : directory.getFileName().toString();
              boolean skipped =
                  !directory.equals(root) && (name.equals(".git") || name.equals("target"));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              boolean source =
                  file.getFileName().toString().equals("pom.xml")
                      || root.relativize(file).toString().replace('\\', '/').contains("src/main/");
              if (source && attributes.lastModifiedTime().compareTo(built) > 0) {
                found[0] = file;
                return FileVisitResult.TERMINATE;
              }
              return FileVisitResult.CONTINUE;
            }
          });
      return Optional.ofNullable(found[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot compare the sources under " + root + " with " + jar, e);
    }
  }
}
