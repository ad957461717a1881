package org.faultline.analysis.attention.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Formats numbers for the CSV outputs of this package. */
final class CsvNumbers {

  private static final int MAX_SIGNIFICANT_DIGITS = 17;

  private CsvNumbers() {}

  /**
   * Formats a finite double as the decimal with the fewest significant digits that parses back to
   * the same double, such as {@code 0.5}, {@code 3} or {@code 1.25E-7}.
   *
   * <p>The text is independent of the locale and of the JDK version: it comes from {@link
   * BigDecimal} arithmetic, whose results are fully specified, rather than from {@link
   * Double#toString}, whose digits changed in JDK 19. Python's {@code float}, pandas, R and DuckDB
   * read it back exactly. Zero is {@code 0}, negative zero {@code -0}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot format " + value + "; expected a finite number");
    }
    if (value == 0.0) {
      return Double.doubleToRawLongBits(value) == 0L ? "0" : "-0";
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < MAX_SIGNIFICANT_DIGITS; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(rounded.toString()) == value) {
        return rounded.stripTrailingZeros().toString();
      }
    }
    /* Seventeen significant digits are enough to identify every double. */
    return exact
        .round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
        .stripTrailingZeros()
        .toString();
  }
}
