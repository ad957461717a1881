package org.faultline.scenario.field;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The strings a field accepts: those the whole of which a pattern matches, with a description of
 * them in words for messages.
 *
 * @param pattern the pattern a whole value must match
 * @param description the accepted values in words, such as "lowercase letters, digits and '-'"
 */
public record StringFormat(Pattern pattern, String description) {

  /** Validates that no field is null and the description is not blank. */
  public StringFormat {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
  }

  /** Creates a format from a regular expression and its description. */
  public static StringFormat of(String regex, String description) {
    return new StringFormat(Pattern.compile(regex), description);
  }

  /** Returns whether the pattern matches the whole value. */
  public boolean matches(String value) {
    return pattern.matcher(value).matches();
  }
}
