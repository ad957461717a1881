package org.faultline.scenario.yaml;

import java.util.regex.Pattern;

/**
 * Writes a tree back as YAML text in one canonical form, such as the scenario a run directory
 * stores after {@code --set} overrides were applied.
 *
 * <p>The form is block style with two-space indentation, keys in their original order, one entry
 * per line, and a final line break. A plain scalar is written with its exact text, so {@code 010}
 * and {@code 1.50} stay as written; an empty plain scalar is written as {@code null}. Every other
 * scalar is written in double quotes with escapes. Empty mappings and sequences are written as
 * {@code {}} and {@code []}. Comments, blank lines and the original quoting and flow style are not
 * kept. Reading the text back with {@link YamlReader} gives the same keys, items, types and texts,
 * except that an empty null reads back with the text {@code null}.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class YamlWriter {

  private static final String INDENT = "  ";
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private YamlWriter() {}

  /** Writes a tree as YAML text. */
  public static String write(YamlNode root) {
    StringBuilder out = new StringBuilder();
    if (isNonEmptyCollection(root)) {
      writeCollection(root, "", out);
    } else {
      out.append(inline(root)).append('\n');
    }
    return out.toString();
  }

  private static void writeMapping(MappingNode mapping, String indent, StringBuilder out) {
    for (MappingEntry entry : mapping.entries()) {
      out.append(indent).append(key(entry.key())).append(':');
      writeValue(entry.value(), indent, out);
    }
  }

  private static void writeSequence(SequenceNode sequence, String indent, StringBuilder out) {
    for (YamlNode item : sequence.items()) {
      if (isNonEmptyCollection(item)) {
        // The item's first line goes after its "- "; the others line up under it.
        StringBuilder nested = new StringBuilder();
        writeCollection(item, indent + INDENT, nested);
        out.append(indent)
            .append("- ")
            .append(nested, indent.length() + INDENT.length(), nested.length());
      } else {
        out.append(indent).append("- ").append(inline(item)).append('\n');
      }
    }
  }

  private static void writeValue(YamlNode value, String indent, StringBuilder out) {
    if (isNonEmptyCollection(value)) {
      out.append('\n');
      writeCollection(value, indent + INDENT, out);
    } else {
      out.append(' ').append(inline(value)).append('\n');
    }
  }

  private static void writeCollection(YamlNode node, String indent, StringBuilder out) {
    if (node instanceof MappingNode mapping) {
      writeMapping(mapping, indent, out);
    } else {
      writeSequence((SequenceNode) node, indent, out);
    }
  }

  private static boolean isNonEmptyCollection(YamlNode node) {
    return (node instanceof MappingNode mapping && !mapping.isEmpty())
        || (node instanceof SequenceNode sequence && !sequence.isEmpty());
  }

  /** Returns a scalar or an empty collection as it is written on one line. */
  private static String inline(YamlNode node) {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    return node instanceof MappingNode ? "{}" : "[]";
  }

  private static String scalar(ScalarNode scalar) {
    if (scalar.style() == ScalarStyle.PLAIN) {
      return scalar.text().isEmpty() ? "null" : scalar.text();
    }
    return ScalarNode.quote(scalar.text());
  }

  private static String key(String key) {
    boolean plain =
        PLAIN_KEY.matcher(key).matches() && CoreSchema.resolvePlain(key) == ScalarType.STRING;
    return plain ? key : ScalarNode.quote(key);
  }
}
