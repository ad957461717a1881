package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;

/**
 * Everything the post-mortem found about one service. Instances are immutable and thread-safe.
 *
 * @param id service id
 * @param capacity nominal capacity from {@code scenario.yaml}, or NaN when unknown
 * @param dependsOn ids of the services it depends on, from {@code scenario.yaml}
 * @param stressorTarget whether a stressor hits it directly, by {@code scenario.yaml} or by the
 *     {@code services} payload of a stressor event
 * @param effects what {@code metrics.csv} shows
 * @param reports what {@code events.jsonl} shows
 */
public record ServiceFindings(
    String id,
    double capacity,
    List<String> dependsOn,
    boolean stressorTarget,
    ServiceEffects effects,
    ServiceReports reports) {

  /** Checks for nulls and copies the list. */
  public ServiceFindings {
    Objects.requireNonNull(id, "id");
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(effects, "effects");
    Objects.requireNonNull(reports, "reports");
  }

  /**
   * Returns whether degradation reached the service: it was overloaded, had a degraded or failed
   * status, or produced a degradation event.
   */
  public boolean affected() {
    return effects.firstOverloaded().isPresent()
        || effects.everDegraded()
        || effects.everFailed()
        || reports.hasDegradationEvents();
  }

  /**
   * Returns whether the service failed: a row has the status {@code failed}, or it produced {@code
   * SERVICE_FAILED}.
   */
  public boolean failed() {
    return effects.everFailed() || reports.firstFailed().isPresent();
  }
}
