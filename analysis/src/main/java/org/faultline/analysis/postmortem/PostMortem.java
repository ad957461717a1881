package org.faultline.analysis.postmortem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.analysis.postmortem.finding.Characterization;
import org.faultline.analysis.postmortem.finding.CharacterizationRules;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.Limitations;
import org.faultline.analysis.postmortem.finding.PolicyFindings;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.ServiceFindings;
import org.faultline.analysis.postmortem.finding.ServiceReports;
import org.faultline.analysis.postmortem.finding.StressorSpan;
import org.faultline.analysis.postmortem.read.EventPass;
import org.faultline.analysis.postmortem.read.EventSummary;
import org.faultline.analysis.postmortem.read.MetricsPass;
import org.faultline.analysis.postmortem.read.MetricsSummary;
import org.faultline.analysis.postmortem.report.Report;
import org.faultline.analysis.postmortem.report.ReportFiles;
import org.faultline.analysis.postmortem.report.StandardReport;
import org.faultline.analysis.postmortem.scenario.ScenarioFileReader;
import org.faultline.analysis.postmortem.scenario.ScenarioOutline;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The post-mortem of a finished run: reads a run directory and nothing else, and writes {@code
 * failure_analysis.md} and {@code analysis.json} into it.
 *
 * <p>Typical use is {@link #write(Path)}. To add sections, call {@link #analyze(Path)}, then {@link
 * #report(Findings)}, insert them with {@link Report#withSectionAfter}, and pass the report to
 * {@link #write(Path, Report)}.
 *
 * <p>{@code metrics.csv} and {@code events.jsonl} are each read once, in that order. Memory does
 * not grow with the number of metrics rows; it grows with the number of events by a few primitive
 * values per event (see {@code CausalLog}). The same files give the same bytes on every machine,
 * wherever the directory is. This class is stateless and thread-safe; analyses of different
 * directories may run in parallel.
 */
public final class PostMortem {

  /**
   * The event types after which agents observe when {@code scenario.yaml} does not set {@code
   * react_to}: the default stated in docs/model.md, which this list must follow.
   */
  static final List<String> DEFAULT_REACT_TO =
      List.of("FLOOD_IMPACT", "NORMAL_DEMAND", "DEMAND_SPIKE", "POLICY_INTERVENTION");

  private static final Logger LOG = LoggerFactory.getLogger(PostMortem.class);

  private PostMortem() {}

  /**
   * Analyses a run directory.
   *
   * @param runDirectory a directory with {@code run.json}, {@code events.jsonl} and {@code
   *     metrics.csv}; {@code scenario.yaml} is used when present and readable
   * @return the findings
   * @throws org.faultline.trace.read.NotARunDirectoryException naming every missing file
   * @throws org.faultline.trace.read.MalformedRunFileException if a file does not follow the run
   *     directory format
   * @throws org.faultline.analysis.postmortem.read.InconsistentRunException if the files contradict
   *     one another
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static Findings analyze(Path runDirectory) {
    RunManifest manifest = RunDirectoryCheck.readManifest(runDirectory);
    Path scenarioFile = runDirectory.resolve(RunFiles.SCENARIO);
    ScenarioOutline scenario =
        Files.exists(scenarioFile)
            ? ScenarioFileReader.read(scenarioFile)
            : ScenarioOutline.unreadable("scenario.yaml is missing from the run directory");

    MetricsSummary metrics =
        MetricsPass.read(runDirectory.resolve(RunFiles.METRICS), manifest, thresholds(scenario));
    List<String> reactTo = scenario.reactTo().orElse(DEFAULT_REACT_TO);
    EventSummary events =
        EventPass.read(
            runDirectory.resolve(RunFiles.EVENTS),
            manifest,
            new EventPass.Context(
                scenario.offices().stream().map(ScenarioOutline.Office::id).toList(),
                dependencies(scenario),
                metrics.crossings(),
                metrics.failureEventIds(),
                new LinkedHashSet<>(reactTo)));

    List<ServiceFindings> services = services(manifest, scenario, metrics, events);
    TimelineAssembler.Result timeline =
        new TimelineAssembler(events)
            .stressors(events.stressors())
            .firstOverloads(metrics.services())
            .statuses(metrics.services())
            .policy(events.interventions())
            .build();
    long timelineOmitted =
        timeline.omitted() + events.serviceStatusEventsOmitted() + statusChangesNotKept(metrics);
    PolicyFindings policy =
        new OfficeAssessment(manifest, scenario, metrics, events, reactTo).assess();
    Characterization characterization =
        CharacterizationRules.characterize(services, events.propagation());
    Limitations limitations =
        RunLimitations.derive(manifest, scenario, metrics, events, timelineOmitted);
    return new Findings(
        manifest,
        scenario,
        metrics.endTime(),
        services,
        events.stressors(),
        events.rejectedIntents(),
        events.delayComponents(),
        timeline.entries(),
        timelineOmitted,
        policy,
        events.propagation(),
        characterization,
        limitations,
        metrics.series());
  }

  /** Builds the standard report of the findings, whose sections later code may extend. */
  public static Report report(Findings findings) {
    return StandardReport.of(findings);
  }

  /**
   * Analyses a run directory and writes {@code failure_analysis.md} and {@code analysis.json} into
   * it, replacing earlier ones.
   *
   * @throws java.io.UncheckedIOException if a file cannot be read or written
   * @see #analyze(Path) for the other exceptions
   */
  public static void write(Path runDirectory) {
    write(runDirectory, analyze(runDirectory));
  }

  /**
   * Writes the complete post-mortem of analysed findings into their run directory: the figure
   * files, then {@code failure_analysis.md} and {@code analysis.json} with the figures and the
   * graph-based structural reasoning added to the standard report.
   *
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static void write(Path runDirectory, Findings findings) {
    write(runDirectory, Lenses.complete(findings, runDirectory));
  }

  /**
   * Writes a report into a run directory, each file under a temporary name first, then renamed.
   *
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static void write(Path runDirectory, Report report) {
    ReportFiles.write(runDirectory, report);
    LOG.info("wrote {} and {} into {}", ReportFiles.REPORT, ReportFiles.FINDINGS, runDirectory);
  }

  private static List<MetricsPass.Threshold> thresholds(ScenarioOutline scenario) {
    List<MetricsPass.Threshold> thresholds = new ArrayList<>();
    for (ScenarioOutline.Office office : scenario.offices()) {
      office
          .stressThreshold()
          .ifPresent(value -> thresholds.add(new MetricsPass.Threshold(office.id(), value)));
    }
    return thresholds;
  }

  private static Map<String, List<String>> dependencies(ScenarioOutline scenario) {
    Map<String, List<String>> dependencies = new LinkedHashMap<>();
    for (ScenarioOutline.Service service : scenario.services()) {
      dependencies.put(service.id(), service.dependsOn());
    }
    return dependencies;
  }

  private static List<ServiceFindings> services(
      RunManifest manifest, ScenarioOutline scenario, MetricsSummary metrics, EventSummary events) {
    Set<String> targets = new HashSet<>();
    scenario.stressors().forEach(stressor -> targets.addAll(stressor.targets()));
    for (StressorSpan stressor : events.stressors()) {
      targets.addAll(stressor.targets());
    }
    List<ServiceFindings> services = new ArrayList<>();
    for (int i = 0; i < manifest.services().size(); i++) {
      String id = manifest.services().get(i);
      ServiceEffects effects = metrics.services().get(i);
      ServiceReports reports = events.services().get(i);
      ScenarioOutline.Service declared = scenario.service(id).orElse(null);
      services.add(
          new ServiceFindings(
              id,
              declared == null ? Double.NaN : declared.capacity().orElse(Double.NaN),
              declared == null ? List.of() : declared.dependsOn(),
              targets.contains(id),
              effects,
              reports));
    }
    return services;
  }

  private static long statusChangesNotKept(MetricsSummary metrics) {
    long notKept = 0;
    for (ServiceEffects service : metrics.services()) {
      notKept += service.statusChangeCount() - service.statusChanges().size();
    }
    return notKept;
  }
}
