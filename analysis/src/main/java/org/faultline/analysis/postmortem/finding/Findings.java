package org.faultline.analysis.postmortem.finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faultline.analysis.figure.ServiceSeries;
import org.faultline.analysis.postmortem.scenario.ScenarioOutline;
import org.faultline.trace.RunManifest;

/**
 * Everything the post-mortem found in one run directory, from which the report is written.
 * Instances are immutable and thread-safe.
 *
 * @param manifest the contents of {@code run.json}
 * @param scenario the parts of {@code scenario.yaml} the post-mortem uses
 * @param endTime the tick until which the last logged state holds: the horizon of a complete run,
 *     the time of the last metrics row of an interrupted one
 * @param services every service in declaration order
 * @param stressors every stressor in the order its first event executed
 * @param rejectedIntents rejected intents grouped by type and reason, in first-seen order
 * @param delayComponents the name of every delay component in {@code events.jsonl} with the number
 *     of events that have it, in first-seen order
 * @param timeline the first {@link #MAX_TIMELINE_ENTRIES} moments that matter, in time order
 * @param timelineOmitted moments beyond those kept
 * @param policy the policy dynamics
 * @param propagation causal chains and dependency edges
 * @param characterization the failure mode
 * @param limitations what the run cannot show
 * @param series each service's stress and resource over time, thinned for the timeline figure
 */
public record Findings(
    RunManifest manifest,
    ScenarioOutline scenario,
    long endTime,
    List<ServiceFindings> services,
    List<StressorSpan> stressors,
    List<RejectedIntentGroup> rejectedIntents,
    Map<String, Long> delayComponents,
    List<TimelineEntry> timeline,
    long timelineOmitted,
    PolicyFindings policy,
    Propagation propagation,
    Characterization characterization,
    Limitations limitations,
    List<ServiceSeries> series) {

  /** Timeline entries kept; later ones are only counted. */
  public static final int MAX_TIMELINE_ENTRIES = 200;

  /** Checks for nulls and copies the collections, keeping their order. */
  public Findings {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(scenario, "scenario");
    services = List.copyOf(services);
    stressors = List.copyOf(stressors);
    rejectedIntents = List.copyOf(rejectedIntents);
    delayComponents = Collections.unmodifiableMap(new LinkedHashMap<>(delayComponents));
    timeline = List.copyOf(timeline);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(propagation, "propagation");
    Objects.requireNonNull(characterization, "characterization");
    Objects.requireNonNull(limitations, "limitations");
    series = List.copyOf(series);
  }

  /** Returns the ids of the services that failed, in declaration order. */
  public List<String> failedServices() {
    return services.stream().filter(ServiceFindings::failed).map(ServiceFindings::id).toList();
  }
}
