package org.faultline.scenario.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.ScenarioException;
import org.faultline.scenario.yaml.StrictYamlFactory.EventParser;

/**
 * Reads a scenario file into a positioned tree, or reports every problem that keeps it from being
 * one.
 *
 * <p>A file is read in three steps. Its size is checked against the byte limit before anything is
 * parsed. Its bytes are decoded as strict UTF-8; a UTF-8 byte order mark is skipped. Its text is
 * parsed with Jackson's YAML streaming parser into a tree of {@link MappingNode}, {@link
 * SequenceNode} and {@link ScalarNode}; no class named in the file is ever instantiated. The file
 * must hold exactly one document whose root is a mapping, without duplicate keys, anchors, aliases,
 * tags or directives other than {@code %YAML 1.2}, nested at most {@link ReadLimits#maxDepth()}
 * levels deep.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class YamlReader {

  private final ReadLimits limits;
  private final StrictYamlFactory factory;

  private YamlReader(ReadLimits limits) {
    this.limits = limits;
    this.factory = StrictYamlFactory.create(limits);
  }

  /** Returns a reader with the default limits of 1 MiB and 32 levels. */
  public static YamlReader withDefaults() {
    return new YamlReader(ReadLimits.defaults());
  }

  /** Returns a reader with the given limits. */
  public static YamlReader withLimits(ReadLimits limits) {
    return new YamlReader(limits);
  }

  /** Returns the limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a scenario file; problems name the file as the path is written.
   *
   * @return the document's root mapping
   * @throws ScenarioException with every problem found, when the file cannot be read or is invalid
   */
  public MappingNode readFile(Path file) {
    String source = file.toString();
    Problems problems = new Problems();
    byte[] bytes = null;
    try {
      if (Files.isDirectory(file)) {
        problems.add(
            Position.of(source),
            "",
            null,
            "cannot read the scenario: this is a directory, not a file");
      } else if (Files.size(file) > limits.maxBytes()) {
        recordTooLarge(Files.size(file), source, problems);
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          bytes = in.readNBytes(limits.maxBytes() + 1);
        }
      }
    } catch (NoSuchFileException e) {
      problems.add(Position.of(source), "", null, "cannot read the scenario: file not found");
    } catch (AccessDeniedException e) {
      problems.add(Position.of(source), "", null, "cannot read the scenario: permission denied");
    } catch (IOException e) {
      problems.add(Position.of(source), "", null, "cannot read the scenario: " + e.getMessage());
    }
    problems.throwIfAny();
    return read(source, bytes);
  }

  /**
   * Reads a scenario from bytes.
   *
   * @param source the name problems give as the source, usually the file name
   * @param content the file's bytes
   * @return the document's root mapping
   * @throws ScenarioException with every problem found, when the content is invalid
   */
  public MappingNode read(String source, byte[] content) {
    Problems problems = new Problems();
    if (content.length > limits.maxBytes()) {
      recordTooLarge(content.length, source, problems);
      problems.throwIfAny();
    }
    Optional<String> text = SourceText.decode(content, source, problems);
    problems.throwIfAny();

    Optional<YamlNode> root = parse(source, text.orElseThrow(), problems);
    if (root.isEmpty() && problems.isEmpty()) {
      problems.add(
          Position.of(source),
          "",
          null,
          "no YAML document found: the file is empty or contains"
              + " only comments, but a scenario file must contain one YAML mapping of keys to values");
    }
    root.filter(node -> !(node instanceof MappingNode))
        .ifPresent(
            node ->
                problems.add(
                    node.problem(
                        "the document must be a YAML mapping of keys to values, but it is "
                            + describeValue(node))));
    problems.throwIfAny();
    return (MappingNode) root.orElseThrow();
  }

  /**
   * Reads one YAML value from text, such as the value of a {@code --set} override.
   *
   * <p>The same rules apply as to a file, except that any node may be the root and an empty text is
   * a null scalar. Positions in the result and in problems are relative to the text.
   *
   * @param source the name problems give as the source
   * @param text the value's text
   * @return the value's root node, at the root path
   * @throws ScenarioException with every problem found, when the text is invalid
   */
  public YamlNode readValue(String source, String text) {
    Problems problems = new Problems();
    if (text.isEmpty()) {
      return new ScalarNode("", ScalarStyle.PLAIN, new Position(source, 1, 1), YamlPath.ROOT);
    }
    byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (content.length > limits.maxBytes()) {
      recordTooLarge(content.length, source, problems);
      problems.throwIfAny();
    }
    SourceText.decode(content, source, problems);
    problems.throwIfAny();

    Optional<YamlNode> root = parse(source, text, problems);
    if (root.isEmpty() && problems.isEmpty()) {
      return new ScalarNode("", ScalarStyle.PLAIN, new Position(source, 1, 1), YamlPath.ROOT);
    }
    problems.throwIfAny();
    return root.orElseThrow();
  }

  private Optional<YamlNode> parse(String source, String text, Problems problems) {
    try (EventParser parser = factory.createEventParser(new StringReader(text))) {
      return new TreeBuilder(parser, source, limits.maxDepth(), problems).read();
    }
  }

  private void recordTooLarge(long size, String source, Problems problems) {
    problems.add(
        Position.of(source),
        "",
        Long.toString(size),
        "the file is too large: "
            + size
            + " bytes, but the limit is "
            + limits.maxBytes()
            + " bytes");
  }

  private static String describeValue(YamlNode node) {
    return node instanceof ScalarNode scalar
        ? scalar.description() + " " + scalar.display()
        : node.description();
  }
}
