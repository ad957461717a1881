package org.faultline.analysis.postmortem.report;

import java.util.List;

/**
 * A Markdown document being written: paragraphs, bullet lists, tables and headings, with {@code \n}
 * line ends and a blank line between blocks. Text passed in is escaped so that ids and reasons from
 * the run files print as written. Not thread-safe.
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
        throw new IllegalArgumentException(
            "a table row has " + cells.size() + " cells, the header " + header.size());
      }
      row(cells);
    }
    text.append('\n');
    return this;
  }

  /**
   * Appends an image that links a file beside the document.
   *
   * @param description the image's alternative text, escaped
   * @param file a relative file name without spaces, such as {@code timeline.svg}
   */
  public Markdown image(String description, String file) {
    text.append("![").append(escape(description)).append("](").append(file).append(")\n\n");
    return this;
  }

  /**
   * Appends a fenced code block written as given, such as a Mermaid diagram.
   *
   * @param language the fence's info string, such as {@code mermaid}
   * @param code the block's lines; must not contain a line of three backticks
   */
  public Markdown codeBlock(String language, String code) {
    if (code.contains("```")) {
      throw new IllegalArgumentException("a fenced code block cannot contain ```");
    }
    text.append("```").append(language).append('\n').append(code);
    if (!code.endsWith("\n")) {
      text.append('\n');
    }
    text.append("```\n\n");
    return this;
  }

  /**
   * Appends Markdown written elsewhere, such as a section rendered by another package, as it is.
   * The text should end with a blank line.
   */
  public Markdown raw(String markdown) {
    text.append(markdown);
    if (!markdown.endsWith("\n\n")) {
      text.append(markdown.endsWith("\n") ? "\n" : "\n\n");
    }
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
   * Escapes text for Markdown: characters that would start emphasis, code, links, HTML or a table
   * cell are preceded by a backslash, and line breaks become spaces. An underscore inside a word,
   * as in {@code SERVICE_OVERLOAD}, starts nothing and stays as it is.
   */
  public static String escape(String content) {
    StringBuilder escaped = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '>', '|' -> escaped.append('\\').append(c);
        case '_' -> {
          boolean insideWord =
              i > 0
                  && i < content.length() - 1
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
