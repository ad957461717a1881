package org.faultline.analysis.postmortem.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.RejectedIntentGroup;

/**
 * What {@code events.jsonl} shows about one policy office beyond its interventions. Instances are
 * immutable and thread-safe.
 *
 * @param office office id
 * @param reportsAddressed whether any report event was addressed to the office, by the rule of
 *     {@link EventPass#isReportTo(org.faultline.trace.read.ExecutedEvent, String)}
 * @param firstReportAfterCrossing tick of the first report to the office executed at or after the
 *     crossing event, or empty
 * @param firstObservationAfterCrossing the first event at or after the crossing event whose type
 *     agents react to, after which the office observed the state; empty when none executed or the
 *     office never crossed
 * @param rejectedIntents its rejected {@code POLICY_INTENT} and {@code POLICY_INTERVENTION}
 *     intents, grouped by type and reason in first-seen order
 */
public record OfficeEvidence(
    String office,
    boolean reportsAddressed,
    OptionalLong firstReportAfterCrossing,
    Optional<EventRef> firstObservationAfterCrossing,
    List<RejectedIntentGroup> rejectedIntents) {

  /** Checks for nulls and copies the list. */
  public OfficeEvidence {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(firstReportAfterCrossing, "firstReportAfterCrossing");
    Objects.requireNonNull(firstObservationAfterCrossing, "firstObservationAfterCrossing");
    rejectedIntents = List.copyOf(rejectedIntents);
  }
}
