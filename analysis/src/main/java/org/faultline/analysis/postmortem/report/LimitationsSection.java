package org.faultline.analysis.postmortem.report;

import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.Limitations;
import tools.jackson.core.JsonGenerator;

/**
 * The section on what the run cannot show: what its files leave out, and what the model does not
 * represent. Writes the field {@code limitations} of {@code analysis.json}. Immutable.
 */
final class LimitationsSection implements ReportSection {

  private final Findings findings;

  LimitationsSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "limitations";
  }

  @Override
  public String title() {
    return "Limitations";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    Limitations limitations = findings.limitations();
    markdown.paragraph("From this run's files:");
    markdown.bullets(limitations.run());
    markdown.paragraph("From the model, for every run of this version:");
    markdown.bullets(limitations.model());
  }

  @Override
  public void writeJson(JsonGenerator json) {
    json.writeName("limitations");
    json.writeStartObject();
    JsonWriting.strings(json, "run", findings.limitations().run());
    JsonWriting.strings(json, "model", findings.limitations().model());
    json.writeEndObject();
  }
}
