package org.faultline.analysis.postmortem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the model's omissions from the resource {@code model-omissions.txt}, which mirrors the
 * "Omissions" section of docs/model.md. Stateless and thread-safe.
 */
final class ModelOmissions {

  private static final String RESOURCE = "model-omissions.txt";
  private static final String ITEM_START = "- ";
  private static final String CONTINUATION = "  ";

  private ModelOmissions() {}

  /**
   * Returns the omissions, one sentence each, in file order.
   *
   * @throws IllegalStateException if the resource is missing from the build or malformed
   */
  static List<String> load() {
    try (InputStream in = ModelOmissions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing from the analysis module's resources");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the resource " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static List<String> parse(BufferedReader lines) throws IOException {
    List<String> items = new ArrayList<>();
    StringBuilder item = null;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith(ITEM_START)) {
        if (item != null) {
          items.add(item.toString());
        }
        item = new StringBuilder(line.substring(ITEM_START.length()).strip());
      } else if (line.startsWith(CONTINUATION) && item != null) {
        item.append(' ').append(line.strip());
      } else {
        throw new IllegalStateException(
            RESOURCE
                + ":"
                + number
                + ": expected a comment, an item starting with \""
                + ITEM_START
                + "\" or a continuation line starting with two spaces, found \""
                + line
                + "\"");
      }
    }
    if (item != null) {
      items.add(item.toString());
    }
    return items;
  }
}
