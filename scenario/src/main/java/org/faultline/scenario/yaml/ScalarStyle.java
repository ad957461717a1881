package org.faultline.scenario.yaml;

/**
 * Notation of a scalar in the file. Only a plain scalar can resolve to a type other than string.
 */
public enum ScalarStyle {
  /** Written without quotes or block indicator, such as {@code 3.0} or {@code hour}. */
  PLAIN,
  /** Written in single quotes. */
  SINGLE_QUOTED,
  /** Written in double quotes, where backslash escapes apply. */
  DOUBLE_QUOTED,
  /** Written as a literal block scalar ({@code |}), which keeps line breaks. */
  LITERAL,
  /** Written as a folded block scalar ({@code >}), which joins lines with spaces. */
  FOLDED;

  /** Returns whether the scalar was written in single or double quotes. */
  public boolean isQuoted() {
    return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
  }
}
