package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;

/**
 * The events of one stressor: a source of executed events that is not an agent of the run.
 * Instances are immutable and thread-safe.
 *
 * @param source the stressor's id, the source of its events, such as {@code environment:flood}
 * @param firstType type of its first event, such as {@code FLOOD_IMPACT}
 * @param first its first executed event: the onset
 * @param lastType type of its last event
 * @param last its last executed event: the end
 * @param events number of its executed events
 * @param targets services named by the {@code services} payload of its events, in first-seen order;
 *     empty when its events carry no such field
 */
public record StressorSpan(
    String source,
    String firstType,
    EventRef first,
    String lastType,
    EventRef last,
    long events,
    List<String> targets) {

  /** Checks for nulls and copies the list. */
  public StressorSpan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(firstType, "firstType");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(lastType, "lastType");
    Objects.requireNonNull(last, "last");
    targets = List.copyOf(targets);
  }
}
