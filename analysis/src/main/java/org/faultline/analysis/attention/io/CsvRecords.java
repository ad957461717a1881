package org.faultline.analysis.attention.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the records of an input CSV file, turning read and parse failures into problems. */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * Reads every record of a UTF-8 RFC 4180 file, header included, skipping empty lines.
   *
   * <p>Records may differ in their number of fields; the callers check the count per row, so that
   * every such row is reported and not only the first.
   *
   * @return the records, or null after adding a problem if the file is unreadable or not CSV
   */
  static List<CsvRecord> read(Path file, Problems problems) {
    String text = InputFiles.readUtf8(file, problems);
    if (text == null) {
      return null;
    }
    CsvReader.CsvReaderBuilder builder =
        CsvReader.builder()
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false);
    List<CsvRecord> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = builder.ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        records.add(record);
      }
    } catch (CsvParseException e) {
      problems.add(
          file,
          "invalid CSV: "
              + e.getMessage()
              + "; enclose a field that contains"
              + " a comma, double quote or line break in double quotes, and double every double"
              + " quote inside it");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("closing a reader over a string failed", e);
    }
    return records;
  }

  /** Returns the message for a row with the wrong number of fields. */
  static String fieldCountMessage(int actual, int expected, String columns) {
    return actual
        + (actual == 1 ? " field" : " fields")
        + "; expected "
        + expected
        + " ("
        + columns
        + ")";
  }
}
