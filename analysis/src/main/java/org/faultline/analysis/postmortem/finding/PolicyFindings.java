package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy dynamics of the run. Instances are immutable and thread-safe.
 *
 * @param peakTotalStress the highest total stress of the services counted by the policy rule, after
 *     any event, and its first time; empty when {@code metrics.csv} has no rows
 * @param offices every office, those of {@code scenario.yaml} in declaration order first, then any
 *     other source of policy events in the order they first appear
 * @param interventions every intervention of every office, in the order their intents executed
 */
public record PolicyFindings(
    Optional<TimedValue> peakTotalStress,
    List<OfficeFindings> offices,
    List<Intervention> interventions) {

  /** Checks for nulls and copies the lists. */
  public PolicyFindings {
    Objects.requireNonNull(peakTotalStress, "peakTotalStress");
    offices = List.copyOf(offices);
    interventions = List.copyOf(interventions);
  }
}
