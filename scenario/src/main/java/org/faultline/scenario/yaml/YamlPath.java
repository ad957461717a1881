package org.faultline.scenario.yaml;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The field path of a node in a document, rendered as {@code services[2].capacity}.
 *
 * <p>Sequence indexes are 0-based. A key made only of letters, digits, {@code _} and {@code -} is
 * written as it is. Any other key is written in brackets and double quotes, as in {@code
 * labels["a.b"]}, so that two different paths never render the same. The root path renders as the
 * empty string. Instances are immutable.
 */
public final class YamlPath {

  /** The path of the document's root node. */
  public static final YamlPath ROOT = new YamlPath(null, "");

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private final YamlPath parent;
  private final String rendered;

  private YamlPath(YamlPath parent, String rendered) {
    this.parent = parent;
    this.rendered = rendered;
  }

  /** Returns the path of the value under a key of the mapping at this path. */
  public YamlPath key(String key) {
    Objects.requireNonNull(key, "key");
    String segment = PLAIN_KEY.matcher(key).matches() ? key : "[" + quote(key) + "]";
    boolean dotted = !isRoot() && PLAIN_KEY.matcher(key).matches();
    return new YamlPath(this, rendered + (dotted ? "." : "") + segment);
  }

  /** Returns the path of an item of the sequence at this path. */
  public YamlPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    return new YamlPath(this, rendered + "[" + index + "]");
  }

  /** Returns whether this is the root path. */
  public boolean isRoot() {
    return parent == null;
  }

  /** Returns the path of the enclosing node; the root's parent is the root. */
  public YamlPath parent() {
    return isRoot() ? this : parent;
  }

  /** Renders the path, for example {@code services[2].capacity}; the root renders as "". */
  @Override
  public String toString() {
    return rendered;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YamlPath path && rendered.equals(path.rendered);
  }

  @Override
  public int hashCode() {
    return rendered.hashCode();
  }

  private static String quote(String key) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
