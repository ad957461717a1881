package org.faultline.analysis.figure;

import java.util.Locale;
import java.util.Objects;

/**
 * A stressor's active period [start, end] in ticks, labelled e.g. "environment:flood".
 *
 * @param label text drawn with the period
 * @param start first tick of the period, at least 0
 * @param end last tick of the period, at least {@code start}
 */
public record Period(String label, long start, long end) {

  /** Rejects a null label, a negative start and an end before the start. */
  public Period {
    Objects.requireNonNull(label, "label");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "period \"%s\": [%d, %d] is not a period; expected 0 <= start <= end",
              label,
              start,
              end));
    }
  }
}
