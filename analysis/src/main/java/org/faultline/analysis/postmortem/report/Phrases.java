package org.faultline.analysis.postmortem.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.faultline.analysis.postmortem.finding.ChainLink;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.ReadableNumbers;
import org.faultline.analysis.postmortem.finding.TimedValue;
import org.faultline.trace.read.DelayComponent;

/**
 * The short phrases the sections share, so that a time or a delay reads the same everywhere.
 * Stateless.
 */
final class Phrases {

  private Phrases() {}

  /** Returns {@code t=12}. */
  static String time(long tick) {
    return "t=" + tick;
  }

  /** Returns {@code 1 tick} or {@code 6 ticks}. */
  static String ticks(long count) {
    return count + (count == 1 ? " tick" : " ticks");
  }

  /** Returns a readable number, or an empty string when absent. */
  static String number(OptionalDouble value) {
    return value.isPresent() ? ReadableNumbers.format(value.getAsDouble()) : "";
  }

  /** Returns a readable number. */
  static String number(double value) {
    return ReadableNumbers.format(value);
  }

  /** Returns {@code 0.333 (t=2)}, or an empty string when absent. */
  static String timed(Optional<TimedValue> value) {
    return value
        .map(v -> ReadableNumbers.format(v.value()) + " (" + time(v.time()) + ")")
        .orElse("");
  }

  /** Returns {@code #5 at t=2}. */
  static String event(EventRef event) {
    return "#" + event.id() + " at " + time(event.time());
  }

  /**
   * Returns {@code 3 (requested 3)}, or {@code 1 (fixed 1)}; an empty string without components.
   */
  static String delay(List<DelayComponent> components) {
    if (components.isEmpty()) {
      return "";
    }
    long total = components.stream().mapToLong(DelayComponent::ticks).sum();
    String parts =
        components.stream()
            .map(component -> component.component() + " " + component.ticks())
            .collect(Collectors.joining(" + "));
    return total + " (" + parts + ")";
  }

  /** Returns a whole number, or an empty string when absent. */
  static String whole(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "";
  }

  /** Returns the ids joined with commas, or {@code none}. */
  static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }

  /** Returns {@code #1 FLOOD_IMPACT (environment:flood, t=1)}. */
  static String link(ChainLink link) {
    return String.format(
        Locale.ROOT, "#%d %s (%s, %s)", link.id(), link.type(), link.source(), time(link.time()));
  }
}
