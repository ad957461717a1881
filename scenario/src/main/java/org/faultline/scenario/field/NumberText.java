package org.faultline.scenario.field;

import java.math.BigDecimal;

/** Formats range bounds for messages the same way on every machine. */
final class NumberText {

  private NumberText() {}

  /** Formats a finite double without exponent or trailing zeros, such as "0", "1.5" or "0.001". */
  static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
