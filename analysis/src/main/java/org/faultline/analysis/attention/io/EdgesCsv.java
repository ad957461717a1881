package org.faultline.analysis.attention.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads EDGES.csv: the header {@code source,target}, then one edge per row. */
final class EdgesCsv {

  /** Header of EDGES.csv. */
  static final List<String> HEADER = List.of("source", "target");

  /** One edge as read, with the line it starts on. */
  record Row(long line, String source, String target) {}

  private EdgesCsv() {}

  /**
   * Reads the edges, adding a problem for every invalid row.
   *
   * @return the edges whose row is valid, in file order, or null if the file could not be read, is
   *     not CSV or has an invalid header
   */
  static List<Row> read(Path file, Problems problems) {
    List<CsvRecord> records = CsvRecords.read(file, problems);
    if (records == null) {
      return null;
    }
    if (records.isEmpty()) {
      problems.add(file, 1, "missing header; expected \"source,target\"");
      return null;
    }
    CsvRecord header = records.get(0);
    if (!header.getFields().equals(HEADER)) {
      problems.add(
          file,
          header.getStartingLineNumber(),
          "header is "
              + Problems.quote(String.join(",", header.getFields()))
              + "; expected \"source,target\"");
      return null;
    }

    List<Row> edges = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      Row edge = readRow(file, record, problems);
      if (edge != null) {
        edges.add(edge);
      }
    }
    return edges;
  }

  private static Row readRow(Path file, CsvRecord record, Problems problems) {
    long line = record.getStartingLineNumber();
    List<String> fields = record.getFields();
    if (fields.size() != HEADER.size()) {
      problems.add(
          file, line, CsvRecords.fieldCountMessage(fields.size(), HEADER.size(), "source,target"));
      return null;
    }
    boolean valid = true;
    for (int column = 0; column < fields.size(); column++) {
      if (fields.get(column).isEmpty()) {
        problems.add(
            file,
            line,
            HEADER.get(column),
            "empty node id; every edge needs a non-empty source and target");
        valid = false;
      }
    }
    return valid ? new Row(line, fields.get(0), fields.get(1)) : null;
  }
}
