package org.faultline.analysis.postmortem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.ServiceFindings;
import org.faultline.analysis.postmortem.scenario.ScenarioOutline;
import org.faultline.trace.RunManifest;
import tools.jackson.core.JsonGenerator;

/**
 * The section on what ran: the scenario, its seed, horizon and counts from {@code run.json}, and
 * its services, stressors and policy offices from {@code scenario.yaml}. Writes the fields {@code
 * run} and {@code scenario} of {@code analysis.json}. Immutable.
 */
final class ScenarioContextSection implements ReportSection {

  private final Findings findings;

  ScenarioContextSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "scenario-context";
  }

  @Override
  public String title() {
    return "Scenario context";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    RunManifest manifest = findings.manifest();
    String description = manifest.scenario().description();
    markdown.paragraph(
        "Scenario "
            + manifest.scenario().name()
            + (description.isEmpty() ? "." : ": " + description));
    RunManifest.Counts counts = manifest.counts();
    markdown.table(
        List.of("run", "value"),
        List.of(
            List.of(
                "horizon",
                Phrases.ticks(manifest.horizon()) + "; one tick is one " + manifest.timeUnit()),
            List.of("seed", Long.toString(manifest.seed())),
            List.of("fingerprint", "sha256:" + manifest.fingerprintSha256()),
            List.of("version", manifest.version()),
            List.of("status", manifest.status().id()),
            List.of("metrics mode", manifest.metricsMode().id()),
            List.of(
                "events",
                String.format(
                    Locale.ROOT,
                    "%d executed, %d intents rejected, %d pending at the horizon",
                    counts.executed(),
                    counts.rejected(),
                    counts.pendingAtHorizon())),
            List.of(
                "agents",
                manifest.agents().size() + " (" + manifest.services().size() + " services)")));

    ScenarioOutline scenario = findings.scenario();
    if (!scenario.readable()) {
      markdown.paragraph(
          "The services' capacities and dependencies, the stressors and the policy offices are "
              + "unknown: "
              + scenario.notes().get(0)
              + ".");
      markdown.paragraph(
          "Services, in declaration order: " + String.join(", ", manifest.services()) + ".");
      return;
    }
    writeServices(markdown);
    writeStressors(markdown, scenario);
    writeOffices(markdown, scenario);
  }

  private void writeServices(Markdown markdown) {
    List<List<String>> rows = new ArrayList<>();
    for (ServiceFindings service : findings.services()) {
      rows.add(
          List.of(
              service.id(),
              Double.isNaN(service.capacity()) ? "" : Phrases.number(service.capacity()),
              service.dependsOn().isEmpty() ? "" : String.join(", ", service.dependsOn())));
    }
    markdown.paragraph("Services, in declaration order (capacity in load units per tick):");
    markdown.table(List.of("service", "capacity", "depends on"), rows);
  }

  private static void writeStressors(Markdown markdown, ScenarioOutline scenario) {
    if (scenario.stressors().isEmpty()) {
      markdown.paragraph("The scenario has no stressors.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (ScenarioOutline.Stressor stressor : scenario.stressors()) {
      rows.add(
          List.of(
              stressor.id(),
              stressor.kind().orElse(""),
              String.join(", ", stressor.targets()),
              timing(stressor),
              Phrases.number(stressor.intensity())));
    }
    markdown.paragraph("Stressors:");
    markdown.table(List.of("stressor", "kind", "targets", "timing", "intensity per pulse"), rows);
  }

  private static String timing(ScenarioOutline.Stressor stressor) {
    if (stressor.onset().isEmpty()) {
      return "";
    }
    long onset = stressor.onset().getAsLong();
    if (stressor.pulses().isEmpty() || stressor.interval().isEmpty()) {
      return "from " + Phrases.time(onset) + "; pulses or interval not given";
    }
    long pulses = stressor.pulses().getAsLong();
    long interval = stressor.interval().getAsLong();
    if (pulses == 1 || interval == 0) {
      return (pulses == 1 ? "1 pulse" : pulses + " pulses") + " at " + Phrases.time(onset);
    }
    return String.format(
        Locale.ROOT,
        "%d pulses every %s from %s to %s",
        pulses,
        Phrases.ticks(interval),
        Phrases.time(onset),
        Phrases.time(onset + (pulses - 1) * interval));
  }

  private static void writeOffices(Markdown markdown, ScenarioOutline scenario) {
    if (scenario.offices().isEmpty()) {
      markdown.paragraph("The scenario has no policy offices.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (ScenarioOutline.Office office : scenario.offices()) {
      rows.add(
          List.of(
              office.id(),
              Phrases.number(office.stressThreshold()),
              office.interventionDelay().isPresent()
                  ? Phrases.ticks(office.interventionDelay().getAsLong())
                  : "",
              Phrases.number(office.budgetRelease()),
              Phrases.number(office.budget())));
    }
    markdown.paragraph("Policy offices:");
    markdown.table(
        List.of("office", "stress threshold", "intervention delay", "budget release", "budget"),
        rows);
  }

  @Override
  public void writeJson(JsonGenerator json) {
    RunManifest manifest = findings.manifest();
    json.writeName("run");
    json.writeStartObject();
    json.writeStringProperty("scenario", manifest.scenario().name());
    json.writeStringProperty("description", manifest.scenario().description());
    json.writeStringProperty("version", manifest.version());
    json.writeNumberProperty("seed", manifest.seed());
    json.writeNumberProperty("horizon", manifest.horizon());
    json.writeStringProperty("time_unit", manifest.timeUnit());
    json.writeNumberProperty("end_time", findings.endTime());
    json.writeStringProperty("metrics_mode", manifest.metricsMode().id());
    json.writeStringProperty("status", manifest.status().id());
    json.writeStringProperty("fingerprint", "sha256:" + manifest.fingerprintSha256());
    json.writeName("counts");
    json.writeStartObject();
    json.writeNumberProperty("executed", manifest.counts().executed());
    json.writeNumberProperty("rejected", manifest.counts().rejected());
    json.writeNumberProperty("pending_at_horizon", manifest.counts().pendingAtHorizon());
    json.writeEndObject();
    json.writeEndObject();

    ScenarioOutline scenario = findings.scenario();
    json.writeName("scenario");
    json.writeStartObject();
    json.writeBooleanProperty("readable", scenario.readable());
    JsonWriting.strings(json, "notes", scenario.notes());
    json.writeName("services");
    json.writeStartArray();
    for (ScenarioOutline.Service service : scenario.services()) {
      json.writeStartObject();
      json.writeStringProperty("id", service.id());
      JsonWriting.number(json, "capacity", service.capacity());
      JsonWriting.strings(json, "depends_on", service.dependsOn());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeStressorsJson(json, scenario.stressors());
    writeOfficesJson(json, scenario.offices());
    if (scenario.reactTo().isPresent()) {
      JsonWriting.strings(json, "react_to", scenario.reactTo().get());
    } else {
      json.writeNullProperty("react_to");
    }
    json.writeEndObject();
  }

  private static void writeStressorsJson(
      JsonGenerator json, List<ScenarioOutline.Stressor> stressors) {
    json.writeName("stressors");
    json.writeStartArray();
    for (ScenarioOutline.Stressor stressor : stressors) {
      json.writeStartObject();
      json.writeStringProperty("id", stressor.id());
      JsonWriting.string(json, "kind", stressor.kind());
      JsonWriting.strings(json, "targets", stressor.targets());
      JsonWriting.integer(json, "onset", stressor.onset());
      JsonWriting.integer(json, "pulses", stressor.pulses());
      JsonWriting.integer(json, "interval", stressor.interval());
      JsonWriting.number(json, "intensity", stressor.intensity());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeOfficesJson(JsonGenerator json, List<ScenarioOutline.Office> offices) {
    json.writeName("policy_offices");
    json.writeStartArray();
    for (ScenarioOutline.Office office : offices) {
      json.writeStartObject();
      json.writeStringProperty("id", office.id());
      JsonWriting.number(json, "stress_threshold", office.stressThreshold());
      JsonWriting.integer(json, "intervention_delay", office.interventionDelay());
      JsonWriting.number(json, "budget_release", office.budgetRelease());
      JsonWriting.number(json, "budget", office.budget());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
