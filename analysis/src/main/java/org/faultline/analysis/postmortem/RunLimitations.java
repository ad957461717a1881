package org.faultline.analysis.postmortem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.faultline.analysis.postmortem.finding.CausalChain;
import org.faultline.analysis.postmortem.finding.Limitations;
import org.faultline.analysis.postmortem.finding.Propagation;
import org.faultline.analysis.postmortem.read.EventSummary;
import org.faultline.analysis.postmortem.read.MetricsPass;
import org.faultline.analysis.postmortem.read.MetricsSummary;
import org.faultline.analysis.postmortem.read.OfficeEvidence;
import org.faultline.analysis.postmortem.scenario.ScenarioOutline;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunManifest;
import org.faultline.trace.RunStatus;

/**
 * Derives what a run cannot show from its files: pending events, agents whose state is not logged,
 * whether the seed shaped any delay, missing columns and the caps of the analysis. Stateless.
 */
final class RunLimitations {

  /** The limit of every run, whatever its data. */
  static final String NOT_PREDICTIVE =
      "A run is not calibrated to any real infrastructure and predicts nothing: it "
          + "shows what the model's rules produce for this scenario and seed.";

  /**
   * Delay components that no random stream draws: the ones the scheduling table of docs/model.md
   * defines, and {@code scheduled} for events scheduled before the run.
   */
  static final List<String> DETERMINISTIC_DELAY_COMPONENTS =
      List.of("scheduled", "requested", "fixed");

  private RunLimitations() {}

  /** Derives the limitations of a run. */
  static Limitations derive(
      RunManifest manifest,
      ScenarioOutline scenario,
      MetricsSummary metrics,
      EventSummary events,
      long timelineOmitted) {
    List<String> run = new ArrayList<>();
    pending(manifest, run);
    unloggedAgents(manifest, run);
    seed(manifest, events.delayComponents(), run);
    information(events, run);
    for (String note : scenario.notes()) {
      run.add("Part of scenario.yaml could not be used: " + note + ".");
    }
    columns(manifest, metrics, run);
    caps(metrics, events, timelineOmitted, run);

    List<String> model = new ArrayList<>();
    model.add(NOT_PREDICTIVE);
    model.addAll(ModelOmissions.load());
    return new Limitations(run, model);
  }

  private static void pending(RunManifest manifest, List<String> run) {
    long pending = manifest.counts().pendingAtHorizon();
    if (pending > 0) {
      run.add(
          String.format(
              Locale.ROOT,
              "%d %s still scheduled when the run stopped at t=%d. events.jsonl does not "
                  + "list pending events, so their effects are outside this analysis.",
              pending,
              pending == 1 ? "event was" : "events were",
              manifest.horizon()));
    } else {
      run.add(
          String.format(
              Locale.ROOT,
              "No event was pending at the horizon t=%d, so the log holds every "
                  + "consequence the run scheduled.",
              manifest.horizon()));
    }
    if (manifest.status() == RunStatus.INTERRUPTED) {
      run.add(
          "The run was interrupted before its horizon: the files hold what happened until the last logged event, "
              + "and durations end there.");
    }
  }

  private static void unloggedAgents(RunManifest manifest, List<String> run) {
    List<String> others =
        manifest.agents().stream().filter(agent -> !manifest.services().contains(agent)).toList();
    if (others.isEmpty()) {
      return;
    }
    run.add(
        String.format(
            Locale.ROOT,
            "metrics.csv holds services only: the stress, resources and status of the "
                + "%d other %s (%s) are not logged. The total stress compared with policy thresholds counts services only, "
                + "although the policy rule also counts the stress of other active agents.",
            others.size(),
            others.size() == 1 ? "agent" : "agents",
            String.join(", ", others)));
  }

  private static void seed(RunManifest manifest, Map<String, Long> components, List<String> run) {
    Map<String, Long> random = new LinkedHashMap<>(components);
    DETERMINISTIC_DELAY_COMPONENTS.forEach(random::remove);
    if (random.isEmpty()) {
      String names =
          components.isEmpty()
              ? "no components"
              : "the components " + joinWithAnd(components.keySet());
      run.add(
          String.format(
              Locale.ROOT,
              "Every applied delay in events.jsonl is the sum of %s, none drawn from a "
                  + "random stream, so the seed (%d) shaped no delay of this run.",
              names,
              manifest.seed()));
      return;
    }
    String counts =
        random.entrySet().stream()
            .map(entry -> entry.getKey() + " on " + entry.getValue() + " events")
            .collect(Collectors.joining(", "));
    run.add(
        String.format(
            Locale.ROOT,
            "Delay components other than %s appear (%s). They may be drawn from random "
                + "streams derived from the seed (%d), so another seed may give another run: compare runs with --seed.",
            String.join(", ", DETERMINISTIC_DELAY_COMPONENTS),
            counts,
            manifest.seed()));
  }

  private static String joinWithAnd(Collection<String> names) {
    List<String> list = List.copyOf(names);
    if (list.size() == 1) {
      return list.get(0);
    }
    return String.join(", ", list.subList(0, list.size() - 1))
        + " and "
        + list.get(list.size() - 1);
  }

  private static void information(EventSummary events, List<String> run) {
    if (events.offices().isEmpty()) {
      return;
    }
    boolean anyReports =
        events.offices().values().stream().anyMatch(OfficeEvidence::reportsAddressed);
    if (!anyReports) {
      run.add(
          "No report event is addressed to any policy office, so each office is taken to know the true state "
              + "at once; an information delay would show only through report events.");
    }
  }

  private static void columns(RunManifest manifest, MetricsSummary metrics, List<String> run) {
    if (!metrics.overloadKnown()) {
      run.add(
          "metrics.csv has no load or effective_capacity column, so when services were overloaded, and for how "
              + "long, is unknown.");
    }
    if (!metrics.statusKnown()) {
      run.add(
          "metrics.csv has no status column, so failures and recoveries show only through events.");
    }
    if (manifest.metricsMode() == MetricsMode.DELTA) {
      run.add(
          "metrics.csv is in delta mode: its initial-state rows count as the state at t=0, and a service without "
              + "a row for an event kept its state.");
    }
  }

  private static void caps(
      MetricsSummary metrics, EventSummary events, long timelineOmitted, List<String> run) {
    Propagation propagation = events.propagation();
    if (propagation.unresolvedCauses() > 0) {
      run.add(
          propagation.unresolvedCauses()
              + " executed events name a cause that no earlier line of events.jsonl "
              + "holds; their causal chains stop at them.");
    }
    if (timelineOmitted > 0) {
      run.add(
          "The timeline lists the first moments only; "
              + timelineOmitted
              + " later ones are left out.");
    }
    if (propagation.shapeCount() > propagation.shapes().size()) {
      run.add(
          "Propagation lists "
              + propagation.shapes().size()
              + " of "
              + propagation.shapeCount()
              + " distinct causal chains.");
    }
    if (propagation.deepestChain().map(chain -> chain.omitted() > 0).orElse(false)) {
      run.add(
          "The deepest causal chain is shown with its first and last "
              + CausalChain.LINKS_KEPT_PER_END
              + " events only.");
    }
    if (metrics.failureEventIds().size() == MetricsPass.MAX_FAILURE_EVENTS_KEPT) {
      run.add(
          "Causal chains are followed for the first "
              + MetricsPass.MAX_FAILURE_EVENTS_KEPT
              + " status changes to failed only.");
    }
  }
}
