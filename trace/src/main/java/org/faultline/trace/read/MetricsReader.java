package org.faultline.trace.read;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.faultline.trace.MetricsColumns;
import org.faultline.trace.Numbers;

/**
 * Reads {@code metrics.csv} row by row, as stored: in delta mode that is the initial state and the
 * changed rows only; {@link DeltaExpander} rebuilds the full state.
 *
 * <p>The header must start with the six columns {@code time,event_type,source,service_id,
 * stress_level,resource_level} in that order. The columns {@code load}, {@code effective_capacity},
 * {@code status} and {@code event_id} are read when present, in any position after them; other
 * columns are ignored. An empty number field is NaN. The file may end its lines with CRLF or LF.
 * This class is not thread-safe.
 */
public final class MetricsReader extends AbstractRecordReader<MetricsRow> {

  private static final int ABSENT = -1;
  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final String MANDATORY_HEADER =
      String.join(",", MetricsColumns.HEADER.subList(0, MetricsColumns.MANDATORY_COUNT));

  private final Path file;
  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;
  private final List<String> columns;
  private final int loadIndex;
  private final int capacityIndex;
  private final int statusIndex;
  private final int eventIdIndex;
  private long lastLine = 1;
  private long nextLine;

  private MetricsReader(
      Path file,
      CsvReader<CsvRecord> csv,
      Iterator<CsvRecord> records,
      List<String> columns,
      long firstRowLine) {
    this.file = file;
    this.nextLine = firstRowLine;
    this.csv = csv;
    this.records = records;
    this.columns = columns;
    this.loadIndex = columns.indexOf(MetricsColumns.LOAD);
    this.capacityIndex = columns.indexOf(MetricsColumns.EFFECTIVE_CAPACITY);
    this.statusIndex = columns.indexOf(MetricsColumns.STATUS);
    this.eventIdIndex = columns.indexOf(MetricsColumns.EVENT_ID);
  }

  /**
   * Opens the file and validates its header.
   *
   * @param file path of a metrics file
   * @return a reader positioned after the header
   * @throws MalformedRunFileException if the header is missing or invalid
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static MetricsReader open(Path file) {
    CsvReader<CsvRecord> csv = openCsv(file);
    try {
      Iterator<CsvRecord> records = csv.iterator();
      CsvRecord header = readHeader(file, records);
      List<String> columns = validateColumns(file, header);
      return new MetricsReader(file, csv, records, columns, 1 + lineBreaksIn(header) + 1);
    } catch (RuntimeException e) {
      closeQuietly(csv, e);
      throw e;
    }
  }

  /** Returns the column names of the header, in file order. */
  public List<String> columns() {
    return columns;
  }

  /** Returns whether the file has the named column. */
  public boolean hasColumn(String name) {
    return columns.contains(name);
  }

  /** Returns the line on which the last row returned starts, or 1 before the first row. */
  public long lastLine() {
    return lastLine;
  }

  /** Returns the path of the file being read. */
  public Path file() {
    return file;
  }

  @Override
  protected MetricsRow readNext() {
    CsvRecord record = nextRecord();
    if (record == null) {
      return null;
    }
    lastLine = record.getStartingLineNumber();
    nextLine = lastLine + lineBreaksIn(record) + 1;
    return parseRow(record);
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }

  private CsvRecord nextRecord() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      throw MalformedRunFileException.at(file, nextLine, "invalid CSV: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw readFailure(file, nextLine, e);
    }
  }

  private MetricsRow parseRow(CsvRecord record) {
    long line = record.getStartingLineNumber();
    if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
      throw MalformedRunFileException.at(
          file, line, "empty line; expected a row of " + columns.size() + " fields");
    }
    if (record.getFieldCount() != columns.size()) {
      throw MalformedRunFileException.at(
          file,
          line,
          "expected "
              + columns.size()
              + " fields as in the header, found "
              + record.getFieldCount());
    }
    List<String> problems = new ArrayList<>();
    long time = parseLong(record, 0, line, problems);
    double stress = parseDouble(record, 4, line, problems);
    double resource = parseDouble(record, 5, line, problems);
    double load = loadIndex == ABSENT ? Double.NaN : parseDouble(record, loadIndex, line, problems);
    double capacity =
        capacityIndex == ABSENT ? Double.NaN : parseDouble(record, capacityIndex, line, problems);
    String status = statusIndex == ABSENT ? null : record.getField(statusIndex);
    long eventId =
        eventIdIndex == ABSENT
            ? MetricsRow.NO_EVENT_ID
            : parseLong(record, eventIdIndex, line, problems);
    if (!problems.isEmpty()) {
      throw new MalformedRunFileException(file, problems);
    }
    return new MetricsRow(
        time,
        record.getField(1),
        record.getField(2),
        record.getField(3),
        stress,
        resource,
        load,
        capacity,
        status,
        eventId);
  }

  private long parseLong(CsvRecord record, int index, long line, List<String> problems) {
    String text = record.getField(index);
    try {
      long value = Long.parseLong(text);
      if (value >= 0 && !text.startsWith("+")) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below, together with the negative case.
    }
    problems.add(
        MalformedRunFileException.locate(
            file,
            line,
            "column "
                + columns.get(index)
                + ": invalid value \""
                + text
                + "\"; expected a whole number of 0 or more"));
    return 0;
  }

  private double parseDouble(CsvRecord record, int index, long line, List<String> problems) {
    String text = record.getField(index);
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Numbers.parse(text);
    } catch (NumberFormatException e) {
      problems.add(
          MalformedRunFileException.locate(
              file,
              line,
              "column "
                  + columns.get(index)
                  + ": invalid number \""
                  + text
                  + "\"; expected a decimal such as 0.25 or 1.0E-7, or an empty field for NaN"));
      return Double.NaN;
    }
  }

  private static CsvReader<CsvRecord> openCsv(Path file) {
    try {
      // Files.newBufferedReader reports malformed UTF-8 instead of replacing it.
      return CsvReader.builder()
          .fieldSeparator(',')
          .quoteCharacter('"')
          .commentStrategy(CommentStrategy.NONE)
          .skipEmptyLines(false)
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
          .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
          .allowUnclosedQuote(false)
          .detectBomHeader(false)
          .ofCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  private static CsvRecord readHeader(Path file, Iterator<CsvRecord> records) {
    CsvRecord header;
    try {
      header = records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      throw MalformedRunFileException.at(file, 1, "invalid CSV in the header: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw readFailure(file, 1, e);
    }
    if (header == null) {
      throw MalformedRunFileException.at(
          file, 1, "the file is empty; expected a header starting with " + MANDATORY_HEADER);
    }
    return header;
  }

  private static List<String> validateColumns(Path file, CsvRecord header) {
    List<String> columns = new ArrayList<>(header.getFields());
    // A spreadsheet that saves as "UTF-8 CSV" adds a byte order mark, which is not part of the
    // name.
    if (columns.get(0).startsWith(BYTE_ORDER_MARK)) {
      columns.set(0, columns.get(0).substring(BYTE_ORDER_MARK.length()));
    }

    List<String> problems = new ArrayList<>();
    for (int i = 0; i < MetricsColumns.MANDATORY_COUNT; i++) {
      String expected = MetricsColumns.HEADER.get(i);
      if (i >= columns.size() || !columns.get(i).equals(expected)) {
        String found = i < columns.size() ? "\"" + columns.get(i) + "\"" : "nothing";
        problems.add(
            MalformedRunFileException.locate(
                file,
                1,
                "header column "
                    + (i + 1)
                    + " must be \""
                    + expected
                    + "\", found "
                    + found
                    + "; the header must start with "
                    + MANDATORY_HEADER));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      if (!seen.add(column)) {
        problems.add(
            MalformedRunFileException.locate(
                file, 1, "header has the column \"" + column + "\" more than once"));
      }
    }

    if (!problems.isEmpty()) {
      throw new MalformedRunFileException(file, problems);
    }
    return List.copyOf(columns);
  }

  private static long lineBreaksIn(CsvRecord record) {
    long breaks = 0;
    for (int i = 0; i < record.getFieldCount(); i++) {
      String field = record.getField(i);
      for (int c = 0; c < field.length(); c++) {
        char ch = field.charAt(c);
        boolean crlf = ch == '\r' && c + 1 < field.length() && field.charAt(c + 1) == '\n';
        if (ch == '\n' || (ch == '\r' && !crlf)) {
          breaks++;
        }
      }
    }
    return breaks;
  }

  static RuntimeException readFailure(Path file, long line, UncheckedIOException e) {
    if (e.getCause() instanceof CharacterCodingException) {
      return MalformedRunFileException.at(
          file, line, "invalid UTF-8 at or after this line; run files are UTF-8");
    }
    return new UncheckedIOException(
        "cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
  }

  private static void closeQuietly(CsvReader<CsvRecord> csv, RuntimeException failure) {
    try {
      csv.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
