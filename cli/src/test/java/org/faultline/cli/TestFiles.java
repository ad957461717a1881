package org.faultline.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading and comparing the files that the faultline command writes, as a user's script would. */
final class TestFiles {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TestFiles() {}

  /**
   * Returns every file and directory below a directory, mapped to the SHA-256 of its bytes
   * ("directory" for a directory), so that two snapshots are equal exactly when the trees are.
   */
  static SortedMap<String, String> snapshot(Path root) {
    SortedMap<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String name = root.relativize(path).toString();
        tree.put(name, Files.isDirectory(path) ? "directory" : sha256Hex(Files.readAllBytes(path)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
    return tree;
  }

  /** Returns the names of the entries of a directory, hidden ones included, sorted. */
  static List<String> entries(Path directory) {
    try (Stream<Path> paths = Files.list(directory)) {
      return paths.map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  /** Returns the SHA-256 of bytes as 64 lowercase hexadecimal digits. */
  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** Returns the bytes of a file. */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Returns a file's text, failing if it is not UTF-8. */
  static String text(Path file) {
    return CommandResult.strictUtf8(bytes(file));
  }

  /** Writes text to a file as UTF-8 and returns the file. */
  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Returns the bytes of a test resource, such as {@code /golden/flood-overload/metrics.csv}. */
  static byte[] resource(String name) {
    try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test resource " + name, e);
    }
  }

  /** Returns the text of the built-in reference scenario as the scenario module ships it. */
  static String referenceScenario() {
    return CommandResult.strictUtf8(
        resource("/org/faultline/scenario/builtin/flood-overload.yaml"));
  }

  /** Parses a JSON file such as {@code run.json}. */
  static JsonNode json(Path file) {
    return JSON.readTree(text(file));
  }

  /** Parses a JSON Lines file such as {@code events.jsonl}, one node per line. */
  static List<JsonNode> jsonLines(Path file) {
    return text(file).lines().map(JSON::readTree).toList();
  }

  /** Returns the string values of a JSON array, in order. */
  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.stringValue()));
    return values;
  }

  /** Reads an RFC 4180 CSV file with FastCSV, header row included, one list of fields per row. */
  static List<List<String>> csv(Path file) {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return reader.stream().map(CsvRecord::getFields).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
