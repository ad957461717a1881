package org.faultline.analysis.postmortem.finding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.faultline.trace.Numbers;

/**
 * Formats numbers for people to read in the report, such as {@code 0.333} for 1/3; the exact values
 * are in {@code analysis.json}. This class is stateless and thread-safe.
 */
public final class ReadableNumbers {

  private static final int DECIMALS = 3;
  private static final MathContext SMALL = new MathContext(3, RoundingMode.HALF_EVEN);
  private static final double SMALL_BELOW = 0.01;
  private static final double LARGE_FROM = 1e7;

  private ReadableNumbers() {}

  /**
   * Formats a double rounded for reading: three decimals from 0.01 on, three significant digits
   * below, trailing zeros dropped but one decimal kept ({@code 1.0}, {@code 2.7}, {@code 0.00012}).
   * Magnitudes from 10<sup>7</sup> on are in the exact scientific form of the run files; NaN is
   * {@code NaN}.
   *
   * @param value the number
   * @return the text, rounded half to even from the exact binary value
   */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "infinity" : "-infinity";
    }
    if (value == 0.0) {
      return "0.0";
    }
    if (Math.abs(value) >= LARGE_FROM) {
      return Numbers.format(value);
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal rounded =
        Math.abs(value) >= SMALL_BELOW
            ? exact.setScale(DECIMALS, RoundingMode.HALF_EVEN)
            : exact.round(SMALL);
    String text = rounded.stripTrailingZeros().toPlainString();
    if (text.indexOf('.') < 0) {
      text = text + ".0";
    }
    return text.equals("-0.0") ? "0.0" : text;
  }
}
