package org.faultline.analysis.postmortem.report;

import org.faultline.analysis.postmortem.finding.Characterization;
import org.faultline.analysis.postmortem.finding.Findings;
import tools.jackson.core.JsonGenerator;

/**
 * The failure mode, the rules that decide it and the numbers that decided it. Writes the field
 * {@code characterization} of {@code analysis.json}. Immutable.
 */
final class CharacterizationSection implements ReportSection {

  private final Findings findings;

  CharacterizationSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "failure-characterization";
  }

  @Override
  public String title() {
    return "Failure characterization";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    Characterization characterization = findings.characterization();
    markdown.paragraph("Failure mode: " + characterization.decision());
    markdown.paragraph(
        "The rules, tested in this order; the first that holds decides. A service is affected when it "
            + "was overloaded, had the status degraded or failed, or produced a degradation event; it is reached over h "
            + "hops when a degradation path of h dependency edges ends at it.");
    markdown.bullets(characterization.rules());
    if (!characterization.caveats().isEmpty()) {
      markdown.paragraph("Caveats:");
      markdown.bullets(characterization.caveats());
    }
  }

  @Override
  public void writeJson(JsonGenerator json) {
    Characterization characterization = findings.characterization();
    Characterization.Counts counts = characterization.counts();
    json.writeName("characterization");
    json.writeStartObject();
    json.writeStringProperty("mode", characterization.mode().id());
    json.writeStringProperty("decision", characterization.decision());
    JsonWriting.strings(json, "rules", characterization.rules());
    json.writeName("numbers");
    json.writeStartObject();
    json.writeNumberProperty("services", counts.services());
    json.writeNumberProperty("affected_services", counts.affected());
    json.writeNumberProperty("affected_stressor_targets", counts.affectedTargets());
    json.writeNumberProperty("failed_services", counts.failed());
    json.writeNumberProperty("dependency_edges", counts.dependencyEdges());
    json.writeNumberProperty("carried_edges", counts.carriedEdges());
    json.writeNumberProperty("longest_path_hops", counts.longestHops());
    json.writeNumberProperty("remote_services", counts.remoteServices());
    json.writeEndObject();
    JsonWriting.strings(json, "caveats", characterization.caveats());
    json.writeEndObject();
  }
}
