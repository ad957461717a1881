package org.faultline.cli.gat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.faultline.analysis.attention.GatScores;
import org.faultline.analysis.attention.GlorotWeights;
import org.faultline.analysis.attention.io.GatInputException;
import org.faultline.analysis.attention.io.GatJob;
import org.faultline.analysis.attention.io.GatJobResult;
import org.faultline.analysis.attention.io.GraphCsvReader;
import org.faultline.analysis.attention.io.WeightsJsonReader;
import org.faultline.analysis.attention.io.WeightsSource;
import org.faultline.cli.InvalidInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Applies the two-layer graph attention network to a graph from files and writes its node scores
 * and attention coefficients.
 *
 * <p>The weights come either from a JSON state_dict ({@code --weights}) or from seeds ({@code
 * --seed}, with {@code --heads}, {@code --hidden} and {@code --ensemble}); exactly one of the two
 * is required. With {@code --ensemble 1}, the default, one network with the given seed runs, so the
 * output can be compared with another implementation of the same draw. Every problem of the options
 * and the input files is reported together, one line each, with exit status 2.
 */
@Command(
    name = "gat",
    mixinStandardHelpOptions = true,
    description = {
      "Applies the untrained two-layer graph attention network to a graph.",
      "Writes DIR/node_scores.csv (node,score) and DIR/attention.csv"
          + " (layer,head,source,target,alpha); with --ensemble above 1 also"
          + " DIR/node_scores_spread.csv (node,mean,std).",
      "Edges run from a dependency to the service that depends on it."
    })
public final class GatCommand implements Callable<Integer> {

  private static final int DEFAULT_ENSEMBLE = 1;

  @Spec CommandSpec spec;

  @Option(
      names = "--edges",
      required = true,
      paramLabel = "EDGES.csv",
      description = "UTF-8 CSV with the header source,target and one edge per row.")
  Path edges;

  @Option(
      names = "--features",
      required = true,
      paramLabel = "FEATURES.csv",
      description =
          "UTF-8 CSV with the header node,<feature names> and one row per node; its row"
              + " order is the node order of the output.")
  Path features;

  @ArgGroup(exclusive = true, multiplicity = "1")
  WeightsOptions weights;

  @Option(
      names = "--heads",
      paramLabel = "H",
      description =
          "With --seed: heads of the first layer, at least 1 (default: "
              + GlorotWeights.DEFAULT_HEADS
              + ").")
  Integer heads;

  @Option(
      names = "--hidden",
      paramLabel = "C",
      description =
          "With --seed: channels per head of the first layer, at least 1 (default: "
              + GlorotWeights.DEFAULT_HIDDEN
              + ").")
  Integer hidden;

  @Option(
      names = "--ensemble",
      paramLabel = "K",
      description =
          "With --seed: networks to average, with seeds N to N+K-1, at least 1"
              + " (default: "
              + DEFAULT_ENSEMBLE
              + ", a single network).")
  Integer ensemble;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output directory, created if missing; files of the same names are replaced.")
  Path out;

  /** The two mutually exclusive origins of the weights. */
  static final class WeightsOptions {

    @Option(
        names = "--weights",
        required = true,
        paramLabel = "W.json",
        description = "JSON state_dict of a model with two GATConv layers named gat1 and gat2.")
    Path file;

    @Option(
        names = "--seed",
        required = true,
        paramLabel = "N",
        description = "Seed of the first network's Glorot-uniform weights.")
    Long seed;
  }

  @Override
  public Integer call() {
    List<String> problems = optionProblems();
    if (!problems.isEmpty()) {
      problems.addAll(inputFileProblems());
      throw new InvalidInputException(problems);
    }

    GatJobResult result = runJob(weightsSource());

    printSummary(result);
    return 0;
  }

  /** Returns one message per invalid option value: the counts first, then the output directory. */
  private List<String> optionProblems() {
    List<String> problems = new ArrayList<>();
    if (weights.seed == null) {
      rejectWithWeightsFile(problems, "--heads", heads);
      rejectWithWeightsFile(problems, "--hidden", hidden);
      rejectWithWeightsFile(problems, "--ensemble", ensemble);
    } else {
      requireAtLeastOne(problems, "--heads", heads);
      requireAtLeastOne(problems, "--hidden", hidden);
      requireAtLeastOne(problems, "--ensemble", ensemble);
      long width = (long) heads() * hidden();
      if (heads() >= 1 && hidden() >= 1 && width > Integer.MAX_VALUE) {
        problems.add(
            String.format(
                Locale.ROOT,
                "--heads %d and --hidden %d: %d channels in the"
                    + " first layer is too many; expected at most %d",
                heads(),
                hidden(),
                width,
                Integer.MAX_VALUE));
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      problems.add(
          "--out "
              + out
              + ": exists and is not a directory; name a directory or a path"
              + " that does not exist yet");
    }
    return problems;
  }

  private static void rejectWithWeightsFile(List<String> problems, String option, Integer value) {
    if (value != null) {
      problems.add(
          option
              + " "
              + value
              + ": applies only with --seed, because a weights file"
              + " gives one network whose shapes come from the file; remove "
              + option
              + " or use --seed in place of --weights");
    }
  }

  private static void requireAtLeastOne(List<String> problems, String option, Integer value) {
    if (value != null && value < 1) {
      problems.add(option + ": invalid value " + value + "; expected a whole number of at least 1");
    }
  }

  private int heads() {
    return heads == null ? GlorotWeights.DEFAULT_HEADS : heads;
  }

  private int hidden() {
    return hidden == null ? GlorotWeights.DEFAULT_HIDDEN : hidden;
  }

  private int ensemble() {
    return ensemble == null ? DEFAULT_ENSEMBLE : ensemble;
  }

  /** Returns the problems of the input files, so they are reported beside those of the options. */
  private List<String> inputFileProblems() {
    List<String> problems = new ArrayList<>();
    try {
      GraphCsvReader.read(edges, features);
    } catch (GatInputException e) {
      problems.addAll(e.problems());
    }
    if (weights.file != null) {
      try {
        WeightsJsonReader.read(weights.file);
      } catch (GatInputException e) {
        problems.addAll(e.problems());
      }
    }
    return problems;
  }

  private WeightsSource weightsSource() {
    if (weights.seed == null) {
      return new WeightsSource.JsonFile(weights.file);
    }
    return new WeightsSource.Seeded(weights.seed, ensemble(), heads(), hidden());
  }

  private GatJobResult runJob(WeightsSource source) {
    try {
      return GatJob.run(edges, features, source, out);
    } catch (GatInputException e) {
      throw new InvalidInputException(e.problems());
    } catch (IOException e) {
      throw new UncheckedIOException("writing the output files into " + out + " failed", e);
    }
  }

  private void printSummary(GatJobResult result) {
    GatScores scores = result.scores();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        String.format(
            Locale.ROOT,
            "gat: %s, %s and %s, %s, %s; wrote %s",
            count(scores.graph().nodeCount(), "node"),
            count(scores.graph().inputEdgeCount(), "edge"),
            count(scores.graph().nodeCount(), "self-loop"),
            count(result.featureNames().size(), "feature"),
            count(scores.modelCount(), "network"),
            out));
  }

  private static String count(int value, String noun) {
    return value + " " + (value == 1 ? noun : noun + "s");
  }
}
