package org.faultline.trace.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code events.jsonl} line by line into {@link ExecutedEvent} and {@link RejectedIntent}
 * records, in file order, which is the order in which they happened.
 *
 * <p>Every line must be one JSON object with the keys of its kind; keys the format does not define
 * are skipped. Lines may end with LF or CRLF. This class is not thread-safe.
 */
public final class EventLogReader extends AbstractRecordReader<LogEntry> {

  private final Path file;
  private final BufferedReader lines;
  private long lastLine;

  private EventLogReader(Path file, BufferedReader lines) {
    this.file = file;
    this.lines = lines;
  }

  /**
   * Opens the event log.
   *
   * @param file path of an event log
   * @return a reader positioned before the first line
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static EventLogReader open(Path file) {
    try {
      // Files.newBufferedReader reports malformed UTF-8 instead of replacing it.
      return new EventLogReader(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns the line number of the last entry returned, or 0 before the first. */
  public long lastLine() {
    return lastLine;
  }

  /** Returns the path of the file being read. */
  public Path file() {
    return file;
  }

  @Override
  protected LogEntry readNext() {
    String text;
    try {
      text = lines.readLine();
    } catch (CharacterCodingException e) {
      throw MalformedRunFileException.at(
          file, lastLine + 1, "invalid UTF-8 at or after this line; run files are UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (text == null) {
      return null;
    }
    lastLine++;
    return EventLineParser.parse(file, lastLine, text);
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
