package org.faultline.cli.gat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/** Writes the command's input files as text, with RFC 4180 quoting done here, and reads outputs. */
final class GatFiles {

  private GatFiles() {}

  /** Writes EDGES.csv with the given edges, quoting ids that need it and, if asked, every id. */
  static void writeEdges(
      Path file, List<String> ids, List<EdgeListGat.Edge> edges, boolean quoteAll)
      throws IOException {
    StringBuilder text = new StringBuilder("source,target\r\n");
    for (EdgeListGat.Edge edge : edges) {
      text.append(field(ids.get(edge.source()), quoteAll))
          .append(',')
          .append(field(ids.get(edge.target()), quoteAll))
          .append("\r\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Writes FEATURES.csv with columns f0, f1, … and one row per node in node order. */
  static void writeFeatures(Path file, List<String> ids, double[][] features, boolean quoteAll)
      throws IOException {
    StringBuilder text = new StringBuilder("node");
    for (int f = 0; f < features[0].length; f++) {
      text.append(",f").append(f);
    }
    text.append('\n');
    for (int node = 0; node < ids.size(); node++) {
      text.append(field(ids.get(node), quoteAll));
      for (double value : features[node]) {
        text.append(',').append(value);
      }
      text.append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Writes the network as a PyTorch state_dict in JSON; with {@code legacyKeys}, the linear maps go
   * under {@code lin_src.weight} and again under {@code lin_dst.weight}.
   */
  static void writeWeights(Path file, EdgeListGat.Network network, boolean legacyKeys)
      throws IOException {
    StringJoiner json = new StringJoiner(",\n  ", "{\n  ", "\n}\n");
    addLayer(json, "gat1", network.first(), legacyKeys);
    addLayer(json, "gat2", network.second(), legacyKeys);
    Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
  }

  private static void addLayer(
      StringJoiner json, String name, EdgeListGat.Layer layer, boolean legacyKeys) {
    json.add("\"" + name + ".att_src\": [" + matrix(layer.attSrc()) + "]");
    json.add("\"" + name + ".att_dst\": [" + matrix(layer.attDst()) + "]");
    json.add("\"" + name + ".bias\": " + vector(layer.bias()));
    if (legacyKeys) {
      json.add("\"" + name + ".lin_src.weight\": " + matrix(layer.lin()));
      json.add("\"" + name + ".lin_dst.weight\": " + matrix(layer.lin()));
    } else {
      json.add("\"" + name + ".lin.weight\": " + matrix(layer.lin()));
    }
  }

  private static String matrix(double[][] rows) {
    StringJoiner text = new StringJoiner(", ", "[", "]");
    for (double[] row : rows) {
      text.add(vector(row));
    }
    return text.toString();
  }

  private static String vector(double[] values) {
    StringJoiner text = new StringJoiner(", ", "[", "]");
    for (double value : values) {
      text.add(Double.toString(value));
    }
    return text.toString();
  }

  private static String field(String value, boolean quoteAll) {
    boolean needsQuotes =
        value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    if (!needsQuotes && !quoteAll) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** Reads every record of an output CSV file, header included. */
  static List<List<String>> readRows(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      return reader.stream().map(CsvRecord::getFields).toList();
    }
  }
}
