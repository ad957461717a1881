package org.faultline.trace.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.faultline.trace.RunStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code run.json} into a {@link RunManifest}, reporting every problem of the file at once.
 *
 * <p>Keys the format does not define are ignored. The {@code format} field must be {@code
 * faultline-run/1}. This class is stateless and thread-safe.
 */
public final class ManifestReader {

  private static final String FINGERPRINT_PREFIX = "sha256:";
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonInput.FACTORY).build();

  private final Path file;
  private final Map<String, Integer> lineByPointer;
  private final List<String> problems = new ArrayList<>();

  private ManifestReader(Path file, Map<String, Integer> lineByPointer) {
    this.file = file;
    this.lineByPointer = lineByPointer;
  }

  /**
   * Reads and validates the manifest.
   *
   * @param file path of a {@code run.json}
   * @return the manifest
   * @throws MalformedRunFileException listing every problem, each with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RunManifest read(Path file) {
    String text = readUtf8(file);
    JsonNode root;
    Map<String, Integer> lines;
    try {
      root = MAPPER.readTree(text);
      lines = linesOfValues(text);
    } catch (StreamReadException e) {
      throw new MalformedRunFileException(
          file,
          List.of(
              file
                  + ":"
                  + e.getLocation().getLineNr()
                  + ":"
                  + e.getLocation().getColumnNr()
                  + ": invalid JSON: "
                  + e.getOriginalMessage()));
    } catch (JacksonException e) {
      throw MalformedRunFileException.at(file, 1, "invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw MalformedRunFileException.at(file, 1, "expected a JSON object with the run manifest");
    }
    return new ManifestReader(file, lines).toManifest(root);
  }

  private RunManifest toManifest(JsonNode root) {
    checkFormat(root);
    String version = string(root, "", "version");
    JsonNode scenarioNode = object(root, "", "scenario");
    String scenarioName = string(scenarioNode, "/scenario", "name");
    String description = string(scenarioNode, "/scenario", "description");
    String contentSha256 = sha256(scenarioNode, "/scenario", "content_sha256", "");
    Long seed = integer(root, "", "seed", Long.MIN_VALUE);
    Long horizon = integer(root, "", "horizon", 0);
    String timeUnit = string(root, "", "time_unit");
    MetricsMode mode =
        choice(
            root,
            "metrics_mode",
            MetricsMode.fromId(string(root, "", "metrics_mode")),
            "\"full\" or \"delta\"");
    List<String> services = uniqueStrings(root, "services");
    List<String> agents = uniqueStrings(root, "agents");
    JsonNode countsNode = object(root, "", "counts");
    Long executed = integer(countsNode, "/counts", "executed", 0);
    Long rejected = integer(countsNode, "/counts", "rejected", 0);
    Long pending = integer(countsNode, "/counts", "pending_at_horizon", 0);
    String fingerprint = sha256(root, "", "fingerprint", FINGERPRINT_PREFIX);
    RunStatus status =
        choice(
            root,
            "status",
            RunStatus.fromId(string(root, "", "status")),
            "\"complete\" or \"interrupted\"");

    if (!problems.isEmpty()) {
      throw new MalformedRunFileException(file, problems);
    }
    return new RunManifest(
        version,
        new RunManifest.Scenario(scenarioName, description, contentSha256),
        seed,
        horizon,
        timeUnit,
        mode,
        services,
        agents,
        new RunManifest.Counts(executed, rejected, pending),
        fingerprint,
        status);
  }

  private void checkFormat(JsonNode root) {
    String format = string(root, "", "format");
    if (format == null || format.equals(RunFiles.FORMAT)) {
      return;
    }
    if (format.startsWith(RunFiles.FORMAT_FAMILY_PREFIX)) {
      problem(
          "/format",
          "unsupported format \""
              + format
              + "\"; this version of Faultline reads "
              + RunFiles.FORMAT);
    } else {
      problem(
          "/format", "\"format\" must be \"" + RunFiles.FORMAT + "\", found \"" + format + "\"");
    }
  }

  private JsonNode object(JsonNode parent, String parentPointer, String name) {
    JsonNode node = field(parent, parentPointer, name);
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      problem(
          parentPointer + "/" + name,
          describePath(parentPointer, name) + " must be an object, found " + node);
      return null;
    }
    return node;
  }

  private String string(JsonNode parent, String parentPointer, String name) {
    JsonNode node = field(parent, parentPointer, name);
    if (node == null) {
      return null;
    }
    if (!node.isString()) {
      problem(
          parentPointer + "/" + name,
          describePath(parentPointer, name) + " must be a string, found " + node);
      return null;
    }
    return node.stringValue();
  }

  private Long integer(JsonNode parent, String parentPointer, String name, long minimum) {
    JsonNode node = field(parent, parentPointer, name);
    if (node == null) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < minimum) {
      String range =
          minimum == Long.MIN_VALUE
              ? "a whole number"
              : "a whole number of " + minimum + " or more";
      problem(
          parentPointer + "/" + name,
          describePath(parentPointer, name) + " must be " + range + ", found " + node);
      return null;
    }
    return node.longValue();
  }

  private String sha256(JsonNode parent, String parentPointer, String name, String prefix) {
    String text = string(parent, parentPointer, name);
    if (text == null) {
      return null;
    }
    String digits = text.startsWith(prefix) ? text.substring(prefix.length()) : null;
    if (!RunManifest.isSha256Hex(digits)) {
      String form = prefix.isEmpty() ? "" : "\"" + prefix + "\" followed by ";
      problem(
          parentPointer + "/" + name,
          describePath(parentPointer, name)
              + " must be "
              + form
              + "64 lowercase hexadecimal digits, found \""
              + text
              + "\"");
      return null;
    }
    return digits;
  }

  private <T> T choice(JsonNode root, String name, Optional<T> value, String valid) {
    JsonNode node = root.get(name);
    if (node != null && node.isString() && value.isEmpty()) {
      problem("/" + name, "\"" + name + "\" must be " + valid + ", found " + node);
    }
    return value.orElse(null);
  }

  private List<String> uniqueStrings(JsonNode root, String name) {
    JsonNode node = field(root, "", name);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      problem("/" + name, "\"" + name + "\" must be a list of ids, found " + node);
      return null;
    }
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String pointer = "/" + name + "/" + i;
      if (!element.isString()) {
        problem(pointer, "\"" + name + "\" element " + i + " must be a string, found " + element);
        valid = false;
      } else if (!seen.add(element.stringValue())) {
        problem(
            pointer, "\"" + name + "\" contains \"" + element.stringValue() + "\" more than once");
        valid = false;
      } else {
        ids.add(element.stringValue());
      }
    }
    return valid ? ids : null;
  }

  private JsonNode field(JsonNode parent, String parentPointer, String name) {
    if (parent == null) {
      // The parent is missing or invalid, which is already reported.
      return null;
    }
    JsonNode node = parent.get(name);
    if (node == null) {
      problem(parentPointer, "missing " + describePath(parentPointer, name));
    }
    return node;
  }

  private void problem(String pointer, String message) {
    problems.add(MalformedRunFileException.locate(file, lineOf(pointer), message));
  }

  private int lineOf(String pointer) {
    // A missing field has no line, so the line of the nearest enclosing value is used.
    String current = pointer;
    while (!current.isEmpty()) {
      Integer line = lineByPointer.get(current);
      if (line != null) {
        return line;
      }
      current = current.substring(0, current.lastIndexOf('/'));
    }
    return lineByPointer.getOrDefault("", 1);
  }

  private static String describePath(String parentPointer, String name) {
    String path =
        parentPointer.isEmpty() ? name : parentPointer.substring(1).replace('/', '.') + "." + name;
    return "\"" + path + "\"";
  }

  /**
   * Maps the JSON Pointer of every value in the document, such as /counts/executed, to its line.
   */
  private static Map<String, Integer> linesOfValues(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = JsonInput.FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (!token.isStructEnd()) {
          String pointer = parser.streamReadContext().pathAsPointer().toString();
          lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  private static String readUtf8(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw MalformedRunFileException.at(
          file, 1, "the file is not valid UTF-8; run files are UTF-8");
    }
  }
}
