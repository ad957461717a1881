package org.faultline.trace.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * Parses one line of {@code events.jsonl} into a {@link LogEntry}, collecting every problem of the
 * line. Keys the format does not define are skipped, so that files with added keys still read. Not
 * thread-safe: one instance parses one line.
 */
final class EventLineParser {

  private final Path file;
  private final long line;
  private final List<String> problems = new ArrayList<>();

  private final Set<String> present = new HashSet<>();

  private String kind;
  private boolean idIsNull;
  private long id;
  private Long time;
  private String type;
  private String source;
  private OptionalLong cause = OptionalLong.empty();
  private Long scheduledAt;
  private Payload payload;
  private OptionalLong requestedDelay = OptionalLong.empty();
  private List<DelayComponent> delay;
  private String reason;

  private EventLineParser(Path file, long line) {
    this.file = file;
    this.line = line;
  }

  /**
   * Parses the text of one line.
   *
   * @throws MalformedRunFileException listing every problem of the line
   */
  static LogEntry parse(Path file, long line, String text) {
    return new EventLineParser(file, line).parse(text);
  }

  private LogEntry parse(String text) {
    if (text.isBlank()) {
      throw MalformedRunFileException.at(
          file, line, "empty line; every line must be one JSON object");
    }
    try (JsonParser parser = JsonInput.FACTORY.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw MalformedRunFileException.at(
            file, line, "expected a JSON object, found " + describe(parser));
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        present.add(name);
        readProperty(parser, name);
      }
      if (parser.nextToken() != null) {
        throw MalformedRunFileException.at(
            file,
            line,
            "unexpected content after the JSON object at column "
                + parser.currentTokenLocation().getColumnNr()
                + "; every line holds exactly one object");
      }
    } catch (StreamReadException e) {
      throw MalformedRunFileException.at(
          file,
          line,
          "invalid JSON at column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage());
    } catch (JacksonException e) {
      throw MalformedRunFileException.at(file, line, "invalid JSON: " + e.getOriginalMessage());
    }
    return build();
  }

  private void readProperty(JsonParser parser, String name) {
    switch (name) {
      case "kind" -> kind = readString(parser, name);
      case "id" -> {
        idIsNull = parser.currentToken() == JsonToken.VALUE_NULL;
        Long value = idIsNull ? null : readCount(parser, name, 1);
        id = value == null ? 0 : value;
      }
      case "time" -> time = readCount(parser, name, 0);
      case "type" -> type = readString(parser, name);
      case "source" -> source = readString(parser, name);
      case "cause" -> cause = readOptionalCount(parser, name, 1);
      case "scheduled_at" -> scheduledAt = readCount(parser, name, 0);
      case "payload" -> payload = readPayload(parser);
      case "requested_delay" -> requestedDelay = readOptionalCount(parser, name, 0);
      case "delay" -> delay = readDelay(parser);
      case "reason" -> reason = readString(parser, name);
      default -> parser.skipChildren();
    }
  }

  private LogEntry build() {
    if (kind == null) {
      problems.add(locate("missing \"kind\"; expected \"executed\" or \"rejected\""));
      throw new MalformedRunFileException(file, problems);
    }
    requirePresent("id", "time", "type", "source", "cause", "payload", "requested_delay");
    switch (kind) {
      case "executed" -> {
        requirePresent("scheduled_at", "delay");
        if (present.contains("id") && idIsNull) {
          problems.add(
              locate("\"id\" of an executed event must be an event id of 1 or more, found null"));
        }
        if (time != null && scheduledAt != null && scheduledAt > time) {
          problems.add(locate("\"scheduled_at\" " + scheduledAt + " is after \"time\" " + time));
        }
        throwIfProblems();
        return new ExecutedEvent(
            id, time, type, source, cause, scheduledAt, payload, requestedDelay, delay);
      }
      case "rejected" -> {
        requirePresent("reason");
        if (present.contains("id") && !idIsNull) {
          problems.add(locate("\"id\" of a rejected intent must be null, found " + id));
        }
        throwIfProblems();
        return new RejectedIntent(time, type, source, cause, payload, requestedDelay, reason);
      }
      default -> {
        problems.add(
            locate("invalid \"kind\" \"" + kind + "\"; expected \"executed\" or \"rejected\""));
        throw new MalformedRunFileException(file, problems);
      }
    }
  }

  private String readString(JsonParser parser, String name) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      problems.add(locate("\"" + name + "\" must be a string, found " + describe(parser)));
      parser.skipChildren();
      return null;
    }
    return parser.getString();
  }

  private Long readCount(JsonParser parser, String name, long minimum) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      problems.add(
          locate(
              "\""
                  + name
                  + "\" must be a whole number of "
                  + minimum
                  + " or more, found "
                  + describe(parser)));
      parser.skipChildren();
      return null;
    }
    long value = parser.getLongValue();
    if (value < minimum) {
      problems.add(locate("\"" + name + "\" must be " + minimum + " or more, found " + value));
      return null;
    }
    return value;
  }

  private OptionalLong readOptionalCount(JsonParser parser, String name, long minimum) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return OptionalLong.empty();
    }
    Long value = readCount(parser, name, minimum);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private Payload readPayload(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problems.add(locate("\"payload\" must be an object, found " + describe(parser)));
      parser.skipChildren();
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      Object value = readPayloadValue(parser, name);
      if (value != null) {
        fields.put(name, value);
      }
    }
    return new Payload(fields);
  }

  private Object readPayloadValue(JsonParser parser, String name) {
    JsonToken token = parser.currentToken();
    switch (token) {
      case VALUE_STRING:
        return parser.getString();
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          problems.add(
              locate(
                  "payload field \""
                      + name
                      + "\" is "
                      + parser.getString()
                      + ", outside the range of a long"));
          return null;
        }
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return parser.getBooleanValue();
      case VALUE_NULL:
        return Double.NaN;
      case START_ARRAY:
        return readStrings(parser, name);
      default:
        problems.add(
            locate(
                "payload field \""
                    + name
                    + "\" must be a string, number, boolean, null or list of strings, found "
                    + describe(parser)));
        parser.skipChildren();
        return null;
    }
  }

  private List<String> readStrings(JsonParser parser, String name) {
    List<String> values = new ArrayList<>();
    boolean valid = true;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        values.add(parser.getString());
      } else {
        problems.add(
            locate(
                "payload field \""
                    + name
                    + "\" must hold only strings, found "
                    + describe(parser)));
        parser.skipChildren();
        valid = false;
      }
    }
    return valid ? values : null;
  }

  private List<DelayComponent> readDelay(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      problems.add(
          locate(
              "\"delay\" must be a list of {\"component\", \"ticks\"} objects, found "
                  + describe(parser)));
      parser.skipChildren();
      return null;
    }
    List<DelayComponent> components = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      DelayComponent component = readDelayComponent(parser, components.size());
      if (component != null) {
        components.add(component);
      }
    }
    return components;
  }

  private DelayComponent readDelayComponent(JsonParser parser, int index) {
    String where = "\"delay\" element " + index;
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      problems.add(
          locate(
              where + " must be a {\"component\", \"ticks\"} object, found " + describe(parser)));
      parser.skipChildren();
      return null;
    }
    String component = null;
    Long ticks = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "component" -> component = readString(parser, where + " component");
        case "ticks" -> ticks = readCount(parser, where + " ticks", 0);
        default -> parser.skipChildren();
      }
    }
    if (component == null || ticks == null) {
      problems.add(locate(where + " needs a string \"component\" and a whole number \"ticks\""));
      return null;
    }
    return new DelayComponent(component, ticks);
  }

  private void requirePresent(String... names) {
    for (String name : names) {
      if (!present.contains(name)) {
        problems.add(locate("missing \"" + name + "\""));
      }
    }
  }

  private void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new MalformedRunFileException(file, problems);
    }
  }

  private String locate(String problem) {
    return MalformedRunFileException.locate(file, line, problem);
  }

  private static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "\"" + parser.getString() + "\"";
      default -> parser.getString();
    };
  }
}
