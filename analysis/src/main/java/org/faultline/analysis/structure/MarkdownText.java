package org.faultline.analysis.structure;

import java.util.Locale;

/** Escapes text and formats numbers for the Markdown section. Stateless and thread-safe. */
final class MarkdownText {

  private static final String SPECIAL = "\\`*_[]<>|~&#!";

  private MarkdownText() {}

  /**
   * Escapes a service id or feature name for Markdown text and table cells: a backslash before
   * every character that could start emphasis, code, a link, HTML or a table cell, and a space for
   * each line break.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        escaped.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Formats with {@code digits} decimals in the root locale, without a sign on zero. */
  static String fixed(double value, int digits) {
    String text = String.format(Locale.ROOT, "%." + digits + "f", value);
    return isZero(text) ? text.substring(1) : text;
  }

  /**
   * Formats with at most four significant digits in the root locale and without trailing zeros,
   * such as 0.1235, 4, 0.5 or 1.235e-05.
   */
  static String significant(double value) {
    String text = String.format(Locale.ROOT, "%.4g", value);
    int exponent = text.indexOf('e');
    String mantissa = exponent < 0 ? text : text.substring(0, exponent);
    String suffix = exponent < 0 ? "" : text.substring(exponent);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    text = mantissa + suffix;
    return isZero(text) ? text.substring(1) : text;
  }

  /** Returns an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return n + "th";
    }
    return switch (n % 10) {
      case 1 -> n + "st";
      case 2 -> n + "nd";
      case 3 -> n + "rd";
      default -> n + "th";
    };
  }

  /** Returns "1 service" or "3 services". */
  static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  private static boolean isZero(String text) {
    return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9');
  }
}
