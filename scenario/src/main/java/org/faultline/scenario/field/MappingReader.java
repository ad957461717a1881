package org.faultline.scenario.field;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.Suggestions;
import org.faultline.scenario.yaml.MappingEntry;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.ScalarType;
import org.faultline.scenario.yaml.SequenceNode;
import org.faultline.scenario.yaml.YamlNode;
import org.faultline.scenario.yaml.YamlPath;

/**
 * Reads the fields of one mapping with strict types, recording one problem per invalid field and
 * going on, so that a binder collects every problem of a document.
 *
 * <p>Creating a reader records each key of the mapping that is not allowed, with the nearest
 * allowed key when one is close. Each read then checks one field. A required field must be present
 * and not null, while an optional field that is absent or null takes its default. A field of the
 * wrong type or out of range is a problem naming its path, its value and what would be valid. A
 * required read returns empty and an optional read returns its default after a problem, and {@link
 * #isValid()} tells the binder whether to build anything from the values read.
 *
 * <p>A node that is not a mapping is recorded as one problem, after which every read returns empty
 * or its default without recording more. Reading a key that is not in the allowed list is a
 * programming error and throws {@link IllegalArgumentException}. Instances are not thread-safe.
 */
public final class MappingReader {

  private static final String BOOLEAN_DESCRIPTION = "true or false";
  private static final String STRING_DESCRIPTION = "a non-empty string";

  private final MappingNode mapping;
  private final Problems problems;
  private final List<String> allowedKeys;
  private int problemCount;

  private MappingReader(MappingNode mapping, Problems problems, List<String> allowedKeys) {
    this.mapping = mapping;
    this.problems = problems;
    this.allowedKeys = allowedKeys;
  }

  /**
   * Creates a reader for a node that should be a mapping, and records its unknown keys.
   *
   * @param node the node to read
   * @param problems where problems are recorded
   * @param allowedKeys the keys the mapping may have, in the order messages list them
   * @return a reader; when the node is not a mapping, one that reads nothing
   */
  public static MappingReader of(YamlNode node, Problems problems, List<String> allowedKeys) {
    List<String> keys = List.copyOf(allowedKeys);
    if (new HashSet<>(keys).size() != keys.size()) {
      throw new IllegalArgumentException("allowed keys must be distinct: " + keys);
    }
    if (!(node instanceof MappingNode mapping)) {
      MappingReader absent = new MappingReader(null, problems, keys);
      absent.record(
          node.problem(
              "expected a mapping with the keys "
                  + String.join(", ", keys)
                  + ", found "
                  + describe(node)));
      return absent;
    }
    MappingReader reader = new MappingReader(mapping, problems, keys);
    reader.recordUnknownKeys();
    return reader;
  }

  /**
   * Returns whether this reader has recorded no problem, so that the values it returned can be
   * used.
   */
  public boolean isValid() {
    return problemCount == 0;
  }

  /** Returns the path of the mapping being read. */
  public Optional<YamlPath> path() {
    return Optional.ofNullable(mapping).map(MappingNode::path);
  }

  /** Returns the node under an allowed key as written, or empty when absent, with no check. */
  public Optional<YamlNode> node(String key) {
    checkAllowed(key);
    return mapping == null ? Optional.empty() : mapping.get(key);
  }

  /** Returns whether an allowed key is present with a value that is not null. */
  public boolean has(String key) {
    return present(key).isPresent();
  }

  /** Reads a required finite number in a range. */
  public OptionalDouble requiredDouble(String key, DoubleRange range) {
    Optional<YamlNode> node = required(key, range.description());
    return node.isPresent() ? toDouble(node.get(), range) : OptionalDouble.empty();
  }

  /** Reads an optional finite number in a range; absent, null or invalid gives the default. */
  public double optionalDouble(String key, double defaultValue, DoubleRange range) {
    return present(key)
        .map(node -> toDouble(node, range))
        .orElse(OptionalDouble.empty())
        .orElse(defaultValue);
  }

  /** Reads a required integer in a range; a float such as {@code 2.0} is not an integer. */
  public OptionalLong requiredLong(String key, LongRange range) {
    Optional<YamlNode> node = required(key, range.description());
    return node.isPresent() ? toLong(node.get(), range) : OptionalLong.empty();
  }

  /** Reads an optional integer in a range; absent, null or invalid gives the default. */
  public long optionalLong(String key, long defaultValue, LongRange range) {
    return present(key)
        .map(node -> toLong(node, range))
        .orElse(OptionalLong.empty())
        .orElse(defaultValue);
  }

  /** Reads a required {@code true} or {@code false}. */
  public Optional<Boolean> requiredBoolean(String key) {
    return required(key, BOOLEAN_DESCRIPTION).flatMap(this::toBoolean);
  }

  /** Reads an optional {@code true} or {@code false}; absent, null or invalid gives the default. */
  public boolean optionalBoolean(String key, boolean defaultValue) {
    return present(key).flatMap(this::toBoolean).orElse(defaultValue);
  }

  /** Reads a required non-empty string; a number or boolean reads as its text. */
  public Optional<String> requiredString(String key) {
    return required(key, STRING_DESCRIPTION).flatMap(node -> toString(node, null));
  }

  /** Reads a required string that matches a format. */
  public Optional<String> requiredString(String key, StringFormat format) {
    return required(key, format.description()).flatMap(node -> toString(node, format));
  }

  /** Reads an optional string, which may be empty; absent, null or invalid gives the default. */
  public String optionalString(String key, String defaultValue) {
    return present(key).flatMap(node -> toScalarText(node, "a string")).orElse(defaultValue);
  }

  /** Reads a required value that must be one of a list of names, such as a unit. */
  public Optional<String> enumValue(String key, List<String> allowed) {
    return required(key, oneOf(allowed)).flatMap(node -> toEnum(node, allowed));
  }

  /**
   * Reads an optional value that must be one of a list of names; absent, null or invalid gives the
   * default.
   */
  public String optionalEnumValue(String key, String defaultValue, List<String> allowed) {
    return present(key).flatMap(node -> toEnum(node, allowed)).orElse(defaultValue);
  }

  /**
   * Reads a required sequence, which may be empty; returns its items, or no items after a problem.
   */
  public List<YamlNode> requiredSequence(String key) {
    return required(key, "a sequence").map(this::toItems).orElse(List.of());
  }

  /** Reads an optional sequence; absent or null gives no items. */
  public List<YamlNode> optionalSequence(String key) {
    return present(key).map(this::toItems).orElse(List.of());
  }

  /** Reads a required mapping, to be read with its own {@link MappingReader}. */
  public Optional<MappingNode> requiredMapping(String key) {
    return required(key, "a mapping").flatMap(this::toMapping);
  }

  /** Reads an optional mapping; absent or null gives empty. */
  public Optional<MappingNode> optionalMapping(String key) {
    return present(key).flatMap(this::toMapping);
  }

  /**
   * Reads an optional sequence of non-empty strings, such as a list of service ids; absent or null
   * gives none.
   */
  public List<String> stringList(String key) {
    return stringNodes(key).stream().map(ScalarNode::text).toList();
  }

  /**
   * Reads an optional sequence of non-empty strings and returns their nodes, for problems that need
   * positions.
   */
  public List<ScalarNode> stringNodes(String key) {
    List<ScalarNode> strings = new ArrayList<>();
    for (YamlNode item : optionalSequence(key)) {
      boolean valid = toString(item, null).isPresent();
      if (valid) {
        strings.add((ScalarNode) item);
      }
    }
    return strings;
  }

  /**
   * Records a problem the binder found at a node, such as a duplicate id, as a problem of this
   * reader.
   */
  public void reject(YamlNode node, String message) {
    record(node.problem(message));
  }

  private void recordUnknownKeys() {
    Set<String> allowed = Set.copyOf(allowedKeys);
    for (MappingEntry entry : mapping.entries()) {
      if (allowed.contains(entry.key())) {
        continue;
      }
      String hint =
          Suggestions.likelyTypo(entry.key(), allowedKeys)
              .map(near -> " (did you mean '" + near + "'?)")
              .orElse("");
      record(
          Problem.at(
              entry.keyPosition(),
              mapping.path().key(entry.key()).toString(),
              entry.key(),
              "unknown key '"
                  + entry.key()
                  + "'"
                  + hint
                  + "; allowed keys: "
                  + String.join(", ", allowedKeys)));
    }
  }

  private Optional<YamlNode> required(String key, String expected) {
    checkAllowed(key);
    if (mapping == null) {
      return Optional.empty();
    }
    Optional<YamlNode> node = mapping.get(key);
    if (node.isEmpty()) {
      record(
          Problem.at(
              mapping.position(),
              mapping.path().key(key).toString(),
              null,
              "missing required key '" + key + "': expected " + expected));
    } else if (node.get() instanceof ScalarNode scalar && scalar.isNull()) {
      record(scalar.problem("missing value: expected " + expected));
      return Optional.empty();
    }
    return node;
  }

  private Optional<YamlNode> present(String key) {
    return node(key).filter(node -> !(node instanceof ScalarNode scalar && scalar.isNull()));
  }

  private OptionalDouble toDouble(YamlNode node, DoubleRange range) {
    Optional<ScalarNode> scalar = toScalar(node, range.description());
    OptionalDouble value = scalar.map(ScalarNode::asDouble).orElse(OptionalDouble.empty());
    if (scalar.isPresent() && (value.isEmpty() || !range.contains(value.getAsDouble()))) {
      recordInvalid(scalar.get(), range.description());
      return OptionalDouble.empty();
    }
    return value;
  }

  private OptionalLong toLong(YamlNode node, LongRange range) {
    Optional<ScalarNode> scalar = toScalar(node, range.description());
    OptionalLong value = scalar.map(ScalarNode::asLong).orElse(OptionalLong.empty());
    if (scalar.isPresent() && scalar.get().type() == ScalarType.INTEGER && value.isEmpty()) {
      record(
          scalar
              .get()
              .problem(
                  "invalid value "
                      + scalar.get().display()
                      + ": must be "
                      + range.description()
                      + " (the value does not fit in a 64-bit integer)"));
      return OptionalLong.empty();
    }
    if (scalar.isPresent() && (value.isEmpty() || !range.contains(value.getAsLong()))) {
      recordInvalid(scalar.get(), range.description());
      return OptionalLong.empty();
    }
    return value;
  }

  private Optional<Boolean> toBoolean(YamlNode node) {
    Optional<ScalarNode> scalar = toScalar(node, BOOLEAN_DESCRIPTION);
    Optional<Boolean> value = scalar.flatMap(ScalarNode::asBoolean);
    if (scalar.isPresent() && value.isEmpty()) {
      recordInvalid(scalar.get(), BOOLEAN_DESCRIPTION);
    }
    return value;
  }

  /** Returns a non-empty string, which also matches the format when one is given. */
  private Optional<String> toString(YamlNode node, StringFormat format) {
    String expected = format == null ? STRING_DESCRIPTION : format.description();
    Optional<String> text = toScalarText(node, expected);
    boolean valid = text.map(t -> format == null ? !t.isEmpty() : format.matches(t)).orElse(true);
    if (!valid) {
      recordInvalid((ScalarNode) node, expected);
      return Optional.empty();
    }
    return text;
  }

  private Optional<String> toScalarText(YamlNode node, String expected) {
    Optional<ScalarNode> scalar = toScalar(node, expected);
    if (scalar.isPresent() && scalar.get().isNull()) {
      record(scalar.get().problem("missing value: expected " + expected));
      return Optional.empty();
    }
    return scalar.flatMap(ScalarNode::asString);
  }

  private Optional<String> toEnum(YamlNode node, List<String> allowed) {
    Optional<String> text = toScalarText(node, oneOf(allowed));
    if (text.isPresent() && !allowed.contains(text.get())) {
      String hint =
          Suggestions.likelyTypo(text.get(), allowed)
              .map(near -> " (did you mean '" + near + "'?)")
              .orElse("");
      record(
          node.problem(
              "invalid value "
                  + ((ScalarNode) node).display()
                  + ": must be "
                  + oneOf(allowed)
                  + hint));
      return Optional.empty();
    }
    return text;
  }

  private List<YamlNode> toItems(YamlNode node) {
    if (node instanceof SequenceNode sequence) {
      return sequence.items();
    }
    recordWrongKind(node, "a sequence");
    return List.of();
  }

  private Optional<MappingNode> toMapping(YamlNode node) {
    if (node instanceof MappingNode nested) {
      return Optional.of(nested);
    }
    recordWrongKind(node, "a mapping");
    return Optional.empty();
  }

  /** Returns the node as a scalar, or records that a collection is where a scalar is expected. */
  private Optional<ScalarNode> toScalar(YamlNode node, String expected) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar);
    }
    recordWrongKind(node, expected);
    return Optional.empty();
  }

  private void recordWrongKind(YamlNode node, String expected) {
    record(node.problem("expected " + expected + ", found " + describe(node)));
  }

  private void recordInvalid(ScalarNode scalar, String expected) {
    String hint = "";
    boolean quotedValue =
        scalar.isQuoted()
            && scalar.plainType() != ScalarType.STRING
            && scalar.plainType() != ScalarType.NULL;
    if (quotedValue) {
      hint = " (a quoted value is a string: remove the quotes)";
    }
    record(scalar.problem("invalid value " + scalar.display() + ": must be " + expected + hint));
  }

  private void record(Problem problem) {
    problems.add(problem);
    problemCount++;
  }

  private void checkAllowed(String key) {
    if (!allowedKeys.contains(key)) {
      throw new IllegalArgumentException(
          "key '" + key + "' is not among the allowed keys " + allowedKeys);
    }
  }

  private static String oneOf(List<String> allowed) {
    return "one of " + String.join(", ", allowed);
  }

  private static String describe(YamlNode node) {
    return node instanceof ScalarNode scalar && !scalar.isNull()
        ? scalar.description() + " " + scalar.display()
        : node.description();
  }
}
