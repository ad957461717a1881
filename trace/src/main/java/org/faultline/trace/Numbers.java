package org.faultline.trace;

import tools.jackson.core.io.NumberOutput;

/**
 * The formatting and parsing of every floating-point number in the run directory.
 *
 * <p>{@link #format(double)} prints the shortest decimal that parses back to the same double, in
 * the layout of {@link Double#toString(double)}: plain notation ({@code 4.0}, {@code
 * 0.3333333333333333}) when the magnitude is at least 10<sup>-3</sup> and below 10<sup>7</sup>,
 * otherwise computerized scientific notation ({@code 1.0E-7}, {@code 1.0E21}). The result is the
 * same on every JDK from 17 on and in every locale. Negative zero is normalised and prints as
 * {@code 0.0}, because the model gives the sign of a zero no meaning and {@code -0.0} reads as a
 * negative level in a report.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Numbers {

  /*
   * Why not Double.toString: on JDK 17 it is not always the shortest round-tripping decimal
   * (1.0E23 prints as 9.999999999999999E22), and JDK 19 replaced it with Schubfach, so the
   * same double printed differently before and after JDK 19.
   *
   * What is used instead: jackson-core 3.3.0's NumberOutput.toString(value, true). In that
   * release the fast writer is the XJB algorithm (tools.jackson.core.io.xjb.XJBWriter), which
   * replaced the Schubfach writer of jackson-core 3.2. XJBWriter is plain integer arithmetic
   * (Math.multiplyHigh, Long.compareUnsigned) in one class file with no JDK-specific variant,
   * so its output does not depend on the JDK. It was compared with JDK 25's Double.toString
   * over two million random bit patterns and a million chosen values: powers of two and their
   * neighbours, subnormals, k/10, k/3, k*1e-7 and repeated subtraction of 0.1. The two printed
   * the same text for all of them except the eight smallest subnormal doubles, 0x1 to 0x14.
   * There XJB prints one significant digit (5.0E-324) where Schubfach prints two (4.9E-324),
   * and both parse back to the same double. NumbersTest pins these cases, so a Jackson upgrade
   * that changes the output fails the build instead of silently changing fingerprints.
   */

  private Numbers() {}

  /**
   * Formats a finite double as the shortest decimal that parses back to the same value.
   *
   * @param value the number to format; must be finite
   * @return the decimal text, never empty; {@code -0.0} gives {@code "0.0"}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "cannot format " + value + ": only finite numbers have a decimal form");
    }
    if (value == 0.0) {
      return "0.0";
    }
    return NumberOutput.toString(value, /* useFastWriter= */ true);
  }

  /**
   * Parses decimal text as written by {@link #format(double)} or as a plain integer.
   *
   * <p>The accepted syntax is that of a JSON number: an optional minus sign, digits, an optional
   * fraction and an optional exponent ({@code 4}, {@code -0.25}, {@code 1.0E-7}). Unlike {@link
   * Double#parseDouble(String)}, it rejects surrounding whitespace, a leading plus sign, {@code
   * NaN}, {@code Infinity}, hexadecimal and type suffixes such as {@code d}.
   *
   * @param text the decimal text
   * @return the nearest double; finite unless the text is out of the range of a double
   * @throws NumberFormatException if the text is not a decimal number
   */
  public static double parse(String text) {
    if (!isDecimal(text)) {
      throw new NumberFormatException("not a decimal number: \"" + text + "\"");
    }
    return Double.parseDouble(text);
  }

  private static boolean isDecimal(String text) {
    int length = text.length();
    int position = 0;
    if (position < length && text.charAt(position) == '-') {
      position++;
    }
    int integerEnd = skipDigits(text, position);
    if (integerEnd == position) {
      return false;
    }
    position = integerEnd;
    if (position < length && text.charAt(position) == '.') {
      int fractionEnd = skipDigits(text, position + 1);
      if (fractionEnd == position + 1) {
        return false;
      }
      position = fractionEnd;
    }
    if (position < length && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
      position++;
      if (position < length && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
        position++;
      }
      int exponentEnd = skipDigits(text, position);
      if (exponentEnd == position) {
        return false;
      }
      position = exponentEnd;
    }
    return position == length;
  }

  private static int skipDigits(String text, int start) {
    int position = start;
    while (position < text.length()
        && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    return position;
  }
}
