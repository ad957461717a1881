package org.faultline.analysis.postmortem.report;

import java.util.List;

/**
 * A Markdown document being written: paragraphs, bullet lists, tables and headings, with
 * {@code \n} line ends and a blank line between blocks. Text passed in is escaped so that ids
 * and reasons from the run files print as written. Not thread-safe.
 */
public final class Markdown {

  private final StringBuilder text = new StringBuilder();

  /** Appends a heading of the given level, 1 for the document title. */
  public Markdown heading(int level, String title) {
    text.append("#".repeat(level)).append(' ').append(escape(title)).append("\n\n");
    return this;
  }

  /** Appends a paragraph of escaped text. */
  public Markdown paragraph(String content) {
    text.append(escape(content)).append("\n\n");
    return this;
  }

  /** Appends a bullet list, one escaped item per element; nothing when the list is empty. */
  public Markdown bullets(List<String> items) {
    if (items.isEmpty()) {
      return this;
    }
    for (String item : items) {
      text.append("- ").append(escape(item)).append('\n');
    }
    text.append('\n');
    return this;
  }

  /**
   * Appends a table with a header row; every cell is escaped, and an empty cell is written as
   * {@code —}.
   *
   * @param header column titles
   * @param rows rows with as many cells as the header
   * @throws IllegalArgumentException if a row has another number of cells
   */
  public Markdown table(List<String> header, List<List<String>> rows) {
    row(header);
    text.append('|');
    for (int i = 0; i < header.size(); i++) {
      text.append(" --- |");
    }
    text.append('\n');
    for (List<String> cells : rows) {
      if (cells.size() != header.size()) {
        throw new IllegalArgumentException("a table row has " + cells.size() + " cells, the header " + header.size());
      }
      row(cells);
    }
    text.append('\n');
    return this;
  }

  /** Returns the document written so far. */
  @Override
  public String toString() {
    return text.toString();
  }

  private void row(List<String> cells) {
    text.append('|');
    for (String cell : cells) {
      text.append(' ').append(cell.isEmpty() ? "—" : escape(cell)).append(" |");
    }
    text.append('\n');
  }

  /**
   * Escapes text for Markdown: characters that would start emphasis, code, links, HTML or a
   * table cell are preceded by a backslash, and line breaks become spaces. An underscore inside
   * a word, as in {@code SERVICE_OVERLOAD}, starts nothing and stays as it is.
   */
  public static String escape(String content) {
    StringBuilder escaped = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '>', '|' -> escaped.append('\\').append(c);
        case '_' -> {
          boolean insideWord = i > 0 && i < content.length() - 1
              && Character.isLetterOrDigit(content.charAt(i - 1))
              && Character.isLetterOrDigit(content.charAt(i + 1));
          escaped.append(insideWord ? "_" : "\\_");
        }
        case '\r', '\n' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
