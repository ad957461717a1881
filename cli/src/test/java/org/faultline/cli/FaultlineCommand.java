package org.faultline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the faultline command as a user does: in a separate JVM, where exit status, stdout, stderr,
 * locale and charset are the process's own, or in this JVM through {@link Faultline#execute}, which
 * {@code main} passes to {@code System.exit}.
 */
final class FaultlineCommand {

  /** JVM options of an English locale with UTF-8 as the default charset. */
  static final List<String> ENGLISH_UTF8 =
      List.of("-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8");

  /** JVM options of a German locale with Latin-1 as the default charset and console charset. */
  static final List<String> GERMAN_LATIN1 =
      List.of(
          "-Duser.language=de",
          "-Duser.country=DE",
          "-Dfile.encoding=ISO-8859-1",
          "-Dsun.stdout.encoding=ISO-8859-1",
          "-Dsun.stderr.encoding=ISO-8859-1");

  /**
   * A bound on the wait so that a hung child fails its test instead of the build; not a timing
   * check.
   */
  private static final long CHILD_WAIT_MINUTES = 2;

  /*
   * C1 only and the serial collector: a run of a small scenario starts faster and takes less of
   * a shared machine. Neither changes results, because Java 17 evaluates floating point strictly.
   */
  private static final List<String> LIGHT_JVM =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /* Options that the java launcher reports on stderr when set in the environment. */
  private static final List<String> LAUNCHER_ENVIRONMENT =
      List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");

  private FaultlineCommand() {}

  /**
   * Runs {@code faultline ARGS} in this JVM, capturing everything written to System.out and
   * System.err while it runs.
   */
  static CommandResult inProcess(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Faultline.execute(args);
      return new CommandResult(status, out.toByteArray(), err.toByteArray());
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  /**
   * Runs {@code faultline ARGS} in a new JVM on this test's class path and waits for it to exit.
   *
   * @param workingDirectory the child's working directory, against which relative paths resolve
   * @param jvmOptions options such as {@link #ENGLISH_UTF8} or {@link #GERMAN_LATIN1}
   * @param args the arguments after {@code faultline}
   */
  static CommandResult inSeparateJvm(
      Path workingDirectory, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(LIGHT_JVM);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Faultline.class.getName());
    command.addAll(List.of(args));
    return run(new ProcessBuilder(command).directory(workingDirectory.toFile()));
  }

  /**
   * Runs an executable such as the launcher script and waits for it to exit.
   *
   * @param workingDirectory the child's working directory
   * @param command the executable and its arguments
   */
  static CommandResult inSeparateProcess(Path workingDirectory, String... command) {
    return run(new ProcessBuilder(command).directory(workingDirectory.toFile()));
  }

  private static CommandResult run(ProcessBuilder builder) {
    LAUNCHER_ENVIRONMENT.forEach(builder.environment()::remove);
    Path stdout = null;
    Path stderr = null;
    try {
      // Files outside the working directory, so that tests listing it see only what the command
      // wrote.
      stdout = Files.createTempFile("faultline-stdout", ".bin");
      stderr = Files.createTempFile("faultline-stderr", ".bin");
      Process child =
          builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
      if (!child.waitFor(CHILD_WAIT_MINUTES, TimeUnit.MINUTES)) {
        child.destroyForcibly().waitFor();
        throw new AssertionError(
            "faultline did not exit within "
                + CHILD_WAIT_MINUTES
                + " minutes: "
                + builder.command()
                + "\nstderr so far:\n"
                + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return new CommandResult(
          child.exitValue(), Files.readAllBytes(stdout), Files.readAllBytes(stderr));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + builder.command(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + builder.command(), e);
    } finally {
      deleteQuietly(stdout);
      deleteQuietly(stderr);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover file in the system's temporary directory does not affect any result.
    }
  }
}
