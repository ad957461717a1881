package org.faultline.analysis.postmortem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.analysis.postmortem.finding.CoordinationDelay;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.Intervention;
import org.faultline.analysis.postmortem.finding.OfficeFindings;
import org.faultline.analysis.postmortem.finding.PolicyFindings;
import org.faultline.analysis.postmortem.finding.RejectedIntentGroup;
import org.faultline.analysis.postmortem.finding.TimedValue;
import tools.jackson.core.JsonGenerator;

/**
 * Per policy office: when the true state crossed its threshold, when it could know, when it
 * intended and intervened, or why it never did, and the coordination delay these add up to. Writes
 * the fields {@code peak_total_stress}, {@code offices} and {@code interventions} of {@code
 * analysis.json}. Immutable.
 */
final class PolicyDynamicsSection implements ReportSection {

  /** Interventions listed in the Markdown table; {@code analysis.json} lists every one. */
  static final int MAX_INTERVENTIONS_LISTED = 50;

  private final Findings findings;

  PolicyDynamicsSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "policy-dynamics";
  }

  @Override
  public String title() {
    return "Policy dynamics";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    PolicyFindings policy = findings.policy();
    if (policy.offices().isEmpty()) {
      markdown.paragraph(
          findings.scenario().readable()
              ? "The run has no policy office."
              : "No policy event was logged, and without a readable scenario.yaml the policy"
                  + " offices and their thresholds are unknown, so this section cannot say whether"
                  + " an office should have intervened.");
      return;
    }
    markdown.paragraph(
        "A policy office intends to intervene when the total stress of the active agents it sees exceeds "
            + "its stress_threshold. metrics.csv holds the stress of services only, so the true total here is the sum of "
            + "the stress of every service whose status is neither degraded nor failed, after each event"
            + policy
                .peakTotalStress()
                .map(peak -> "; it peaked at " + Phrases.timed(Optional.of(peak)))
                .orElse("")
            + ". The office intends at the tick its POLICY_INTENT was scheduled; the intent executes after the delay it "
            + "requested and schedules the POLICY_INTERVENTION whose cause it is.");
    for (OfficeFindings office : policy.offices()) {
      markdown.heading(3, office.id());
      markdown.bullets(officeFacts(office));
    }
    writeInterventions(markdown, policy.interventions());
  }

  private List<String> officeFacts(OfficeFindings office) {
    List<String> facts = new ArrayList<>();

    facts.add(
        "Threshold: "
            + (office.stressThreshold().isPresent()
                ? Phrases.number(office.stressThreshold().getAsDouble())
                : "unknown (not in scenario.yaml)")
            + ".");
    office
        .crossing()
        .ifPresent(
            crossing ->
                facts.add(
                    String.format(
                        Locale.ROOT,
                        "True state crossed the threshold at %s%s, when the total service stress reached %s.",
                        Phrases.time(crossing.time()),
                        crossing.eventId() > 0 ? " (after #" + crossing.eventId() + ")" : "",
                        Phrases.number(crossing.value()))));
    if (office.crossing().isPresent()) {
      facts.add(
          (office.knowledgeTime().isPresent()
                  ? "Could know at " + Phrases.time(office.knowledgeTime().getAsLong()) + ". "
                  : "Could not know before the end of the run. ")
              + office.knowledgeRule());
    }

    Optional<Intervention> firstIntent =
        office.interventions().stream().filter(i -> i.intent().isPresent()).findFirst();
    firstIntent.ifPresent(
        intent ->
            facts.add(
                String.format(
                    Locale.ROOT,
                    "First intended at %s: the scheduled_at of POLICY_INTENT #%d, which executed at %s.",
                    Phrases.time(intent.intentTime()),
                    intent.intent().get().id(),
                    Phrases.time(intent.intent().get().time()))));
    office.interventions().stream()
        .filter(i -> i.outcome() == Intervention.Outcome.EXECUTED)
        .findFirst()
        .ifPresent(
            executed ->
                facts.add(
                    String.format(
                        Locale.ROOT,
                        "First intervention executed at %s (POLICY_INTERVENTION #%d), %s after its intent at %s.",
                        Phrases.time(executed.intervention().get().time()),
                        executed.intervention().get().id(),
                        Phrases.ticks(executed.delay().getAsLong()),
                        Phrases.time(executed.intentTime()))));
    office.coordinationDelay().ifPresent(delay -> facts.add(coordination(delay, office)));

    if (!office.interventions().isEmpty()) {
      facts.add(outcomes(office.interventions()));
    }
    if (!office.rejectedIntents().isEmpty()) {
      long total = office.rejectedIntents().stream().mapToLong(RejectedIntentGroup::count).sum();
      facts.add(
          "The engine rejected "
              + total
              + " of its intents: "
              + rejections(office.rejectedIntents())
              + ".");
    }
    office.noIntervention().ifPresent(none -> facts.add(none.explanation()));
    return facts;
  }

  private static String coordination(CoordinationDelay delay, OfficeFindings office) {
    String components =
        office.interventions().stream()
            .filter(
                i ->
                    i.outcome() == Intervention.Outcome.EXECUTED
                        && i.intervention().get().time() == delay.executionTime()
                        && i.intentTime() == delay.intentTime())
            .findFirst()
            .map(
                i ->
                    i.intent().isPresent()
                        ? "; the execution delay is the intent's delay "
                            + Phrases.delay(i.intentDelay())
                            + " plus the intervention's delay "
                            + Phrases.delay(i.interventionDelay())
                        : "; the execution delay is the intervention's delay "
                            + Phrases.delay(i.interventionDelay()))
            .orElse("");
    return String.format(
        Locale.ROOT,
        "Coordination delay: %s from the crossing at %s to the intervention at %s = information %s + decision %s "
            + "+ execution %s%s.",
        Phrases.ticks(delay.total()),
        Phrases.time(delay.crossingTime()),
        Phrases.time(delay.executionTime()),
        delay.information(),
        delay.decision(),
        delay.execution(),
        components);
  }

  private static String outcomes(List<Intervention> interventions) {
    long executed = count(interventions, Intervention.Outcome.EXECUTED);
    long pending = count(interventions, Intervention.Outcome.PENDING_AT_HORIZON);
    long rejected = count(interventions, Intervention.Outcome.REJECTED);
    return String.format(
        Locale.ROOT,
        "Interventions: %d executed, %d rejected, %d still pending at the end of the run.",
        executed,
        rejected,
        pending);
  }

  private static long count(List<Intervention> interventions, Intervention.Outcome outcome) {
    return interventions.stream().filter(i -> i.outcome() == outcome).count();
  }

  private static String rejections(List<RejectedIntentGroup> groups) {
    List<String> parts = new ArrayList<>();
    for (RejectedIntentGroup group : groups) {
      parts.add(group.count() + " " + group.type() + " (\"" + group.reason() + "\")");
    }
    return String.join(", ", parts);
  }

  private static void writeInterventions(Markdown markdown, List<Intervention> interventions) {
    if (interventions.isEmpty()) {
      markdown.paragraph("No office intended to intervene.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Intervention intervention :
        interventions.subList(0, Math.min(interventions.size(), MAX_INTERVENTIONS_LISTED))) {
      rows.add(
          List.of(
              intervention.office(),
              Long.toString(intervention.intentTime()),
              intervention.intent().map(Phrases::event).orElse(""),
              Phrases.delay(intervention.intentDelay()),
              intervention.intervention().map(Phrases::event).orElse(""),
              Phrases.delay(intervention.interventionDelay()),
              intervention.delay().isPresent()
                  ? Phrases.ticks(intervention.delay().getAsLong())
                  : "",
              intervention.outcome().id()
                  + intervention.rejection().map(reason -> ": " + reason).orElse("")));
    }
    markdown.paragraph("Intents and interventions, in the order the intents executed:");
    markdown.table(
        List.of(
            "office",
            "intended at t",
            "POLICY_INTENT",
            "intent delay",
            "POLICY_INTERVENTION",
            "intervention delay",
            "intent to execution",
            "outcome"),
        rows);
    if (interventions.size() > MAX_INTERVENTIONS_LISTED) {
      markdown.paragraph(
          (interventions.size() - MAX_INTERVENTIONS_LISTED)
              + " later interventions are listed in analysis.json only.");
    }
  }

  @Override
  public void writeJson(JsonGenerator json) {
    PolicyFindings policy = findings.policy();
    JsonWriting.timed(json, "peak_total_stress", policy.peakTotalStress());
    json.writeName("offices");
    json.writeStartArray();
    for (OfficeFindings office : policy.offices()) {
      writeOffice(json, office);
    }
    json.writeEndArray();
    json.writeName("interventions");
    json.writeStartArray();
    for (Intervention intervention : policy.interventions()) {
      writeIntervention(json, intervention);
    }
    json.writeEndArray();
  }

  private static void writeOffice(JsonGenerator json, OfficeFindings office) {
    json.writeStartObject();
    json.writeStringProperty("id", office.id());
    JsonWriting.number(json, "stress_threshold", office.stressThreshold());
    json.writeName("crossing");
    if (office.crossing().isPresent()) {
      TimedValue crossing = office.crossing().get();
      json.writeStartObject();
      json.writeNumberProperty("time", crossing.time());
      JsonWriting.integer(
          json,
          "event_id",
          crossing.eventId() >= 0 ? OptionalLong.of(crossing.eventId()) : OptionalLong.empty());
      JsonWriting.number(json, "total_stress", crossing.value());
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    JsonWriting.integer(json, "knowledge_time", office.knowledgeTime());
    json.writeStringProperty("knowledge_rule", office.knowledgeRule());

    Optional<Intervention> firstIntent =
        office.interventions().stream().filter(i -> i.intent().isPresent()).findFirst();
    JsonWriting.integer(
        json,
        "first_intent_time",
        firstIntent.map(i -> OptionalLong.of(i.intentTime())).orElse(OptionalLong.empty()));
    Optional<Intervention> firstExecuted =
        office.interventions().stream()
            .filter(i -> i.outcome() == Intervention.Outcome.EXECUTED)
            .findFirst();
    JsonWriting.integer(
        json,
        "first_execution_time",
        firstExecuted
            .map(i -> OptionalLong.of(i.intervention().get().time()))
            .orElse(OptionalLong.empty()));
    writeDelay(json, office.coordinationDelay());

    json.writeNumberProperty(
        "interventions_executed", count(office.interventions(), Intervention.Outcome.EXECUTED));
    json.writeNumberProperty(
        "interventions_rejected", count(office.interventions(), Intervention.Outcome.REJECTED));
    json.writeNumberProperty(
        "interventions_pending",
        count(office.interventions(), Intervention.Outcome.PENDING_AT_HORIZON));
    json.writeName("rejected_intents");
    json.writeStartArray();
    for (RejectedIntentGroup group : office.rejectedIntents()) {
      json.writeStartObject();
      json.writeStringProperty("type", group.type());
      json.writeStringProperty("reason", group.reason());
      json.writeNumberProperty("count", group.count());
      json.writeEndObject();
    }
    json.writeEndArray();

    json.writeName("never_intervened");
    if (office.noIntervention().isPresent()) {
      json.writeStartObject();
      json.writeStringProperty("reason", office.noIntervention().get().reason().id());
      json.writeStringProperty("explanation", office.noIntervention().get().explanation());
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    json.writeEndObject();
  }

  private static void writeDelay(JsonGenerator json, Optional<CoordinationDelay> coordination) {
    json.writeName("coordination_delay");
    if (coordination.isEmpty()) {
      json.writeNull();
      return;
    }
    CoordinationDelay delay = coordination.get();
    json.writeStartObject();
    json.writeNumberProperty("crossing_time", delay.crossingTime());
    json.writeNumberProperty("knowledge_time", delay.knowledgeTime());
    json.writeNumberProperty("intent_time", delay.intentTime());
    json.writeNumberProperty("execution_time", delay.executionTime());
    json.writeNumberProperty("information", delay.information());
    json.writeNumberProperty("decision", delay.decision());
    json.writeNumberProperty("execution", delay.execution());
    json.writeNumberProperty("total", delay.total());
    json.writeEndObject();
  }

  private static void writeIntervention(JsonGenerator json, Intervention intervention) {
    json.writeStartObject();
    json.writeStringProperty("office", intervention.office());
    json.writeNumberProperty("intent_time", intervention.intentTime());
    JsonWriting.event(json, "intent_event", intervention.intent());
    JsonWriting.delay(json, "intent_delay", intervention.intentDelay());
    json.writeStringProperty("outcome", intervention.outcome().id());
    JsonWriting.event(json, "intervention_event", intervention.intervention());
    JsonWriting.integer(json, "scheduled_at", intervention.interventionScheduledAt());
    JsonWriting.integer(
        json,
        "execution_time",
        intervention
            .intervention()
            .map(event -> OptionalLong.of(event.time()))
            .orElse(OptionalLong.empty()));
    JsonWriting.delay(json, "intervention_delay", intervention.interventionDelay());
    JsonWriting.integer(json, "delay", intervention.delay());
    JsonWriting.string(json, "rejection", intervention.rejection());
    json.writeEndObject();
  }
}
