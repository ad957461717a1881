package org.faultline.analysis.figure;

import java.util.Locale;
import java.util.Objects;

/**
 * A point event such as an intervention, at a time in ticks, labelled e.g. "policy:central
 * intervenes".
 *
 * @param label text drawn beside the marker
 * @param time tick of the event, at least 0
 */
public record Marker(String label, long time) {

  /** Rejects a null label and a negative time. */
  public Marker {
    Objects.requireNonNull(label, "label");
    if (time < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "marker \"%s\": time %d is negative; expected a tick of 0 or more",
              label,
              time));
    }
  }
}
