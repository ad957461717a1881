package org.faultline.scenario.override;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code --set} path such as {@code services[1].capacity} or {@code
 * services.emergency.capacity}.
 *
 * <p>A path is a key followed by any number of {@code .name} and {@code [index]} steps. A name
 * selects a key of a mapping, or the item of a sequence whose {@code id} is that name; an index
 * selects a sequence item, counting from 0. Names cannot contain {@code .}, {@code [}, {@code ]} or
 * {@code =}.
 */
record OverridePath(String text, List<Step> steps) {

  /** One step of a path. */
  sealed interface Step permits Name, Index {}

  /** A key of a mapping, or the id of a sequence item. */
  record Name(String name) implements Step {}

  /** A 0-based index of a sequence item. */
  record Index(int index) implements Step {}

  /** Parses a path, or returns empty when it does not follow the syntax. */
  static Optional<OverridePath> parse(String text) {
    List<Step> steps = new ArrayList<>();
    int i = 0;
    boolean expectName = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[' && !steps.isEmpty()) {
        int close = text.indexOf(']', i);
        Optional<Integer> index =
            close < 0 ? Optional.empty() : parseIndex(text.substring(i + 1, close));
        if (index.isEmpty()) {
          return Optional.empty();
        }
        steps.add(new Index(index.get()));
        i = close + 1;
        expectName = false;
      } else if (c == '.' && !expectName) {
        i++;
        expectName = true;
      } else if (expectName && isNameChar(c)) {
        int end = i;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        steps.add(new Name(text.substring(i, end)));
        i = end;
        expectName = false;
      } else {
        return Optional.empty();
      }
    }
    return expectName ? Optional.empty() : Optional.of(new OverridePath(text, List.copyOf(steps)));
  }

  /**
   * Returns whether a text can be written as one name step, such as an item id used to select it.
   */
  static boolean isName(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> isNameChar((char) c));
  }

  private static Optional<Integer> parseIndex(String digits) {
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }

  private static boolean isNameChar(char c) {
    return c != '.' && c != '[' && c != ']' && c != '=' && !Character.isWhitespace(c);
  }
}
