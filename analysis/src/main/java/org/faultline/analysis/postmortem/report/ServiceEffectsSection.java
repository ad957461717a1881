package org.faultline.analysis.postmortem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.ServiceFindings;
import org.faultline.analysis.postmortem.finding.StatusChange;
import org.faultline.trace.RunStatus;
import tools.jackson.core.JsonGenerator;

/**
 * One row per service: peak stress, minimum resource, load against capacity at the peak, time
 * overloaded and final status, then which services overloaded and failed. Writes the fields {@code
 * services} and {@code failed_services} of {@code analysis.json}. Immutable.
 */
final class ServiceEffectsSection implements ReportSection {

  /** Failure and recovery times listed per service in the Markdown report. */
  static final int MAX_TIMES_LISTED = 10;

  private final Findings findings;

  ServiceEffectsSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "service-effects";
  }

  @Override
  public String title() {
    return "Service-level effects";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    String end =
        findings.manifest().status() == RunStatus.COMPLETE
            ? "the horizon t=" + findings.endTime()
            : "the last logged row at t=" + findings.endTime();
    markdown.paragraph(
        "Peak stress and minimum resource are the extremes over the service's rows in metrics.csv, "
            + "each with the first tick that reached it; load and effective capacity are those of the peak-stress row. "
            + "A service is overloaded while its load exceeds its effective capacity. The state after the last event "
            + "at tick t holds until the next tick with an event, and the state after the last event until "
            + end
            + "; time overloaded adds up the ticks spent in overloaded states.");
    List<List<String>> rows = new ArrayList<>();
    for (ServiceFindings service : findings.services()) {
      ServiceEffects effects = service.effects();
      rows.add(
          List.of(
              service.id(),
              Phrases.timed(effects.peakStress()),
              Phrases.timed(effects.minResource()),
              effects.loadAtPeakStress().isPresent() || effects.capacityAtPeakStress().isPresent()
                  ? Phrases.number(effects.loadAtPeakStress())
                      + " / "
                      + Phrases.number(effects.capacityAtPeakStress())
                  : "",
              effects.ticksOverloaded().isPresent()
                  ? Phrases.ticks(effects.ticksOverloaded().getAsLong())
                  : "",
              service.reports().firstOverload().map(Phrases::event).orElse(""),
              effects.finalStatus().orElse("")));
    }
    markdown.table(
        List.of(
            "service",
            "peak stress (t)",
            "min resource (t)",
            "load / effective capacity at peak stress",
            "time overloaded",
            "first SERVICE_OVERLOAD",
            "final status"),
        rows);
    markdown.paragraph(overloadSentence());
    markdown.paragraph(failureSentence());
  }

  private String overloadSentence() {
    List<ServiceFindings> overloaded =
        findings.services().stream()
            .filter(
                service ->
                    service.effects().firstOverloaded().isPresent()
                        || service.reports().overloads() > 0)
            .toList();
    if (overloaded.isEmpty()) {
      return "No service overloaded: no load exceeded its effective capacity and no service reported SERVICE_OVERLOAD.";
    }
    List<String> descriptions = new ArrayList<>();
    for (ServiceFindings service : overloaded) {
      List<String> facts = new ArrayList<>();
      service
          .effects()
          .firstOverloaded()
          .ifPresent(
              first ->
                  facts.add(
                      "its load exceeded its effective capacity from "
                          + Phrases.time(first.time())));
      service
          .reports()
          .firstOverload()
          .ifPresent(
              first ->
                  facts.add(
                      String.format(
                          Locale.ROOT,
                          "its first SERVICE_OVERLOAD executed at %s (#%d), %d in all",
                          Phrases.time(first.time()),
                          first.id(),
                          service.reports().overloads())));
      descriptions.add(String.join(", and ", facts));
    }
    List<String> never =
        findings.services().stream()
            .filter(service -> !overloaded.contains(service))
            .map(ServiceFindings::id)
            .toList();
    String lead;
    if (overloaded.size() == 1) {
      lead = "Only " + overloaded.get(0).id() + " overloaded: " + descriptions.get(0) + ".";
    } else {
      List<String> sentences = new ArrayList<>();
      for (int i = 0; i < overloaded.size(); i++) {
        sentences.add(overloaded.get(i).id() + ": " + descriptions.get(i) + ".");
      }
      lead = overloaded.size() + " services overloaded. " + String.join(" ", sentences);
    }
    return never.isEmpty() ? lead : lead + " Never overloaded: " + String.join(", ", never) + ".";
  }

  private String failureSentence() {
    List<String> failed = new ArrayList<>();
    for (ServiceFindings service : findings.services()) {
      if (!service.failed()) {
        continue;
      }
      ServiceEffects effects = service.effects();
      List<String> facts = new ArrayList<>();
      if (effects.failureCount() > 0) {
        facts.add(
            "failed at "
                + times(effects.failures())
                + (effects.failureCount() > 1 ? " (" + effects.failureCount() + " times)" : ""));
      }
      if (effects.recoveryCount() > 0) {
        facts.add(
            "recovered at "
                + times(effects.recoveries())
                + (effects.recoveryCount() > 1 ? " (" + effects.recoveryCount() + " times)" : ""));
      }
      service
          .reports()
          .firstFailed()
          .ifPresent(first -> facts.add("first SERVICE_FAILED at " + Phrases.event(first)));
      service
          .reports()
          .firstRestored()
          .ifPresent(first -> facts.add("first SERVICE_RESTORED at " + Phrases.event(first)));
      effects.finalStatus().ifPresent(status -> facts.add("final status " + status));
      failed.add(service.id() + " (" + String.join("; ", facts) + ")");
    }
    if (failed.isEmpty()) {
      boolean statusKnown =
          findings.services().stream().anyMatch(s -> s.effects().finalStatus().isPresent());
      return statusKnown
          ? "No service failed: no row of metrics.csv has the status failed, and no service produced SERVICE_FAILED."
          : "No service produced SERVICE_FAILED; metrics.csv has no status column.";
    }
    return failed.size()
        + " of "
        + findings.services().size()
        + " services failed: "
        + String.join(", ", failed)
        + ".";
  }

  private static String times(List<StatusChange> changes) {
    String listed =
        changes.stream()
            .limit(MAX_TIMES_LISTED)
            .map(change -> Phrases.time(change.time()))
            .collect(Collectors.joining(", "));
    return changes.size() <= MAX_TIMES_LISTED
        ? listed
        : listed + " and " + (changes.size() - MAX_TIMES_LISTED) + " more times";
  }

  @Override
  public void writeJson(JsonGenerator json) {
    json.writeName("services");
    json.writeStartArray();
    for (ServiceFindings service : findings.services()) {
      writeService(json, service);
    }
    json.writeEndArray();
    JsonWriting.strings(json, "failed_services", findings.failedServices());
  }

  private static void writeService(JsonGenerator json, ServiceFindings service) {
    ServiceEffects effects = service.effects();
    json.writeStartObject();
    json.writeStringProperty("id", service.id());
    JsonWriting.number(json, "capacity", service.capacity());
    JsonWriting.strings(json, "depends_on", service.dependsOn());
    json.writeBooleanProperty("stressor_target", service.stressorTarget());
    json.writeNumberProperty("rows", effects.rows());
    JsonWriting.event(json, "first_overloaded", effects.firstOverloaded());
    JsonWriting.event(json, "first_overload_report", service.reports().firstOverload());
    json.writeNumberProperty("overload_reports", service.reports().overloads());
    JsonWriting.integer(json, "ticks_overloaded", effects.ticksOverloaded());
    JsonWriting.timed(json, "peak_stress", effects.peakStress());
    JsonWriting.number(json, "load_at_peak_stress", effects.loadAtPeakStress());
    JsonWriting.number(json, "effective_capacity_at_peak_stress", effects.capacityAtPeakStress());
    JsonWriting.timed(json, "min_resource", effects.minResource());
    JsonWriting.string(json, "final_status", effects.finalStatus());
    writeChanges(json, "failures", effects.failures());
    writeChanges(json, "recoveries", effects.recoveries());
    json.writeNumberProperty("failure_count", effects.failureCount());
    json.writeNumberProperty("recovery_count", effects.recoveryCount());
    json.writeNumberProperty("status_change_count", effects.statusChangeCount());
    JsonWriting.event(json, "first_service_degraded", service.reports().firstDegraded());
    JsonWriting.event(json, "first_service_failed", service.reports().firstFailed());
    JsonWriting.event(json, "first_service_restored", service.reports().firstRestored());
    json.writeNumberProperty("degradation_hops", service.reports().degradationHops());
    json.writeBooleanProperty("affected", service.affected());
    json.writeBooleanProperty("failed", service.failed());
    json.writeEndObject();
  }

  private static void writeChanges(JsonGenerator json, String name, List<StatusChange> changes) {
    json.writeName(name);
    json.writeStartArray();
    for (StatusChange change : changes) {
      json.writeStartObject();
      json.writeNumberProperty("time", change.time());
      JsonWriting.integer(
          json,
          "event_id",
          change.eventId() >= 0 ? OptionalLong.of(change.eventId()) : OptionalLong.empty());
      JsonWriting.string(json, "from", change.from());
      json.writeStringProperty("to", change.to());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
