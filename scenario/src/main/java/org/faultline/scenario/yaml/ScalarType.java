package org.faultline.scenario.yaml;

/**
 * The type a scalar resolves to under the YAML 1.2 core schema.
 *
 * <p>Quoted and block scalars are always strings. A plain scalar is null, a boolean, an integer or
 * a float when its whole text matches that type's pattern in the core schema, and a string
 * otherwise.
 */
public enum ScalarType {
  /** {@code null}, {@code Null}, {@code NULL}, {@code ~} or an empty plain scalar. */
  NULL("null"),
  /**
   * {@code true} or {@code false}, also capitalised or in upper case. {@code yes}, {@code no} and
   * {@code on} are strings.
   */
  BOOLEAN("a boolean"),
  /**
   * Decimal digits with an optional sign ({@code 010} is ten), {@code 0o} octal or {@code 0x}
   * hexadecimal.
   */
  INTEGER("an integer"),
  /** A decimal with a point or an exponent, or {@code .inf}, {@code -.inf}, {@code .nan}. */
  FLOAT("a number"),
  /** Any other text. */
  STRING("a string");

  private final String description;

  ScalarType(String description) {
    this.description = description;
  }

  /** Returns the type as a message names it, such as "an integer". */
  public String description() {
    return description;
  }
}
