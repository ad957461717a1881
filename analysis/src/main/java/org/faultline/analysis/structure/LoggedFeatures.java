package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The node features the post-mortem derives from a run's logs, in this column order:
 *
 * <ol>
 *   <li>{@code peak_stress}: the largest stress level logged;
 *   <li>{@code time_overloaded}: ticks overloaded or failed divided by the horizon, in [0, 1];
 *   <li>{@code min_resource}: the smallest resource level logged;
 *   <li>{@code failed}: 1 if the service failed at any time, else 0;
 *   <li>{@code first_overload_time}: the tick of the first overload or failure divided by the
 *       horizon, in [0, 1], and 1 for a service never overloaded, as if it were overloaded only at
 *       the horizon. Earlier trouble gives a smaller value.
 * </ol>
 *
 * <p>Dividing by the horizon puts times on the same scale in every run; the analysis then
 * standardizes every column anyway. The class is stateless and thread-safe.
 */
public final class LoggedFeatures {

  /** The feature names, in column order. */
  public static final List<String> NAMES =
      List.of("peak_stress", "time_overloaded", "min_resource", "failed", "first_overload_time");

  private LoggedFeatures() {}

  /**
   * Builds the feature table of the services, one row each, in the order given.
   *
   * @param horizon the run's horizon in ticks, at least 1
   * @param observations one observation per service, in declaration order
   * @return the table with the columns of {@link #NAMES}
   * @throws IllegalArgumentException if the horizon is below 1 or a tick count lies outside [0,
   *     horizon], with every such problem in the message, or if a level is not finite
   */
  public static FeatureTable of(long horizon, List<ServiceObservation> observations) {
    Objects.requireNonNull(observations, "observations");
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon is " + horizon + "; expected at least 1 tick");
    }
    List<String> problems = new ArrayList<>();
    List<FeatureTable.Row> rows = new ArrayList<>();
    for (ServiceObservation observation : observations) {
      checkTicks(problems, observation, "overloadedTicks", observation.overloadedTicks(), horizon);
      observation
          .firstOverloadTick()
          .ifPresent(tick -> checkTicks(problems, observation, "firstOverloadTick", tick, horizon));
      rows.add(row(observation, horizon));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid observations: " + String.join("; ", problems));
    }
    return new FeatureTable(NAMES, rows);
  }

  private static FeatureTable.Row row(ServiceObservation observation, long horizon) {
    double firstOverloadTime =
        observation.firstOverloadTick().isPresent()
            ? (double) observation.firstOverloadTick().getAsLong() / horizon
            : 1.0;
    return new FeatureTable.Row(
        observation.service(),
        List.of(
            observation.peakStress(),
            (double) observation.overloadedTicks() / horizon,
            observation.minResource(),
            observation.failed() ? 1.0 : 0.0,
            firstOverloadTime));
  }

  private static void checkTicks(
      List<String> problems,
      ServiceObservation observation,
      String field,
      long ticks,
      long horizon) {
    if (ticks < 0 || ticks > horizon) {
      problems.add(
          field
              + " of service \""
              + observation.service()
              + "\" is "
              + ticks
              + "; expected 0 to the horizon "
              + horizon);
    }
  }
}
