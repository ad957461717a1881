package org.faultline.scenario.yaml;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Tag resolution of plain scalars by the YAML 1.2 core schema (YAML 1.2.2, section 10.3.2), and
 * conversion of resolved scalars to Java values.
 *
 * <p>Jackson 3.3 resolves plain scalars with SnakeYAML Engine's JSON-schema resolver, which reads
 * {@code ~}, {@code False}, {@code +12}, {@code .5} and {@code 010} as strings. The core schema
 * reads them as null, false, 12, 0.5 and 10, which is what a YAML 1.2 user expects, so this class
 * resolves every plain scalar itself from its text and ignores the token type Jackson chose.
 */
final class CoreSchema {

  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

  private CoreSchema() {}

  /** Resolves the type of a plain scalar from its text. */
  static ScalarType resolvePlain(String text) {
    if (NULL.matcher(text).matches()) {
      return ScalarType.NULL;
    }
    if (TRUE.matcher(text).matches() || FALSE.matcher(text).matches()) {
      return ScalarType.BOOLEAN;
    }
    if (DECIMAL_INT.matcher(text).matches()
        || OCTAL_INT.matcher(text).matches()
        || HEX_INT.matcher(text).matches()) {
      return ScalarType.INTEGER;
    }
    if (FLOAT.matcher(text).matches()
        || INFINITY.matcher(text).matches()
        || NAN.matcher(text).matches()) {
      return ScalarType.FLOAT;
    }
    return ScalarType.STRING;
  }

  /** Returns the value of an integer scalar, or empty when it does not fit in a long. */
  static OptionalLong toLong(String text) {
    BigInteger value = toBigInteger(text);
    return value.bitLength() < Long.SIZE
        ? OptionalLong.of(value.longValue())
        : OptionalLong.empty();
  }

  /*
   * Any integer with more significant digits than this, in base 8, 10 or 16, is at least 2^1024:
   * beyond every long and every finite double. Such integers are not converted digit by digit,
   * because BigInteger's conversion is quadratic in the number of digits and a file may hold a
   * megabyte of them.
   */
  private static final int MAX_SIGNIFICANT_DIGITS = 400;

  /**
   * Returns the value of an integer or float scalar as the nearest double, which may be infinite or
   * NaN.
   */
  static double toDouble(String text, ScalarType type) {
    if (type == ScalarType.INTEGER && DECIMAL_INT.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    if (type == ScalarType.INTEGER) {
      return toBigInteger(text).doubleValue();
    }
    if (NAN.matcher(text).matches()) {
      return Double.NaN;
    }
    if (INFINITY.matcher(text).matches()) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(text);
  }

  /** Returns the value of a boolean scalar. */
  static boolean toBoolean(String text) {
    return TRUE.matcher(text).matches();
  }

  /** Returns the value of a scalar of a given type for the typed views of {@link ScalarNode}. */
  static OptionalDouble toOptionalDouble(String text, ScalarType type) {
    boolean numeric = type == ScalarType.INTEGER || type == ScalarType.FLOAT;
    return numeric ? OptionalDouble.of(toDouble(text, type)) : OptionalDouble.empty();
  }

  /** Returns the boolean value of a scalar of a given type, or empty when it is not a boolean. */
  static Optional<Boolean> toOptionalBoolean(String text, ScalarType type) {
    return type == ScalarType.BOOLEAN ? Optional.of(toBoolean(text)) : Optional.empty();
  }

  /** Returns the value of an integer scalar, or 2^1100 in place of one too long to fit a double. */
  private static BigInteger toBigInteger(String text) {
    boolean negative = text.startsWith("-");
    String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    int radix = 10;
    if (unsigned.startsWith("0o")) {
      radix = 8;
      unsigned = unsigned.substring(2);
    } else if (unsigned.startsWith("0x")) {
      radix = 16;
      unsigned = unsigned.substring(2);
    }
    String digits = stripLeadingZeros(unsigned);
    BigInteger value =
        digits.length() > MAX_SIGNIFICANT_DIGITS
            ? BigInteger.ONE.shiftLeft(1100)
            : new BigInteger(digits, radix);
    return negative ? value.negate() : value;
  }

  private static String stripLeadingZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
  }
}
