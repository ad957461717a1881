package org.faultline.scenario.yaml;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.faultline.scenario.problem.Position;

/**
 * A scalar: its exact text, how it was written and the type it resolves to under the YAML 1.2 core
 * schema, with typed views of its value.
 *
 * <p>The text of a plain scalar is as written, so {@code 1.50} stays {@code 1.50}. The text of a
 * quoted or block scalar is its content after YAML's unescaping and line folding.
 */
public final class ScalarNode implements YamlNode {

  /**
   * Maximum number of characters of text that {@link #display()} shows before it cuts the value
   * short.
   */
  private static final int MAX_DISPLAY_LENGTH = 60;

  private final String text;
  private final ScalarStyle style;
  private final ScalarType type;
  private final Position position;
  private final YamlPath path;

  /**
   * Creates a scalar and resolves its type from its text and style.
   *
   * @param text the scalar's text; for quoted and block scalars, their content
   * @param style how the scalar was written
   * @param position where the scalar starts
   * @param path the scalar's field path
   */
  public ScalarNode(String text, ScalarStyle style, Position position, YamlPath path) {
    this.text = Objects.requireNonNull(text, "text");
    this.style = Objects.requireNonNull(style, "style");
    this.position = Objects.requireNonNull(position, "position");
    this.path = Objects.requireNonNull(path, "path");
    this.type = style == ScalarStyle.PLAIN ? CoreSchema.resolvePlain(text) : ScalarType.STRING;
  }

  /**
   * Returns the same scalar at another position and path, as when a --set value replaces a field.
   */
  public ScalarNode relocate(Position newPosition, YamlPath newPath) {
    return new ScalarNode(text, style, newPosition, newPath);
  }

  /** Returns the scalar's exact text; an empty plain scalar has the text "". */
  public String text() {
    return text;
  }

  /** Returns how the scalar was written. */
  public ScalarStyle style() {
    return style;
  }

  /** Returns whether the scalar was written in single or double quotes. */
  public boolean isQuoted() {
    return style.isQuoted();
  }

  /** Returns the type the scalar resolves to. */
  public ScalarType type() {
    return type;
  }

  /**
   * Returns the type the text would resolve to written without quotes, such as an integer for
   * {@code "3"}.
   */
  public ScalarType plainType() {
    return CoreSchema.resolvePlain(text);
  }

  /** Returns whether the scalar is null: {@code null}, {@code ~} or nothing at all, unquoted. */
  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  /**
   * Returns the value of an integer or float scalar as a double.
   *
   * @return the nearest double, which is NaN for {@code .nan} and infinite for {@code .inf}, {@code
   *     -.inf} and integers or decimals beyond the range of a double; empty for any other type
   */
  public OptionalDouble asDouble() {
    return CoreSchema.toOptionalDouble(text, type);
  }

  /**
   * Returns the value of an integer scalar as a long.
   *
   * @return the value; empty for any other type, including a float such as {@code 2.0}, and for an
   *     integer outside the range of a long
   */
  public OptionalLong asLong() {
    return type == ScalarType.INTEGER ? CoreSchema.toLong(text) : OptionalLong.empty();
  }

  /** Returns the value of a boolean scalar, or empty for any other type. */
  public Optional<Boolean> asBoolean() {
    return CoreSchema.toOptionalBoolean(text, type);
  }

  /**
   * Returns the scalar's text for use as a string.
   *
   * <p>A number or boolean written where a string is expected reads as it was written.
   *
   * @return the exact text for every type but null; empty for a null scalar
   */
  public Optional<String> asString() {
    return isNull() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Returns the value as a problem message shows it.
   *
   * <p>A string is shown in double quotes with escapes, other types as written. Text longer than 60
   * characters is cut short and ends in "...".
   */
  public String display() {
    if (type == ScalarType.NULL) {
      return text.isEmpty() ? "null" : text;
    }
    String excerpt =
        text.length() > MAX_DISPLAY_LENGTH ? text.substring(0, MAX_DISPLAY_LENGTH) + "..." : text;
    return type == ScalarType.STRING ? quote(excerpt) : excerpt;
  }

  @Override
  public Position position() {
    return position;
  }

  @Override
  public YamlPath path() {
    return path;
  }

  @Override
  public String description() {
    return type.description();
  }

  @Override
  public String toString() {
    return path + " = " + display() + " at " + position;
  }

  /** Returns text in double quotes, escaping quotes, backslashes and control characters. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
