package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid input through {@code faultline run} and {@code faultline validate}, one row per kind of
 * problem. Each call must exit with status 2, name where the problem is (file, line and column
 * where there is one, and the field path) and the offending value on stderr, print no stack trace
 * and nothing on stdout, and leave every file as it was: no run directory, no staging directory,
 * and an earlier run at {@code --out} byte for byte intact.
 *
 * <p>The calls run in this JVM through {@link Faultline#execute}, whose result {@code main} passes
 * to {@code System.exit}. {@link #run_invalidFileInOwnProcess_writesStderrOnly} checks that path
 * once in a real process.
 */
class InvalidInputTest {

  /**
   * A valid scenario; each row breaks one thing in it. Service a is declared on line 4 with its
   * capacity on line 5, service b on line 6 with its capacity on line 7 and dependency on line 8.
   */
  private static final String VALID =
      """
      name: tiny
      horizon: 5
      services:
        - id: a
          capacity: 2.0
        - id: b
          capacity: 1.0
          depends_on: [a]
      """;

  /* The size limit of a scenario file, from docs/scenarios.md. */
  private static final int MAX_FILE_BYTES = 1024 * 1024;

  /* Nesting levels in the too-deep row: more than the limit of 32. */
  private static final int DEEP_LEVELS = 40;

  @TempDir Path directory;

  /**
   * One kind of invalid input.
   *
   * @param kind what is wrong, as the test's display name
   * @param fileName the scenario file written into the test's directory, or null for none
   * @param content the bytes of that file
   * @param scenario the SCENARIO argument, in which {@code {dir}} is the test's directory
   * @param options options after SCENARIO, for {@code run} only
   * @param out the {@code --out} directory inside the test's directory
   * @param where how the problem's line starts, in which {@code {scenario}} is the SCENARIO
   *     argument and {@code {dir}} the test's directory
   * @param offending text that the same line must contain: the offending value where there is one
   * @param runOnly whether the row is an option of {@code run} that {@code validate} does not have
   */
  record InvalidInput(
      String kind,
      String fileName,
      byte[] content,
      String scenario,
      List<String> options,
      String out,
      String where,
      String offending,
      boolean runOnly) {

    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Arguments> invalidInputs() {
    List<Arguments> arguments = new ArrayList<>();
    for (InvalidInput input : rows()) {
      arguments.add(Arguments.of("run", input));
      if (!input.runOnly()) {
        arguments.add(Arguments.of("validate", input));
      }
    }
    return arguments.stream();
  }

  private static List<InvalidInput> rows() {
    return List.of(
        file(
            "malformed YAML",
            replace("capacity: 2.0", "capacity: 2.0: 3"),
            ":5:18: invalid YAML: ",
            "':'"),
        file(
            "unknown key",
            replace("capacity: 2.0", "capacty: 2.0"),
            ":5:5: services[0].capacty: ",
            "'capacty'"),
        file(
            "missing required field",
            replace("    capacity: 1.0\n", ""),
            ":6:5: services[1].capacity: ",
            "missing required key 'capacity'"),
        file(
            "wrong type",
            replace("capacity: 1.0", "capacity: lots"),
            ":7:15: services[1].capacity: ",
            "\"lots\""),
        file(
            "duplicate key",
            replace("horizon: 5\n", "horizon: 5\nhorizon: 6\n"),
            ":3:1: horizon: ",
            "'horizon'"),
        file("duplicate id", replace("id: b", "id: a"), ":6:9: services[1].id: ", "'a'"),
        file(
            "dependency on an unknown service",
            replace("[a]", "[c]"),
            ":8:18: services[1].depends_on[0]: ",
            "'c'"),
        file(
            "dependency on itself",
            replace("[a]", "[b]"),
            ":8:18: services[1].depends_on[0]: ",
            "'b'"),
        file(
            "negative number",
            replace("capacity: 1.0", "capacity: -3"),
            ":7:15: services[1].capacity: ",
            "-3"),
        file(
            "NaN",
            replace("capacity: 1.0", "capacity: .nan"),
            ":7:15: services[1].capacity: ",
            ".nan"),
        file(
            "infinity",
            replace("capacity: 1.0", "capacity: .inf"),
            ":7:15: services[1].capacity: ",
            ".inf"),
        file(
            "anchor and alias",
            replace("capacity: 2.0", "capacity: &c 2.0").replace("capacity: 1.0", "capacity: *c"),
            ":7:15: services[1].capacity: ",
            "'*c'"),
        file("file too large", tooLarge(), ": ", (MAX_FILE_BYTES + 1) + " bytes"),
        file("nesting too deep", tooDeep(), ":38:65: " + tooDeepPath() + ": ", "32 levels"),
        bytesFile(
            "not UTF-8",
            VALID
                .replace("id: a", "id: Straße")
                .replace("[a]", "[Straße]")
                .getBytes(StandardCharsets.ISO_8859_1),
            ":4:13: ",
            "0xDF"),
        file("empty file", "", ": ", "no YAML document found"),
        new InvalidInput(
            "missing file",
            null,
            null,
            "{dir}/absent.yaml",
            List.of(),
            "results",
            "{scenario}: ",
            "file not found",
            false),
        runOption(
            "--set with an unknown path",
            List.of("--set", "services.zz.capacity=3"),
            "--set services.zz.capacity=3: services.zz.capacity: ",
            "'zz'"),
        runOption(
            "--set with an invalid value",
            List.of("--set", "horizon=abc"),
            "--set horizon=abc: horizon: ",
            "\"abc\""),
        new InvalidInput(
            "unknown built-in scenario",
            null,
            null,
            "no-such-scenario",
            List.of(),
            "results",
            "no-such-scenario: ",
            "no built-in scenario has this name",
            true),
        runOption("--metrics bogus", List.of("--metrics", "bogus"), "--metrics: ", "'bogus'"),
        new InvalidInput(
            "--out at a directory that is not a run",
            "tiny.yaml",
            VALID.getBytes(StandardCharsets.UTF_8),
            "{dir}/tiny.yaml",
            List.of(),
            "notes",
            "--out {dir}/notes: ",
            "not a Faultline run directory",
            true));
  }

  @BeforeEach
  void writeEarlierRunAndNotes() throws IOException {
    CommandResult earlier =
        FaultlineCommand.inProcess(
            "run", "flood-overload", "--quiet", "--out", directory.resolve("results").toString());
    assertThat(earlier.exitStatus()).as("earlier run; stderr: %s", earlier.stderrText()).isZero();

    Files.createDirectory(directory.resolve("notes"));
    TestFiles.write(directory.resolve("notes/readme.txt"), "not a run directory\n");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidInputs")
  void command_invalidInput_exits2AndChangesNothing(String command, InvalidInput input)
      throws IOException {
    if (input.fileName() != null) {
      Files.write(directory.resolve(input.fileName()), input.content());
    }
    String scenario = input.scenario().replace("{dir}", directory.toString());
    String expectedStart =
        input.where().replace("{scenario}", scenario).replace("{dir}", directory.toString());
    Path out = directory.resolve(input.out());
    List<String> entriesBefore = TestFiles.entries(directory);
    SortedMap<String, String> outBefore = TestFiles.snapshot(out);

    CommandResult result = FaultlineCommand.inProcess(arguments(command, scenario, input, out));

    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(result.exitStatus())
              .as("%s %s: exit status", command, input)
              .isEqualTo(2);
          softly
              .assertThat(result.stderrLines())
              .as("%s %s: stderr names the place and the value", command, input)
              .anySatisfy(
                  line -> assertThat(line).startsWith(expectedStart).contains(input.offending()));
          softly
              .assertThat(result.stderrText())
              .as("%s %s: stderr without a stack trace", command, input)
              .doesNotContain("Exception")
              .doesNotContainPattern("(?m)^\\s*at [\\w$.]+\\(");
          softly.assertThat(result.stdoutText()).as("%s %s: stdout", command, input).isEmpty();
          softly
              .assertThat(TestFiles.entries(directory))
              .as("%s %s: entries beside --out", command, input)
              .isEqualTo(entriesBefore);
          softly
              .assertThat(TestFiles.snapshot(out))
              .as("%s %s: files under --out", command, input)
              .isEqualTo(outBefore);
        });
  }

  @Test
  void validate_severalProblems_reportsEachOnItsLine() {
    Path file =
        TestFiles.write(
            directory.resolve("several.yaml"),
            """
            name: several
            horizon: -1
            services:
              - id: a
                capacty: 2.0
              - id: a
                capacity: 1.0
              - id: c
                capacity: .nan
              - id: d
                capacity: 1.0
                depends_on: [zz, d]
            """);

    CommandResult result = FaultlineCommand.inProcess("validate", file.toString());

    assertThat(result.stderrLines())
        .satisfiesExactly(
            line -> assertThat(line).startsWith(file + ":2:10: horizon: ").contains("-1"),
            line ->
                assertThat(line)
                    .startsWith(file + ":4:5: services[0].capacity: ")
                    .contains("'capacity'"),
            line ->
                assertThat(line)
                    .startsWith(file + ":5:5: services[0].capacty: ")
                    .contains("'capacty'"),
            line -> assertThat(line).startsWith(file + ":6:9: services[1].id: ").contains("'a'"),
            line ->
                assertThat(line)
                    .startsWith(file + ":9:15: services[2].capacity: ")
                    .contains(".nan"),
            line ->
                assertThat(line)
                    .startsWith(file + ":12:18: services[3].depends_on[0]: ")
                    .contains("'zz'"),
            line ->
                assertThat(line)
                    .startsWith(file + ":12:22: services[3].depends_on[1]: ")
                    .contains("'d'"),
            line -> assertThat(line).isEqualTo("7 problems; nothing was written."));
  }

  @Test
  void run_severalProblems_exitsWithStatus2() {
    Path file =
        TestFiles.write(
            directory.resolve("two.yaml"),
            replace("capacity: 2.0", "capacity: -2").replace("[a]", "[c]"));

    CommandResult result =
        FaultlineCommand.inProcess(
            "run", file.toString(), "--out", directory.resolve("results").toString());

    assertThat(result.exitStatus()).isEqualTo(2);
  }

  @Test
  void run_severalProblems_reportsEachOnItsLine() {
    Path file =
        TestFiles.write(
            directory.resolve("two.yaml"),
            replace("capacity: 2.0", "capacity: -2").replace("[a]", "[c]"));

    CommandResult result =
        FaultlineCommand.inProcess(
            "run", file.toString(), "--out", directory.resolve("results").toString());

    assertThat(result.stderrLines())
        .satisfiesExactly(
            line ->
                assertThat(line).startsWith(file + ":5:15: services[0].capacity: ").contains("-2"),
            line ->
                assertThat(line)
                    .startsWith(file + ":8:18: services[1].depends_on[0]: ")
                    .contains("'c'"),
            line -> assertThat(line).isEqualTo("2 problems; nothing was written."));
  }

  @Test
  void validate_severalFiles_reportsProblemsOfEveryFile() {
    Path negative =
        TestFiles.write(
            directory.resolve("negative.yaml"), replace("capacity: 1.0", "capacity: -3"));
    Path valid = TestFiles.write(directory.resolve("valid.yaml"), VALID);
    Path nan =
        TestFiles.write(directory.resolve("nan.yaml"), replace("capacity: 2.0", "capacity: .nan"));

    CommandResult result =
        FaultlineCommand.inProcess(
            "validate", negative.toString(), valid.toString(), nan.toString());

    assertThat(result.stderrLines())
        .satisfiesExactly(
            line ->
                assertThat(line)
                    .startsWith(negative + ":7:15: services[1].capacity: ")
                    .contains("-3"),
            line ->
                assertThat(line).startsWith(nan + ":5:15: services[0].capacity: ").contains(".nan"),
            line -> assertThat(line).isEqualTo("2 problems; nothing was written."));
  }

  @Test
  void run_invalidFileInOwnProcess_writesStderrOnly() {
    TestFiles.write(directory.resolve("negative.yaml"), replace("capacity: 1.0", "capacity: -3"));

    CommandResult result =
        FaultlineCommand.inSeparateJvm(
            directory, FaultlineCommand.ENGLISH_UTF8, "run", "negative.yaml", "--out", "results");

    SoftAssertions.assertSoftly(
        softly -> {
          softly.assertThat(result.exitStatus()).as("exit status").isEqualTo(2);
          softly
              .assertThat(result.stderrText())
              .as("stderr")
              .isEqualTo(
                  "negative.yaml:7:15: services[1].capacity: invalid value -3: must be a finite number"
                      + " > 0\n");
          softly.assertThat(result.stdoutText()).as("stdout").isEmpty();
        });
  }

  private static String[] arguments(String command, String scenario, InvalidInput input, Path out) {
    List<String> arguments = new ArrayList<>();
    arguments.add(command);
    arguments.add(scenario);
    if (command.equals("run")) {
      arguments.addAll(input.options());
      arguments.add("--out");
      arguments.add(out.toString());
    }
    return arguments.toArray(String[]::new);
  }

  private static InvalidInput file(String kind, String content, String where, String offending) {
    return bytesFile(kind, content.getBytes(StandardCharsets.UTF_8), where, offending);
  }

  private static InvalidInput bytesFile(
      String kind, byte[] content, String where, String offending) {
    String fileName = kind.replaceAll("\\W+", "-") + ".yaml";
    return new InvalidInput(
        kind,
        fileName,
        content,
        "{dir}/" + fileName,
        List.of(),
        "results",
        "{scenario}" + where,
        offending,
        false);
  }

  private static InvalidInput runOption(
      String kind, List<String> options, String where, String offending) {
    return new InvalidInput(
        kind,
        "tiny.yaml",
        VALID.getBytes(StandardCharsets.UTF_8),
        "{dir}/tiny.yaml",
        options,
        "results",
        where,
        offending,
        true);
  }

  private static String replace(String target, String replacement) {
    if (!VALID.contains(target)) {
      throw new IllegalArgumentException("the valid scenario does not contain " + target);
    }
    return VALID.replace(target, replacement);
  }

  /** Returns the valid scenario padded with a comment to one byte over the size limit. */
  private static String tooLarge() {
    int padding = MAX_FILE_BYTES + 1 - VALID.length() - "# \n".length();
    return VALID + "# " + "x".repeat(padding) + "\n";
  }

  /** Returns a scenario whose limits mapping nests {@value #DEEP_LEVELS} levels of keys. */
  private static String tooDeep() {
    StringBuilder text =
        new StringBuilder(
            "name: deep\nhorizon: 5\nservices:\n  - id: a\n    capacity: 1.0\nlimits:\n");
    for (int level = 0; level < DEEP_LEVELS; level++) {
      text.append("  ".repeat(level + 1)).append('k').append(level).append(":\n");
    }
    return text.append("  ".repeat(DEEP_LEVELS + 1)).append("v: 1\n").toString();
  }

  /** Returns the path of the mapping that passes the nesting limit: limits.k0 to limits.k30. */
  private static String tooDeepPath() {
    return "limits"
        + IntStream.rangeClosed(0, 30)
            .mapToObj(level -> ".k" + level)
            .collect(Collectors.joining());
  }
}
