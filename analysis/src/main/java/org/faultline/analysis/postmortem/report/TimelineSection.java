package org.faultline.analysis.postmortem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.RejectedIntentGroup;
import org.faultline.analysis.postmortem.finding.StressorSpan;
import org.faultline.analysis.postmortem.finding.TimelineEntry;
import tools.jackson.core.JsonGenerator;

/**
 * The moments that matter in time order, and the rejected intents counted by type and reason.
 * Writes the fields {@code stressors}, {@code timeline}, {@code timeline_omitted} and {@code
 * rejected_intents} of {@code analysis.json}. Immutable.
 */
final class TimelineSection implements ReportSection {

  private static final Map<TimelineEntry.Kind, String> LABELS =
      Map.of(
          TimelineEntry.Kind.STRESSOR_ONSET, "stressor onset",
          TimelineEntry.Kind.STRESSOR_END, "stressor end",
          TimelineEntry.Kind.FIRST_OVERLOAD, "first overload",
          TimelineEntry.Kind.SERVICE_STATUS_EVENT, "service status event",
          TimelineEntry.Kind.FAILURE, "failure",
          TimelineEntry.Kind.RECOVERY, "recovery",
          TimelineEntry.Kind.STATUS_CHANGE, "status change",
          TimelineEntry.Kind.POLICY_INTENT, "policy intent",
          TimelineEntry.Kind.POLICY_INTERVENTION, "policy intervention");

  private final Findings findings;

  TimelineSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "timeline";
  }

  @Override
  public String title() {
    return "Event timeline";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    markdown.paragraph(
        "Stressor onsets and ends, first overload reports, service status events and changes, and policy "
            + "intents and interventions, in time order. Entries at one tick follow the order in which their events "
            + "executed; a status change follows the event after which metrics.csv logged it. An event scheduled during "
            + "the run shows the tick it was scheduled at and its delay as the sum of its components.");
    if (findings.timeline().isEmpty()) {
      markdown.paragraph("Nothing of these kinds happened in this run.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (TimelineEntry entry : findings.timeline()) {
        rows.add(
            List.of(
                Long.toString(entry.time()),
                LABELS.get(entry.kind()),
                entry.subject(),
                entry
                    .event()
                    .map(
                        event ->
                            "#" + event.id() + entry.eventType().map(type -> " " + type).orElse(""))
                    .orElse(""),
                entry.detail(),
                Phrases.whole(entry.scheduledAt()),
                Phrases.delay(entry.delay())));
      }
      markdown.table(List.of("t", "what", "who", "event", "detail", "scheduled at", "delay"), rows);
    }
    if (findings.timelineOmitted() > 0) {
      markdown.paragraph(findings.timelineOmitted() + " later entries are not listed.");
    }

    List<RejectedIntentGroup> rejected = findings.rejectedIntents();
    if (rejected.isEmpty()) {
      markdown.paragraph("The engine rejected no intent.");
      return;
    }
    long total = rejected.stream().mapToLong(RejectedIntentGroup::count).sum();
    markdown.paragraph(
        "The engine rejected " + total + " intents, counted here by type and reason:");
    List<List<String>> rows = new ArrayList<>();
    for (RejectedIntentGroup group : rejected) {
      rows.add(List.of(group.type(), group.reason(), Long.toString(group.count())));
    }
    markdown.table(List.of("type", "reason", "count"), rows);
  }

  @Override
  public void writeJson(JsonGenerator json) {
    json.writeName("stressors");
    json.writeStartArray();
    for (StressorSpan stressor : findings.stressors()) {
      json.writeStartObject();
      json.writeStringProperty("source", stressor.source());
      json.writeStringProperty("first_type", stressor.firstType());
      JsonWriting.event(json, "onset", Optional.of(stressor.first()));
      JsonWriting.event(json, "end", Optional.of(stressor.last()));
      json.writeStringProperty("last_type", stressor.lastType());
      json.writeNumberProperty("events", stressor.events());
      JsonWriting.strings(json, "targets", stressor.targets());
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeName("timeline");
    json.writeStartArray();
    for (TimelineEntry entry : findings.timeline()) {
      json.writeStartObject();
      json.writeNumberProperty("time", entry.time());
      json.writeStringProperty("kind", entry.kind().id());
      json.writeStringProperty("subject", entry.subject());
      JsonWriting.event(json, "event", entry.event());
      JsonWriting.string(json, "event_type", entry.eventType());
      json.writeStringProperty("detail", entry.detail());
      JsonWriting.integer(json, "scheduled_at", entry.scheduledAt());
      JsonWriting.delay(json, "delay", entry.delay());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberProperty("timeline_omitted", findings.timelineOmitted());

    json.writeName("rejected_intents");
    json.writeStartArray();
    for (RejectedIntentGroup group : findings.rejectedIntents()) {
      json.writeStartObject();
      json.writeStringProperty("type", group.type());
      json.writeStringProperty("reason", group.reason());
      json.writeNumberProperty("count", group.count());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
