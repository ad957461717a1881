package org.faultline.trace.write;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.faultline.trace.MetricsColumns;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.Numbers;

/**
 * Streams {@code metrics.csv}: the state of every service after each executed event.
 *
 * <p>For each executed event the caller calls {@link #beginEvent}, then {@link #serviceState} once
 * per service in declaration order, then {@link #endEvent}. In {@link MetricsMode#FULL} every call
 * writes one row. In {@link MetricsMode#DELTA} the writer compares each state with the last row it
 * wrote for that service and writes only the rows that differ, so the caller always passes every
 * service and never tracks changes itself. A delta file starts with the initial state, given
 * between {@link #beginInitialState} and {@link #endEvent}, which a full file omits.
 *
 * <p>The file is RFC 4180 CSV in UTF-8 with CRLF line ends. A field is quoted only when it contains
 * a comma, a double quote, CR or LF. NaN is written as an empty field; infinities are rejected.
 * This class is not thread-safe.
 */
public final class MetricsWriter implements Closeable {

  private static final int COLUMN_COUNT = MetricsColumns.HEADER.size();

  private final CsvWriter csv;
  private final List<String> serviceIds;
  private final MetricsMode mode;
  private final String[] fields = new String[COLUMN_COUNT];

  // Last state written per service, indexed by service; used only in delta mode.
  private final double[] writtenStress;
  private final double[] writtenResource;
  private final double[] writtenLoad;
  private final double[] writtenCapacity;
  private final String[] writtenStatus;

  private boolean initialStateWritten;
  private boolean anyEventBegun;
  private boolean inEvent;
  private boolean inInitialState;
  private long eventId;
  private int nextServiceIndex;
  private long rowsWritten;

  private MetricsWriter(CsvWriter csv, List<String> serviceIds, MetricsMode mode) {
    this.csv = csv;
    this.serviceIds = serviceIds;
    this.mode = mode;
    int serviceCount = serviceIds.size();
    this.writtenStress = new double[serviceCount];
    this.writtenResource = new double[serviceCount];
    this.writtenLoad = new double[serviceCount];
    this.writtenCapacity = new double[serviceCount];
    this.writtenStatus = new String[serviceCount];
  }

  /**
   * Creates or truncates the file and writes the header.
   *
   * @param file path of the metrics file, normally {@code metrics.csv} in a staging directory
   * @param serviceIds service ids in declaration order; the index of an id in this list is the
   *     {@code serviceIndex} of {@link #serviceState}
   * @param mode whether to write every row or only the changed ones
   * @return an open writer
   * @throws IllegalArgumentException if a service id is not valid UTF-16 text
   * @throws UncheckedIOException if the file cannot be created
   */
  public static MetricsWriter create(Path file, List<String> serviceIds, MetricsMode mode) {
    List<String> ids = List.copyOf(serviceIds);
    Objects.requireNonNull(mode, "mode");
    // NOTE: event types, sources and statuses are not checked, to keep the per-row cost down,
    // so an unpaired surrogate in one of them is written as '?'.
    for (String id : ids) {
      checkEncodable(id);
    }
    CsvWriter csv;
    try {
      csv =
          CsvWriter.builder()
              .fieldSeparator(',')
              .quoteCharacter('"')
              .quoteStrategy(QuoteStrategies.REQUIRED)
              .lineDelimiter(LineDelimiter.CRLF)
              .build(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
    }
    MetricsWriter writer = new MetricsWriter(csv, ids, mode);
    writer.writeRecord(MetricsColumns.HEADER.toArray(new String[0]));
    return writer;
  }

  /**
   * Starts the initial state: the state of every service before the first event.
   *
   * <p>In delta mode it must come before the first {@link #beginEvent} and is written as rows with
   * event id 0, time 0, event type {@code INITIAL_STATE} and source {@code initial}. In full mode
   * it is accepted and writes nothing.
   *
   * @throws IllegalStateException if an event is open or the initial state was already given
   */
  public void beginInitialState() {
    if (inEvent) {
      throw new IllegalStateException(
          "cannot begin the initial state inside event " + eventId + "; call endEvent() first");
    }
    if (initialStateWritten) {
      throw new IllegalStateException(
          "the initial state was already written; it comes once, before the first event");
    }
    if (anyEventBegun) {
      throw new IllegalStateException("the initial state must come before the first event");
    }
    open(
        MetricsColumns.INITIAL_STATE_EVENT_ID,
        MetricsColumns.INITIAL_STATE_TIME,
        MetricsColumns.INITIAL_STATE_EVENT_TYPE,
        MetricsColumns.INITIAL_STATE_SOURCE);
    inInitialState = true;
  }

  /**
   * Starts the rows of one executed event.
   *
   * @param eventId id of the executed event; 1 or more
   * @param time logical time of the event in ticks; zero or more
   * @param eventType type of the event, such as {@code FLOOD_IMPACT}
   * @param source source of the event, such as {@code environment:flood}
   * @throws IllegalStateException if an event is open, or in delta mode if the initial state was
   *     not written yet
   * @throws IllegalArgumentException if the id or the time is out of range
   */
  public void beginEvent(long eventId, long time, String eventType, String source) {
    if (inEvent) {
      throw new IllegalStateException(
          "cannot begin event "
              + eventId
              + " inside event "
              + this.eventId
              + "; call endEvent() first");
    }
    if (mode == MetricsMode.DELTA && !initialStateWritten) {
      throw new IllegalStateException(
          "delta mode needs the initial state before event "
              + eventId
              + "; call beginInitialState() first");
    }
    if (eventId < 1) {
      throw new IllegalArgumentException(
          "event id must be 1 or more, got "
              + eventId
              + "; id 0 is reserved for the initial state");
    }
    if (time < 0) {
      throw new IllegalArgumentException(
          "time of event " + eventId + " must be zero or more ticks, got " + time);
    }
    open(
        eventId,
        time,
        Objects.requireNonNull(eventType, "eventType"),
        Objects.requireNonNull(source, "source"));
    anyEventBegun = true;
  }

  /**
   * Records the state of one service after the open event.
   *
   * @param serviceIndex index of the service in declaration order; each event passes 0, 1, 2, … in
   *     turn
   * @param stressLevel stress level; finite or NaN
   * @param resourceLevel operational resource level; finite or NaN
   * @param load load on the service; finite or NaN
   * @param effectiveCapacity effective capacity; finite or NaN
   * @param status status of the service, such as {@code operational}
   * @throws IllegalStateException if no event is open or the index is not the next one
   * @throws IllegalArgumentException if a number is infinite
   */
  public void serviceState(
      int serviceIndex,
      double stressLevel,
      double resourceLevel,
      double load,
      double effectiveCapacity,
      String status) {
    checkNextService(serviceIndex);
    Objects.requireNonNull(status, "status");
    checkFinite(MetricsColumns.STRESS_LEVEL, stressLevel, serviceIndex);
    checkFinite(MetricsColumns.RESOURCE_LEVEL, resourceLevel, serviceIndex);
    checkFinite(MetricsColumns.LOAD, load, serviceIndex);
    checkFinite(MetricsColumns.EFFECTIVE_CAPACITY, effectiveCapacity, serviceIndex);
    nextServiceIndex++;

    if (mode == MetricsMode.FULL) {
      if (inInitialState) {
        // Full files omit the initial state: exactly one row per service per executed event.
        return;
      }
      writeRow(serviceIndex, stressLevel, resourceLevel, load, effectiveCapacity, status);
      return;
    }
    boolean changed =
        inInitialState
            || !sameNumber(writtenStress[serviceIndex], stressLevel)
            || !sameNumber(writtenResource[serviceIndex], resourceLevel)
            || !sameNumber(writtenLoad[serviceIndex], load)
            || !sameNumber(writtenCapacity[serviceIndex], effectiveCapacity)
            || !writtenStatus[serviceIndex].equals(status);
    if (changed) {
      writeRow(serviceIndex, stressLevel, resourceLevel, load, effectiveCapacity, status);
      writtenStress[serviceIndex] = stressLevel;
      writtenResource[serviceIndex] = resourceLevel;
      writtenLoad[serviceIndex] = load;
      writtenCapacity[serviceIndex] = effectiveCapacity;
      writtenStatus[serviceIndex] = status;
    }
  }

  /**
   * Ends the open event or the initial state.
   *
   * @throws IllegalStateException if nothing is open or not every service was given
   */
  public void endEvent() {
    if (!inEvent) {
      throw new IllegalStateException("no event is open; call beginEvent() first");
    }
    if (nextServiceIndex != serviceIds.size()) {
      throw new IllegalStateException(
          describeOpen()
              + " has the state of "
              + nextServiceIndex
              + " of "
              + serviceIds.size()
              + " services; give every service in declaration order");
    }
    if (inInitialState) {
      initialStateWritten = true;
      inInitialState = false;
    }
    inEvent = false;
  }

  /** Returns the number of data rows written so far, not counting the header. */
  public long rowsWritten() {
    return rowsWritten;
  }

  /**
   * Flushes and closes the file.
   *
   * @throws UncheckedIOException if the file system fails
   */
  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the metrics file: " + e.getMessage(), e);
    }
  }

  private void open(long id, long time, String eventType, String source) {
    inEvent = true;
    eventId = id;
    nextServiceIndex = 0;
    // The columns shared by every row of the event are formatted once per event.
    fields[0] = Long.toString(time);
    fields[1] = eventType;
    fields[2] = source;
    fields[9] = Long.toString(id);
  }

  private void writeRow(
      int serviceIndex,
      double stressLevel,
      double resourceLevel,
      double load,
      double effectiveCapacity,
      String status) {
    fields[3] = serviceIds.get(serviceIndex);
    fields[4] = formatOrEmpty(stressLevel);
    fields[5] = formatOrEmpty(resourceLevel);
    fields[6] = formatOrEmpty(load);
    fields[7] = formatOrEmpty(effectiveCapacity);
    fields[8] = status;
    writeRecord(fields);
    rowsWritten++;
  }

  private void writeRecord(String[] record) {
    // FastCSV reports write failures as UncheckedIOException, the convention of this package.
    csv.writeRecord(record);
  }

  private void checkNextService(int serviceIndex) {
    if (!inEvent) {
      throw new IllegalStateException("no event is open; call beginEvent() before serviceState()");
    }
    if (serviceIndex != nextServiceIndex) {
      String expected =
          nextServiceIndex < serviceIds.size()
              ? "service " + nextServiceIndex + " (\"" + serviceIds.get(nextServiceIndex) + "\")"
              : "endEvent(), because all " + serviceIds.size() + " services were given";
      throw new IllegalStateException(
          describeOpen() + " got service index " + serviceIndex + " but expected " + expected);
    }
  }

  private void checkFinite(String column, double value, int serviceIndex) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          column
              + " of service \""
              + serviceIds.get(serviceIndex)
              + "\" in "
              + describeOpen()
              + " is "
              + value
              + "; metrics must be finite or NaN");
    }
  }

  private String describeOpen() {
    return inInitialState ? "the initial state" : "event " + eventId;
  }

  /**
   * Rejects a string with an unpaired surrogate, which the UTF-8 encoder would silently write as
   * '?', so that the id read back would differ from the one in run.json.
   */
  private static void checkEncodable(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "service id \""
                + id
                + "\" has an unpaired surrogate at index "
                + i
                + "; ids must be valid Unicode text");
      }
    }
  }

  private static boolean sameNumber(double written, double current) {
    // == treats 0.0 and -0.0 as equal, which print the same; NaN equals only itself here.
    return written == current || (Double.isNaN(written) && Double.isNaN(current));
  }

  private static String formatOrEmpty(double value) {
    return Double.isNaN(value) ? "" : Numbers.format(value);
  }
}
