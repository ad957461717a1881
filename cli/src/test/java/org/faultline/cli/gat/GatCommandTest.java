package org.faultline.cli.gat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatCommandTest {

  /**
   * Weights of one head of one channel with zero attention vectors, so every edge into a node gets
   * the same share: gat1 maps x to x and adds 0.5, gat2 maps h to h and adds −1.
   */
  private static final String UNIFORM_WEIGHTS =
      """
      {"gat1.lin.weight": [[1.0]], "gat1.att_src": [[[0.0]]], "gat1.att_dst": [[[0.0]]],
       "gat1.bias": [0.5],
       "gat2.lin.weight": [[1.0]], "gat2.att_src": [[[0.0]]], "gat2.att_dst": [[[0.0]]],
       "gat2.bias": [-1.0]}
      """;

  @TempDir Path dir;

  private Path edges() {
    return dir.resolve("EDGES.csv");
  }

  private Path features() {
    return dir.resolve("FEATURES.csv");
  }

  private Path weights() {
    return dir.resolve("weights.json");
  }

  private Path out() {
    return dir.resolve("out");
  }

  private void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Writes the graph a → b, a → "c, Süd", b → "c, Süd" and an isolated d, with one feature. */
  private void writeSmallGraph() throws IOException {
    write(edges(), "source,target\na,b\na,\"c, Süd\"\nb,\"c, Süd\"\n");
    write(features(), "node,x\na,1\nb,2\n\"c, Süd\",3\nd,-4\n");
  }

  private CliRun runWithWeightsFile() {
    return CliRun.of(
        "gat",
        "--edges",
        edges().toString(),
        "--features",
        features().toString(),
        "--weights",
        weights().toString(),
        "--out",
        out().toString());
  }

  private CliRun runSeeded(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "gat",
                "--edges",
                edges().toString(),
                "--features",
                features().toString(),
                "--out",
                out().toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  @Test
  void gat_uniformWeights_writesHandComputedScores() throws IOException {
    writeSmallGraph();
    write(weights(), UNIFORM_WEIGHTS);

    CliRun run = runWithWeightsFile();

    /* Layer 1 averages x over each node and its dependencies and adds 0.5: a 1.5, b 2,
    "c, Süd" 2.5, d −3.5, so ReLU gives 1.5, 2, 2.5, 0. Layer 2 averages those the same way
    and adds −1: a 0.5, b 0.75, "c, Süd" 1, d −1. */
    assertThat(run.exitCode()).isZero();
    List<List<String>> scores = GatFiles.readRows(out().resolve("node_scores.csv"));
    assertThat(scores.get(0)).containsExactly("node", "score");
    assertThat(scores.stream().skip(1).map(row -> row.get(0)))
        .containsExactly("a", "b", "c, Süd", "d");
    double[] expected = {sigmoid(0.5), sigmoid(0.75), sigmoid(1.0), sigmoid(-1.0)};
    for (int node = 0; node < expected.length; node++) {
      assertThat(Double.parseDouble(scores.get(node + 1).get(1)))
          .as("node %d", node)
          .isCloseTo(expected[node], within(1e-15));
    }
    String uniform =
        "1,0,a,b,0.5\r\n"
            + "1,0,a,\"c, Süd\",0.3333333333333333\r\n"
            + "1,0,b,\"c, Süd\",0.3333333333333333\r\n"
            + "1,0,a,a,1\r\n"
            + "1,0,b,b,0.5\r\n"
            + "1,0,\"c, Süd\",\"c, Süd\",0.3333333333333333\r\n"
            + "1,0,d,d,1\r\n";
    assertThat(Files.readString(out().resolve("attention.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "layer,head,source,target,alpha\r\n" + uniform + uniform.replace("1,0,", "2,0,"));
    assertThat(run.out())
        .isEqualTo(
            "gat: 4 nodes, 3 edges and 4 self-loops, 1 feature, 1 network; wrote " + out() + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void gat_singleAfterEnsemble_deletesSpreadFile() throws IOException {
    writeSmallGraph();

    CliRun ensemble = runSeeded("--seed", "3", "--ensemble", "4");
    List<String> afterEnsemble = listing(out());
    CliRun single = runSeeded("--seed", "3");

    assertThat(ensemble.exitCode()).isZero();
    assertThat(afterEnsemble)
        .containsExactly("attention.csv", "node_scores.csv", "node_scores_spread.csv");
    assertThat(single.exitCode()).isZero();
    assertThat(listing(out())).containsExactly("attention.csv", "node_scores.csv");
  }

  @Test
  void gat_headsAndHidden_setFirstLayerShape() throws IOException {
    writeSmallGraph();

    CliRun run = runSeeded("--seed", "1", "--heads", "2", "--hidden", "3");

    assertThat(run.exitCode()).isZero();
    List<List<String>> rows = GatFiles.readRows(out().resolve("attention.csv"));
    assertThat(rows.stream().skip(1).map(row -> row.get(0) + "/" + row.get(1)).distinct())
        .containsExactly("1/0", "1/1", "2/0");
  }

  @Test
  void gat_sameSeedTwice_identicalFiles() throws IOException {
    writeSmallGraph();

    runSeeded("--seed", "9", "--ensemble", "3");
    byte[] firstScores = Files.readAllBytes(out().resolve("node_scores.csv"));
    byte[] firstAttention = Files.readAllBytes(out().resolve("attention.csv"));
    runSeeded("--seed", "9", "--ensemble", "3");

    assertThat(Files.readAllBytes(out().resolve("node_scores.csv"))).isEqualTo(firstScores);
    assertThat(Files.readAllBytes(out().resolve("attention.csv"))).isEqualTo(firstAttention);
  }

  @Test
  void gat_missingFeaturesFile_exit2() throws IOException {
    write(edges(), "source,target\na,b\n");

    CliRun run = runSeeded("--seed", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(features() + ": file not found; check the path");
    assertThat(out()).doesNotExist();
  }

  @Test
  void gat_featureNotANumber_exit2() throws IOException {
    write(edges(), "source,target\na,b\n");
    write(features(), "node,stress\na,1\nb,high\n");

    CliRun run = runSeeded("--seed", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            features()
                + ": line 3, column \"stress\": \"high\""
                + " is not a number; expected a finite decimal number such as 0.25, -3 or 1e-3");
  }

  @Test
  void gat_edgeNamesUnknownNode_exit2() throws IOException {
    write(edges(), "source,target\na,cache\n");
    write(features(), "node,stress\na,1\n");

    CliRun run = runSeeded("--seed", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            edges()
                + ": line 2, column \"target\": node"
                + " \"cache\" is not in "
                + features()
                + "; add a row for it to "
                + features()
                + " or remove its edges");
  }

  @Test
  void gat_edgesHeaderWrong_exit2() throws IOException {
    write(edges(), "from,to\na,b\n");
    write(features(), "node,stress\na,1\nb,2\n");

    CliRun run = runSeeded("--seed", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(edges() + ": line 1: header is \"from,to\"; expected \"source,target\"");
  }

  @Test
  void gat_weightsNotAnObject_exit2() throws IOException {
    writeSmallGraph();
    write(weights(), "[]");

    CliRun run = runWithWeightsFile();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            weights()
                + ": the top-level value is of type"
                + " array; expected one JSON object that maps state_dict keys to nested lists of numbers");
  }

  @Test
  void gat_weightsForOtherFeatureCount_exit2() throws IOException {
    write(edges(), "source,target\na,b\n");
    write(features(), "node,stress,load\na,1,2\nb,3,4\n");
    write(weights(), UNIFORM_WEIGHTS);

    CliRun run = runWithWeightsFile();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            weights()
                + ": key \"gat1.lin.weight\" has shape"
                + " [1, 1], so the weights take 1 features, but "
                + features()
                + " has 2 (stress,"
                + " load); use weights trained on the same features in the same order");
  }

  @Test
  void gat_severalBadFiles_everyProblemAndCount() throws IOException {
    write(edges(), "source,target\na,cache\n");
    write(features(), "node,stress\na,NaN\n");

    CliRun run = runSeeded("--seed", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            features()
                + ": line 2, column \"stress\": \"NaN\" is not a finite number; expected a"
                + " finite decimal number such as 0.25, -3 or 1e-3",
            edges()
                + ": line 2, column \"target\": node \"cache\" is not in "
                + features()
                + "; add a row for it to "
                + features()
                + " or remove its edges",
            "2 problems; nothing was written.");
    assertThat(out()).doesNotExist();
  }

  @Test
  void gat_weightsAndSeed_exit2() throws IOException {
    writeSmallGraph();

    CliRun run = runSeeded("--seed", "1", "--weights", weights().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "faultline: Error: --weights=W.json, --seed=N are mutually exclusive (specify only one)",
            "Try 'faultline gat --help' for usage.");
  }

  @Test
  void gat_neitherWeightsNorSeed_exit2() throws IOException {
    writeSmallGraph();

    CliRun run = runSeeded();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "faultline: Error: Missing required argument (specify one of these):"
                + " (--weights=W.json | --seed=N)",
            "Try 'faultline gat --help' for usage.");
  }

  @Test
  void gat_seedNotANumber_exit2() throws IOException {
    writeSmallGraph();

    CliRun run = runSeeded("--seed", "forty-two");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "faultline: Invalid value for option '--seed': 'forty-two' is not a long",
            "Try 'faultline gat --help' for usage.");
  }

  @Test
  void gat_countsBelowOne_exit2WithEveryProblem() throws IOException {
    writeSmallGraph();

    CliRun run = runSeeded("--seed", "1", "--heads", "0", "--hidden", "-1", "--ensemble", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--heads: invalid value 0; expected a whole number of at least 1",
            "--hidden: invalid value -1; expected a whole number of at least 1",
            "--ensemble: invalid value 0; expected a whole number of at least 1",
            "3 problems; nothing was written.");
    assertThat(out()).doesNotExist();
  }

  @Test
  void gat_firstLayerTooWide_exit2() throws IOException {
    writeSmallGraph();

    CliRun run = runSeeded("--seed", "1", "--heads", "65536", "--hidden", "65536");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--heads 65536 and --hidden 65536: 4294967296"
                + " channels in the first layer is too many; expected at most 2147483647");
  }

  @Test
  void gat_seededOptionsWithWeightsFile_exit2() throws IOException {
    writeSmallGraph();
    write(weights(), UNIFORM_WEIGHTS);

    CliRun run =
        CliRun.of(
            "gat",
            "--edges",
            edges().toString(),
            "--features",
            features().toString(),
            "--weights",
            weights().toString(),
            "--ensemble",
            "3",
            "--out",
            out().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--ensemble 3: applies only with --seed, because"
                + " a weights file gives one network whose shapes come from the file; remove --ensemble"
                + " or use --seed in place of --weights");
  }

  @Test
  void gat_badOptionAndBadFiles_reportedTogether() throws IOException {
    write(edges(), "source,target\na,b\n");
    write(features(), "node,stress\na,1\n");
    write(weights(), "{");

    CliRun run =
        CliRun.of(
            "gat",
            "--edges",
            edges().toString(),
            "--features",
            features().toString(),
            "--weights",
            weights().toString(),
            "--heads",
            "2",
            "--out",
            out().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(4);
    assertThat(run.errLines().get(0)).startsWith("--heads 2: applies only with --seed");
    assertThat(run.errLines().get(1)).startsWith(edges() + ": line 2, column \"target\"");
    assertThat(run.errLines().get(2)).startsWith(weights() + ": line 1, column 2: invalid JSON");
    assertThat(run.errLines().get(3)).isEqualTo("3 problems; nothing was written.");
  }

  @Test
  void gat_outIsAFile_exit2() throws IOException {
    writeSmallGraph();
    write(out(), "not a directory");

    CliRun run = runSeeded("--seed", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "--out "
                + out()
                + ": exists and is not a"
                + " directory; name a directory or a path that does not exist yet");
  }

  @Test
  void faultline_help_listsGatCommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out()).contains("gat ");
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
