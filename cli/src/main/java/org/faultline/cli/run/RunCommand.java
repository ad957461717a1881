package org.faultline.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.faultline.analysis.postmortem.PostMortem;
import org.faultline.analysis.postmortem.report.FiguresSection;
import org.faultline.analysis.postmortem.report.ReportFiles;
import org.faultline.cli.InvalidInputException;
import org.faultline.cli.VersionProvider;
import org.faultline.cli.analyze.PostMortemFailedException;
import org.faultline.cli.record.ConsoleTrace;
import org.faultline.cli.record.TraceRecorder;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.observe.RunSummary;
import org.faultline.engine.run.SimulationException;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.world.World;
import org.faultline.scenario.load.LoadedScenario;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.faultline.trace.RunStatus;
import org.faultline.trace.directory.StagedRunDirectory;
import org.faultline.trace.write.EventLogWriter;
import org.faultline.trace.write.ManifestWriter;
import org.faultline.trace.write.MetricsWriter;
import org.faultline.trace.write.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs one scenario and publishes its run directory; prints the console trace to stdout.
 *
 * <p>Everything is written into a staging directory beside the target and moved into place only
 * when the run completed, so a failed run publishes nothing and leaves an earlier run directory
 * untouched. The post-mortem is written into the staging directory too, so every published run has
 * it. If the post-mortem fails, the run is still published without it, and the command exits with
 * status 1 and says how to write it later.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a scenario, prints its trace and writes its run directory.",
      "SCENARIO is the name of a built-in scenario (see 'faultline scenarios') or a YAML file."
    })
public final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SCENARIO",
      description = "Built-in scenario name or YAML file.")
  String scenario;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "results",
      description =
          "Run directory to write; replaced if it holds an earlier run (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Run seed, overriding the scenario's; the same as --set seed=N.")
  Long seed;

  @Option(
      names = "--until",
      paramLabel = "T",
      description = "Horizon in ticks, overriding the scenario's; the same as --set horizon=T.")
  Long until;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = {
        "Overrides one scalar field for this run, validated like the file; repeatable.",
        "Example: --set services.emergency.capacity=4 or --set services[1].capacity=4."
      })
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--metrics",
      paramLabel = "MODE",
      defaultValue = "full",
      description =
          "full: one metrics row per service after every event; delta: only rows an event changed (default: ${DEFAULT-VALUE}).")
  String metricsMode;

  @Option(names = "--quiet", description = "Do not print the trace; print only the summary line.")
  boolean quiet;

  /**
   * Writes the post-mortem into a run directory; a test may replace it to make the analysis fail.
   */
  Consumer<Path> postMortem = PostMortem::write;

  @Override
  public Integer call() {
    MetricsMode mode = RunInputs.metricsMode(metricsMode);
    LoadedScenario loaded = RunInputs.load(scenario, allOverrides());
    ScenarioSpec scenarioSpec = loaded.spec();
    World world = World.of(scenarioSpec);
    PrintWriter stdout = spec.commandLine().getOut();

    RunSummary summary;
    String fingerprint;
    RuntimeException postMortemFailure;
    try (StagedRunDirectory staging = RunInputs.stage(out)) {
      Thread removeOnInterrupt = new Thread(() -> abandon(staging), "faultline-interrupted-run");
      Runtime.getRuntime().addShutdownHook(removeOnInterrupt);
      try {
        String scenarioHash =
            ScenarioWriter.write(staging.directory().resolve(RunFiles.SCENARIO), loaded.text());
        List<String> serviceIds = ids(world.services());
        try (EventLogWriter events =
                EventLogWriter.create(staging.directory().resolve(RunFiles.EVENTS));
            MetricsWriter metrics =
                MetricsWriter.create(
                    staging.directory().resolve(RunFiles.METRICS), serviceIds, mode)) {
          List<RunObserver> observers = new ArrayList<>();
          observers.add(new TraceRecorder(events, metrics, world.services(), world.columns()));
          if (!quiet) {
            observers.add(new ConsoleTrace(stdout, world.participants().agents()));
          }
          summary = runSimulation(world, observers);
          events.close();
          fingerprint = events.sha256Hex();
        }
        ManifestWriter.write(
            staging.directory().resolve(RunFiles.MANIFEST),
            new RunManifest(
                VersionProvider.version(),
                new RunManifest.Scenario(
                    scenarioSpec.name(), scenarioSpec.description(), scenarioHash),
                scenarioSpec.seed(),
                scenarioSpec.horizon(),
                scenarioSpec.timeUnit(),
                mode,
                serviceIds,
                ids(world.participants().agents()),
                new RunManifest.Counts(
                    summary.executed(), summary.rejected(), summary.pendingAtHorizon()),
                fingerprint,
                RunStatus.COMPLETE));
        postMortemFailure = writePostMortem(staging.directory());
        staging.publish();
      } finally {
        removeHook(removeOnInterrupt);
      }
    }

    stdout.println(
        String.format(
            Locale.ROOT,
            "%s: %d events executed, %d intents rejected, %d pending after t=%d; wrote %s (fingerprint sha256:%s)",
            scenarioSpec.name(),
            summary.executed(),
            summary.rejected(),
            summary.pendingAtHorizon(),
            scenarioSpec.horizon(),
            out,
            fingerprint));
    if (postMortemFailure != null) {
      throw new PostMortemFailedException(out, postMortemFailure);
    }
    return 0;
  }

  /**
   * Writes the post-mortem into the staging directory and returns null, or returns its failure
   * after removing any post-mortem file, so that the run is published without one.
   */
  private RuntimeException writePostMortem(Path directory) {
    try {
      postMortem.accept(directory);
      return null;
    } catch (RuntimeException e) {
      List<String> files = new ArrayList<>(List.of(ReportFiles.REPORT, ReportFiles.FINDINGS));
      files.addAll(FiguresSection.FILES);
      for (String file : files) {
        try {
          Files.deleteIfExists(directory.resolve(file));
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup);
        }
      }
      return e;
    }
  }

  /**
   * Removes the staging directory when the JVM shuts down mid-run (Ctrl-C, SIGTERM), so that an
   * interrupted run leaves nothing behind; a published run is left alone.
   */
  private static void abandon(StagedRunDirectory staging) {
    try {
      staging.abort();
    } catch (RuntimeException e) {
      System.err.println(
          "faultline: interrupted; could not remove "
              + staging.directory()
              + ": "
              + e.getMessage());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already shutting down and runs the hook itself.
    }
  }

  private static RunSummary runSimulation(World world, List<RunObserver> observers) {
    try {
      return world.newSimulation(observers).run();
    } catch (SimulationException e) {
      throw new RunFailedException(e.getMessage(), e);
    }
  }

  private List<String> allOverrides() {
    if (until != null && until < 0) {
      throw new InvalidInputException(
          "--until: invalid value " + until + ": the horizon must be an integer ≥ 0 ticks");
    }
    List<String> all = new ArrayList<>(overrides);
    if (seed != null) {
      all.add("seed=" + seed);
    }
    if (until != null) {
      all.add("horizon=" + until);
    }
    return all;
  }

  private static List<String> ids(List<org.faultline.engine.event.Participant> participants) {
    List<String> ids = new ArrayList<>(participants.size());
    participants.forEach(participant -> ids.add(participant.id()));
    return ids;
  }
}
