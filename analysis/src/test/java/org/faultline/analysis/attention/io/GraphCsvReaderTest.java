package org.faultline.analysis.attention.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.analysis.attention.DirectedEdge;
import org.faultline.analysis.attention.GatGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GraphCsvReaderTest {

  private static final String EDGES = "source,target\npower,water\n";
  private static final String FEATURES = "node,stress\npower,0.5\nwater,0.25\n";
  private static final String FEATURES_HINT =
      "expected \"node\" followed by the feature names, such as \"node,peak_stress,failed\"";
  private static final String NUMBER_HINT =
      "expected a finite decimal number such as 0.25, -3 or 1e-3";

  @TempDir Path dir;

  private Path edges() {
    return dir.resolve("edges.csv");
  }

  private Path features() {
    return dir.resolve("features.csv");
  }

  private List<String> problemsOf(String edgesText, String featuresText) throws IOException {
    Files.writeString(edges(), edgesText, StandardCharsets.UTF_8);
    Files.writeString(features(), featuresText, StandardCharsets.UTF_8);
    return catchThrowableOfType(
            GatInputException.class, () -> GraphCsvReader.read(edges(), features()))
        .problems();
  }

  /** Replaces {edges} and {features} in an expected message by the paths of the test files. */
  private List<String> expand(List<String> messages) {
    return messages.stream()
        .map(
            m ->
                m.replace("{edges}", edges().toString())
                    .replace("{features}", features().toString()))
        .toList();
  }

  @Test
  void read_quotedAndNonAsciiIds_keptExactly() throws IOException {
    Files.writeString(
        edges(),
        "\uFEFFsource,target\r\n"
            + "\"water, north\",\"say \"\"hi\"\"\"\r\n"
            + "\r\n"
            + "Kraftwerk Süd,\"water, north\"\r\n"
            + "電力,電力\r\n"
            + "Kraftwerk Süd,\"water, north\"\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        features(),
        "node,peak_stress,failed\n"
            + "Kraftwerk Süd,0.9,1\n"
            + "\"water, north\",-3,0\n"
            + "\"say \"\"hi\"\"\",1e-3,0\n"
            + "電力,.5,+2\n"
            + "\"line\nbreak\",7.,0\n",
        StandardCharsets.UTF_8);

    GatInput input = GraphCsvReader.read(edges(), features());

    GatGraph graph = input.graph();
    assertThat(graph.nodeIds())
        .containsExactly("Kraftwerk Süd", "water, north", "say \"hi\"", "電力", "line\nbreak");
    assertThat(graph.edges().subList(0, graph.inputEdgeCount()))
        .containsExactly(
            new DirectedEdge("water, north", "say \"hi\""),
            new DirectedEdge("Kraftwerk Süd", "water, north"),
            new DirectedEdge("Kraftwerk Süd", "water, north"));
    assertThat(graph.removedSelfLoopCount()).isEqualTo(1);
    assertThat(input.featureNames()).containsExactly("peak_stress", "failed");
    assertThat(input.features())
        .isDeepEqualTo(new double[][] {{0.9, 1}, {-3, 0}, {1e-3, 0}, {0.5, 2}, {7, 0}});
  }

  @Test
  void read_headerOnlyEdges_selfLoopsOnly() throws IOException {
    Files.writeString(edges(), "source,target\n", StandardCharsets.UTF_8);
    Files.writeString(features(), FEATURES, StandardCharsets.UTF_8);

    GatGraph graph = GraphCsvReader.read(edges(), features()).graph();

    assertThat(graph.inputEdgeCount()).isZero();
    assertThat(graph.edgeCount()).isEqualTo(2);
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(
            "edges file empty",
            "",
            FEATURES,
            List.of("{edges}: line 1: missing header; expected \"source,target\"")),
        Arguments.of(
            "edges header wrong",
            "src,dst\npower,water\n",
            FEATURES,
            List.of("{edges}: line 1: header is \"src,dst\"; expected \"source,target\"")),
        Arguments.of(
            "edges row with three fields",
            "source,target\npower,water,x\n",
            FEATURES,
            List.of("{edges}: line 2: 3 fields; expected 2 (source,target)")),
        Arguments.of(
            "edges row with one field",
            "source,target\n\npower\n",
            FEATURES,
            List.of("{edges}: line 3: 1 field; expected 2 (source,target)")),
        Arguments.of(
            "edge source empty",
            "source,target\n,water\n",
            FEATURES,
            List.of(
                "{edges}: line 2, column \"source\": empty node id; every edge needs a non-empty"
                    + " source and target")),
        Arguments.of(
            "edge node not in features",
            "source,target\npower,cache\ncache,water\n",
            FEATURES,
            List.of(
                "{edges}: line 2, column \"target\": node \"cache\" is not in {features} (it"
                    + " occurs 2 times in this file); add a row for it to {features} or remove"
                    + " its edges")),
        Arguments.of(
            "edge node differs by a space",
            "source,target\npower, water\n",
            FEATURES,
            List.of(
                "{edges}: line 2, column \"target\": node \" water\" is not in {features};"
                    + " add a row for it to {features} or remove its edges")),
        Arguments.of(
            "edges quote unclosed",
            "source,target\n\"power,water\n",
            FEATURES,
            List.of(
                "{edges}: invalid CSV: Unclosed quoted field at end of input (record starting at"
                    + " line 2); enclose a field that contains a comma, double quote or line break"
                    + " in double quotes, and double every double quote inside it")),
        Arguments.of(
            "features file empty",
            EDGES,
            "",
            List.of("{features}: line 1: missing header; " + FEATURES_HINT)),
        Arguments.of(
            "features header without node",
            EDGES,
            "id,stress\npower,1\nwater,2\n",
            List.of("{features}: line 1: header starts with \"id\"; " + FEATURES_HINT)),
        Arguments.of(
            "features header without features",
            EDGES,
            "node\npower\nwater\n",
            List.of("{features}: line 1: header has no feature columns; " + FEATURES_HINT)),
        Arguments.of(
            "feature name repeated",
            EDGES,
            "node,stress,stress\npower,1,2\n",
            List.of(
                "{features}: line 1: header columns 2 and 3 are both named \"stress\";"
                    + " column names must be unique")),
        Arguments.of(
            "feature named node",
            EDGES,
            "node,node\npower,1\n",
            List.of(
                "{features}: line 1: header columns 1 and 2 are both named \"node\";"
                    + " column names must be unique")),
        Arguments.of(
            "feature name empty",
            EDGES,
            "node,,load\npower,1,2\n",
            List.of(
                "{features}: line 1: header column 2 is empty; give every feature column a"
                    + " name")),
        Arguments.of(
            "features without rows",
            EDGES,
            "node,stress\n",
            List.of("{features}: no node rows after the header; add one row per node")),
        Arguments.of(
            "features row with three fields",
            EDGES,
            "node,stress\npower,0.5,1\nwater,0.25\n",
            List.of("{features}: line 2: 3 fields; expected 2 (node,stress)")),
        Arguments.of(
            "node id empty",
            EDGES,
            "node,stress\n,0.5\npower,0.5\nwater,1\n",
            List.of(
                "{features}: line 2, column \"node\": empty node id; every row needs a"
                    + " non-empty node id")),
        Arguments.of(
            "node repeated",
            EDGES,
            "node,stress\npower,0.5\nwater,1\npower,2\n",
            List.of(
                "{features}: line 4, column \"node\": duplicate node \"power\", first listed"
                    + " on line 2; list each node once")),
        Arguments.of(
            "feature not a number",
            EDGES,
            "node,stress\npower,abc\nwater,1\n",
            List.of(
                "{features}: line 2, column \"stress\": \"abc\" is not a number; " + NUMBER_HINT)),
        Arguments.of(
            "feature with spaces",
            EDGES,
            "node,stress\npower, 0.5\nwater,1\n",
            List.of(
                "{features}: line 2, column \"stress\": \" 0.5\" is not a number; " + NUMBER_HINT)),
        Arguments.of(
            "feature in hexadecimal",
            EDGES,
            "node,stress\npower,0x1p3\nwater,1\n",
            List.of(
                "{features}: line 2, column \"stress\": \"0x1p3\" is not a number; "
                    + NUMBER_HINT)),
        Arguments.of(
            "feature NaN",
            EDGES,
            "node,stress\npower,NaN\nwater,1\n",
            List.of(
                "{features}: line 2, column \"stress\": \"NaN\" is not a finite number; "
                    + NUMBER_HINT)),
        Arguments.of(
            "feature minus infinity",
            EDGES,
            "node,stress\npower,-inf\nwater,1\n",
            List.of(
                "{features}: line 2, column \"stress\": \"-inf\" is not a finite number; "
                    + NUMBER_HINT)),
        Arguments.of(
            "feature beyond double range",
            EDGES,
            "node,stress\npower,1e400\nwater,1\n",
            List.of(
                "{features}: line 2, column \"stress\": \"1e400\" is too large for a double;"
                    + " expected a magnitude below 1.7e308")),
        Arguments.of(
            "feature missing",
            EDGES,
            "node,stress\npower,\nwater,1\n",
            List.of("{features}: line 2, column \"stress\": missing value; " + NUMBER_HINT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void read_badInput_reportsProblem(
      String description, String edgesText, String featuresText, List<String> expected)
      throws IOException {
    List<String> problems = problemsOf(edgesText, featuresText);

    assertThat(problems).containsExactlyElementsOf(expand(expected));
  }

  @Test
  void read_problemsInBothFiles_allReported() throws IOException {
    List<String> problems =
        problemsOf(
            "source,target\npower,water\n,water\npower,cache\n",
            "node,stress,load\npower,x,1\nwater,1\npower,1,2\n");

    assertThat(problems)
        .containsExactlyElementsOf(
            expand(
                List.of(
                    "{features}: line 2, column \"stress\": \"x\" is not a number; " + NUMBER_HINT,
                    "{features}: line 3: 2 fields; expected 3 (node,stress,load)",
                    "{features}: line 4, column \"node\": duplicate node \"power\", first listed on line 2;"
                        + " list each node once",
                    "{edges}: line 3, column \"source\": empty node id; every edge needs a non-empty source"
                        + " and target",
                    "{edges}: line 4, column \"target\": node \"cache\" is not in {features}; add a row for"
                        + " it to {features} or remove its edges")));
  }

  @Test
  void read_missingFiles_reportsBoth() {
    GatInputException e =
        catchThrowableOfType(
            GatInputException.class, () -> GraphCsvReader.read(edges(), features()));

    assertThat(e.problems())
        .containsExactlyElementsOf(
            expand(
                List.of(
                    "{features}: file not found; check the path",
                    "{edges}: file not found; check the path")));
  }

  @Test
  void read_invalidUtf8_reportsEncoding() throws IOException {
    Files.writeString(edges(), EDGES, StandardCharsets.UTF_8);
    Files.write(
        features(), "node,stress\nKraftwerk S\u00fcd,1\n".getBytes(StandardCharsets.ISO_8859_1));

    GatInputException e =
        catchThrowableOfType(
            GatInputException.class, () -> GraphCsvReader.read(edges(), features()));

    assertThat(e.problems())
        .containsExactlyElementsOf(
            expand(List.of("{features}: not valid UTF-8 text; save the file as UTF-8")));
  }

  @Test
  void read_directoryAsFile_reportsUnreadable() throws IOException {
    Files.createDirectory(edges());
    Files.writeString(features(), FEATURES, StandardCharsets.UTF_8);

    GatInputException e =
        catchThrowableOfType(
            GatInputException.class, () -> GraphCsvReader.read(edges(), features()));

    assertThat(e.problems()).singleElement().asString().startsWith(edges() + ": cannot be read (");
  }

  @Test
  void exception_message_listsEveryProblem() throws IOException {
    Files.writeString(edges(), "", StandardCharsets.UTF_8);
    Files.writeString(features(), "", StandardCharsets.UTF_8);

    GatInputException e =
        catchThrowableOfType(
            GatInputException.class, () -> GraphCsvReader.read(edges(), features()));

    assertThat(e.getMessage())
        .isEqualTo(
            "invalid graph attention input, 2 problems:\n"
                + e.problems().get(0)
                + "\n"
                + e.problems().get(1));
  }
}
