package org.faultline.scenario.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.StrictYamlFactory.EventParser;
import org.faultline.scenario.yaml.StrictYamlFactory.UnsupportedKeyException;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Builds the positioned tree of one YAML document from a parser's token stream, recording every
 * problem of the document on the way.
 *
 * <p>Anchors, aliases, tags, directives and duplicate keys are recorded and reading goes on, so
 * that all of them are reported together. A syntax error, nesting beyond the depth limit or a key
 * that is not a scalar ends reading, because nothing after it can be placed reliably. Instances
 * read one document once and are not thread-safe.
 */
final class TreeBuilder {

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  /*
   * A document built on aliases, such as the "billion laughs" one, contains dozens of them. Past
   * this many, the rest are counted in one problem instead of listed.
   */
  private static final int MAX_LISTED_ANCHORS_AND_ALIASES = 10;
  private static final String NO_ANCHORS =
      "anchors and aliases are not supported: write the value out in full";

  private final EventParser parser;
  private final String source;
  private final int maxDepth;
  private final Problems problems;
  private int anchorsAndAliases;
  private Position firstUnlisted;

  TreeBuilder(EventParser parser, String source, int maxDepth, Problems problems) {
    this.parser = parser;
    this.source = source;
    this.maxDepth = maxDepth;
    this.problems = problems;
  }

  /** Thrown to end reading after a problem that leaves the rest of the input unplaceable. */
  private static final class StopReading extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the document. When reading has to stop, a problem is recorded and the result is empty.
   *
   * @return the root node, or empty when the input contains no document or reading had to stop
   */
  Optional<YamlNode> read() {
    try {
      return readDocument();
    } finally {
      recordUnlistedAnchorsAndAliases();
    }
  }

  private Optional<YamlNode> readDocument() {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      checkDirectives(parser.firstDocument());
      YamlNode root = readNode(first, YamlPath.ROOT, 1);
      checkNoSecondDocument();
      return Optional.of(root);
    } catch (StopReading stop) {
      return Optional.empty();
    } catch (UnsupportedKeyException key) {
      problems.add(
          position(key.mark()),
          "",
          null,
          "a mapping key must be a single value: a mapping, a sequence or an alias cannot be a key");
      return Optional.empty();
    } catch (JacksonException error) {
      recordParseError(error);
      return Optional.empty();
    }
  }

  private YamlNode readNode(JsonToken token, YamlPath path, int depth) {
    Event event = parser.currentEvent();
    Position position = position(event.getStartMark());
    checkNodeProperties(event, position, path);

    return switch (token) {
      case START_OBJECT -> readMapping(position, path, depth);
      case START_ARRAY -> readSequence(position, path, depth);
      default -> readScalar(event, position, path);
    };
  }

  private MappingNode readMapping(Position position, YamlPath path, int depth) {
    checkDepth(position, path, depth);
    Map<String, MappingEntry> entries = new LinkedHashMap<>();
    for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
      String key = parser.currentName();
      Event keyEvent = parser.currentEvent();
      Position keyPosition = position(keyEvent.getStartMark());
      YamlPath valuePath = path.key(key);
      checkNodeProperties(keyEvent, keyPosition, valuePath);

      YamlNode value = readNode(next(), valuePath, depth + 1);
      MappingEntry first = entries.get(key);
      if (first != null) {
        problems.add(
            keyPosition,
            valuePath.toString(),
            key,
            "duplicate key '"
                + key
                + "': it is already defined at "
                + lineAndColumn(first.keyPosition())
                + "; remove one of the two");
      } else {
        entries.put(key, new MappingEntry(key, keyPosition, value));
      }
    }
    return new MappingNode(new ArrayList<>(entries.values()), position, path);
  }

  private SequenceNode readSequence(Position position, YamlPath path, int depth) {
    checkDepth(position, path, depth);
    List<YamlNode> items = new ArrayList<>();
    for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
      items.add(readNode(token, path.index(items.size()), depth + 1));
    }
    return new SequenceNode(items, position, path);
  }

  /**
   * Returns the next token inside a mapping or sequence, where the end of input is a syntax error.
   */
  private JsonToken next() {
    JsonToken token = parser.nextToken();
    if (token == null) {
      // SnakeYAML Engine reports an unclosed collection itself; this guards against a silent end.
      problems.add(
          position(parser.currentLocation()),
          "",
          null,
          "invalid YAML: the file ends inside a mapping" + " or sequence");
      throw new StopReading();
    }
    return token;
  }

  private ScalarNode readScalar(Event event, Position position, YamlPath path) {
    if (event instanceof ScalarEvent scalar) {
      return new ScalarNode(scalar.getValue(), styleOf(scalar), position, path);
    }
    // An alias, already recorded as a problem: the placeholder keeps the tree whole.
    return new ScalarNode("", ScalarStyle.PLAIN, position, path);
  }

  /** Records the anchor, alias or tag on a node, which strict reading does not accept. */
  private void checkNodeProperties(Event event, Position position, YamlPath path) {
    if (event instanceof AliasEvent alias) {
      recordAnchorOrAlias(position, path, "alias", "*" + alias.getAlias().getValue());
      return;
    }
    if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
      recordAnchorOrAlias(position, path, "anchor", "&" + node.getAnchor().get().getValue());
    }
    Optional<String> tag = Optional.empty();
    if (event instanceof ScalarEvent scalar) {
      tag = scalar.getTag();
    } else if (event instanceof CollectionStartEvent collection) {
      tag = collection.getTag();
    }
    tag.ifPresent(
        resolved -> {
          // SnakeYAML Engine expands "!!" to the YAML tag prefix; the message shows the tag as
          // written.
          String written =
              resolved.startsWith(YAML_TAG_PREFIX)
                  ? "!!" + resolved.substring(YAML_TAG_PREFIX.length())
                  : resolved;
          problems.add(
              position,
              path.toString(),
              written,
              "tags are not supported because scenario files contain data only: remove the tag '"
                  + written
                  + "'");
        });
  }

  private void recordAnchorOrAlias(Position position, YamlPath path, String kind, String name) {
    anchorsAndAliases++;
    if (anchorsAndAliases <= MAX_LISTED_ANCHORS_AND_ALIASES) {
      problems.add(
          position, path.toString(), name, NO_ANCHORS + " (found " + kind + " '" + name + "')");
    } else if (firstUnlisted == null) {
      firstUnlisted = position;
    }
  }

  private void recordUnlistedAnchorsAndAliases() {
    int unlisted = anchorsAndAliases - MAX_LISTED_ANCHORS_AND_ALIASES;
    if (unlisted > 0) {
      problems.add(
          firstUnlisted,
          "",
          null,
          NO_ANCHORS + " (" + unlisted + " more anchors and aliases from here on are not listed)");
    }
  }

  private void checkDepth(Position position, YamlPath path, int depth) {
    if (depth > maxDepth) {
      problems.add(
          position,
          path.toString(),
          null,
          "mappings and sequences are nested deeper than the limit of " + maxDepth + " levels");
      throw new StopReading();
    }
  }

  /** Records directives other than {@code %YAML 1.2}, which this reader does not follow. */
  private void checkDirectives(DocumentStartEvent start) {
    if (start == null) {
      return;
    }
    Position position = position(start.getStartMark());
    Optional<SpecVersion> version = start.getSpecVersion();
    if (version.isPresent() && !(version.get().getMajor() == 1 && version.get().getMinor() == 2)) {
      String directive = "%YAML " + version.get().getRepresentation();
      problems.add(
          position,
          "",
          directive,
          "only YAML 1.2 is supported: remove the directive '" + directive + "'");
    }
    if (!start.getTags().isEmpty()) {
      problems.add(
          position,
          "",
          null,
          "%TAG directives are not supported because tags are not supported:"
              + " remove the directive");
    }
  }

  /** Records a second document after the root, whether or not it parses. */
  private void checkNoSecondDocument() {
    JacksonException trailingError = null;
    try {
      parser.nextToken();
    } catch (JacksonException error) {
      trailingError = error;
    }
    DocumentStartEvent second = parser.secondDocument();
    if (second != null) {
      problems.add(
          position(second.getStartMark()),
          "",
          null,
          "a second YAML document starts here, but a scenario file must contain exactly one:"
              + " remove the '---' and what follows, or split the file");
    } else if (trailingError != null) {
      recordParseError(trailingError);
    }
  }

  private void recordParseError(JacksonException error) {
    if (error.getCause() instanceof MarkedYamlEngineException marked) {
      SyntaxMessages.Described described = SyntaxMessages.describe(marked);
      problems.add(position(described.mark()), "", null, described.message());
    } else if (error instanceof StreamConstraintsException) {
      String reason = error.getOriginalMessage().replaceAll(", from `[^`]*`", "");
      problems.add(
          position(error.getLocation()),
          "",
          null,
          "the file exceeds a limit of the YAML parser: " + reason);
    } else {
      String reason = error.getOriginalMessage().lines().findFirst().orElse("").strip();
      problems.add(position(error.getLocation()), "", null, "invalid YAML: " + reason);
    }
  }

  private static ScalarStyle styleOf(ScalarEvent scalar) {
    return switch (scalar.getScalarStyle()) {
      case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
      case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
      case LITERAL -> ScalarStyle.LITERAL;
      case FOLDED -> ScalarStyle.FOLDED;
      case PLAIN -> ScalarStyle.PLAIN;
    };
  }

  private Position position(Optional<Mark> mark) {
    return mark.map(m -> new Position(source, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Position.of(source));
  }

  private Position position(TokenStreamLocation location) {
    boolean known = location != null && location.getLineNr() > 0 && location.getColumnNr() > 0;
    return known
        ? new Position(source, location.getLineNr(), location.getColumnNr())
        : Position.of(source);
  }

  private static String lineAndColumn(Position position) {
    return "line " + position.line() + ", column " + position.column();
  }
}
