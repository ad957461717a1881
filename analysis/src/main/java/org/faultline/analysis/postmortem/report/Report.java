package org.faultline.analysis.postmortem.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * The post-mortem as an ordered list of sections, written as {@code failure_analysis.md} and {@code
 * analysis.json}.
 *
 * <p>The Markdown document is the title, a preamble, then each section under a second-level
 * heading. The JSON document is one object: {@code format} first, then each section's fields in
 * section order. Instances are immutable and thread-safe as long as their sections are; the {@code
 * with…} methods return a new report.
 *
 * @param title the document title
 * @param preamble the paragraph under the title
 * @param sections the sections in order, with unique ids
 */
public record Report(String title, String preamble, List<ReportSection> sections) {

  /** Value of the {@code format} field of {@code analysis.json} written by this version. */
  public static final String FORMAT = "faultline-analysis/1";

  /** Checks the ids and copies the list. */
  public Report {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(preamble, "preamble");
    sections = List.copyOf(sections);
    Set<String> ids = new HashSet<>();
    for (ReportSection section : sections) {
      if (!ids.add(section.id())) {
        throw new IllegalArgumentException("two sections have the id \"" + section.id() + "\"");
      }
    }
  }

  /**
   * Returns a report with the section inserted right after the one with the given id.
   *
   * @throws IllegalArgumentException if no section has that id, or the new id is taken
   */
  public Report withSectionAfter(String id, ReportSection section) {
    return inserted(indexOf(id) + 1, section);
  }

  /**
   * Returns a report with the section inserted right before the one with the given id.
   *
   * @throws IllegalArgumentException if no section has that id, or the new id is taken
   */
  public Report withSectionBefore(String id, ReportSection section) {
    return inserted(indexOf(id), section);
  }

  /** Returns the ids of the sections, in order. */
  public List<String> sectionIds() {
    return sections.stream().map(ReportSection::id).toList();
  }

  /** Writes {@code failure_analysis.md}: the title, the preamble and every section, in order. */
  public String toMarkdown() {
    Markdown markdown = new Markdown().heading(1, title).paragraph(preamble);
    for (ReportSection section : sections) {
      markdown.heading(2, section.title());
      section.writeMarkdown(markdown);
    }
    return markdown.toString().stripTrailing() + "\n";
  }

  /**
   * Writes {@code analysis.json} as UTF-8 bytes: pretty-printed with two-space indentation and a
   * final newline.
   *
   * @throws tools.jackson.core.exc.StreamWriteException if two sections write the same field
   */
  public byte[] toJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonWriting.generator(bytes)) {
      json.writeStartObject();
      json.writeStringProperty("format", FORMAT);
      for (ReportSection section : sections) {
        section.writeJson(json);
      }
      json.writeEndObject();
    }
    bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private int indexOf(String id) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no section has the id \"" + id + "\"; the ids are " + sectionIds());
  }

  private Report inserted(int index, ReportSection section) {
    List<ReportSection> copy = new ArrayList<>(sections);
    copy.add(index, section);
    return new Report(title, preamble, copy);
  }
}
