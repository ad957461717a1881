package org.faultline.analysis.postmortem.report;

import tools.jackson.core.JsonGenerator;

/**
 * One section of the post-mortem: a part of {@code failure_analysis.md} under its own heading, and
 * the fields it adds to the root object of {@code analysis.json}.
 *
 * <p>A {@link Report} writes its sections in order, so a section written later, such as charts or
 * graph reasoning, is added with {@link Report#withSectionAfter(String, ReportSection)}.
 * Implementations state only what the run's files show, and write the same bytes for the same
 * findings.
 */
public interface ReportSection {

  /**
   * Returns the identifier by which the section is found in a report, such as {@code propagation};
   * unique within a report.
   */
  String id();

  /** Returns the heading of the section, such as {@code Propagation}. */
  String title();

  /** Appends the body of the section, without its heading, to the Markdown document. */
  void writeMarkdown(Markdown markdown);

  /**
   * Writes the section's fields into the root object of {@code analysis.json}, as name and value
   * pairs; writes none by default. Field names must be unique across the report.
   */
  default void writeJson(JsonGenerator json) {}
}
