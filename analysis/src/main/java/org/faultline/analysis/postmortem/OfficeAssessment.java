package org.faultline.analysis.postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.faultline.analysis.postmortem.finding.CoordinationDelay;
import org.faultline.analysis.postmortem.finding.Intervention;
import org.faultline.analysis.postmortem.finding.OfficeFindings;
import org.faultline.analysis.postmortem.finding.OfficeFindings.NoIntervention;
import org.faultline.analysis.postmortem.finding.OfficeFindings.Reason;
import org.faultline.analysis.postmortem.finding.PolicyFindings;
import org.faultline.analysis.postmortem.finding.ReadableNumbers;
import org.faultline.analysis.postmortem.finding.RejectedIntentGroup;
import org.faultline.analysis.postmortem.finding.TimedValue;
import org.faultline.analysis.postmortem.read.EventPass;
import org.faultline.analysis.postmortem.read.EventSummary;
import org.faultline.analysis.postmortem.read.MetricsSummary;
import org.faultline.analysis.postmortem.read.OfficeEvidence;
import org.faultline.analysis.postmortem.scenario.ScenarioOutline;
import org.faultline.trace.RunManifest;

/**
 * Decides, per policy office, when the true state crossed its threshold, when the office could
 * know, when it intended and intervened, and otherwise why it never intervened.
 *
 * <p>Knowledge rule: when no report event is addressed to the office (see {@link
 * EventPass#isReportTo}), it sees the true state at once, as every agent does in this version of
 * the model, so it could know at the crossing. Otherwise it could know at the first report
 * addressed to it that executed at or after the crossing event. Stateless.
 */
final class OfficeAssessment {

  private final RunManifest manifest;
  private final ScenarioOutline scenario;
  private final MetricsSummary metrics;
  private final EventSummary events;
  private final List<String> reactTo;

  OfficeAssessment(
      RunManifest manifest,
      ScenarioOutline scenario,
      MetricsSummary metrics,
      EventSummary events,
      List<String> reactTo) {
    this.manifest = manifest;
    this.scenario = scenario;
    this.metrics = metrics;
    this.events = events;
    this.reactTo = List.copyOf(reactTo);
  }

  /** Assesses every office in report order. */
  PolicyFindings assess() {
    List<OfficeFindings> offices = new ArrayList<>();
    for (OfficeEvidence evidence : events.offices().values()) {
      offices.add(assess(evidence));
    }
    return new PolicyFindings(metrics.peakTotalStress(), offices, events.interventions());
  }

  private OfficeFindings assess(OfficeEvidence evidence) {
    String id = evidence.office();
    Optional<ScenarioOutline.Office> office =
        scenario.offices().stream().filter(candidate -> candidate.id().equals(id)).findFirst();
    OptionalDouble threshold =
        office.map(ScenarioOutline.Office::stressThreshold).orElse(OptionalDouble.empty());
    Optional<TimedValue> crossing = Optional.ofNullable(metrics.crossings().get(id));
    List<Intervention> interventions =
        events.interventions().stream()
            .filter(intervention -> intervention.office().equals(id))
            .toList();

    OptionalLong knowledge = OptionalLong.empty();
    String knowledgeRule;
    if (!evidence.reportsAddressed()) {
      List<String> fields = EventPass.RECIPIENT_FIELDS;
      knowledgeRule =
          "No report event is addressed to "
              + id
              + " (an event whose type ends in "
              + EventPass.REPORT_TYPE_SUFFIX
              + " and whose "
              + String.join(", ", fields.subList(0, fields.size() - 1))
              + " or "
              + fields.get(fields.size() - 1)
              + " field names it), so it sees the true state at once and could "
              + "know at the crossing.";
      if (crossing.isPresent()) {
        knowledge = OptionalLong.of(crossing.get().time());
      }
    } else {
      knowledgeRule =
          id
              + " receives report events, so it could know at the first report addressed to it"
              + " that executed at or after the crossing.";
      knowledge = evidence.firstReportAfterCrossing();
    }

    Optional<CoordinationDelay> delay =
        crossing.flatMap(
            cross ->
                coordinationDelay(
                    cross,
                    interventions,
                    evidence.firstReportAfterCrossing(),
                    evidence.reportsAddressed()));
    Optional<NoIntervention> none =
        interventions.stream().anyMatch(i -> i.outcome() == Intervention.Outcome.EXECUTED)
            ? Optional.empty()
            : Optional.of(noIntervention(id, office, threshold, crossing, interventions, evidence));
    return new OfficeFindings(
        id,
        threshold,
        crossing,
        knowledge,
        knowledgeRule,
        interventions,
        evidence.rejectedIntents(),
        delay,
        none);
  }

  private static Optional<CoordinationDelay> coordinationDelay(
      TimedValue crossing,
      List<Intervention> interventions,
      OptionalLong firstReport,
      boolean reportsAddressed) {
    for (Intervention intervention : interventions) {
      if (intervention.outcome() != Intervention.Outcome.EXECUTED
          || intervention.intervention().orElseThrow().time() < crossing.time()) {
        continue;
      }
      long knowledge =
          reportsAddressed ? firstReport.orElse(intervention.intentTime()) : crossing.time();
      if (intervention.intentTime() < knowledge) {
        // An intent before the office could know of this crossing answered something else,
        // such as a report of stress that this total of active services does not count.
        continue;
      }
      return Optional.of(
          new CoordinationDelay(
              crossing.time(),
              knowledge,
              intervention.intentTime(),
              intervention.intervention().orElseThrow().time()));
    }
    return Optional.empty();
  }

  private NoIntervention noIntervention(
      String id,
      Optional<ScenarioOutline.Office> office,
      OptionalDouble threshold,
      Optional<TimedValue> crossing,
      List<Intervention> interventions,
      OfficeEvidence evidence) {
    if (threshold.isEmpty()) {
      return new NoIntervention(
          Reason.THRESHOLD_UNKNOWN,
          id
              + " never intervened; scenario.yaml gives no "
              + "stress_threshold for it, so when the true state crossed its threshold cannot be computed.");
    }
    if (crossing.isEmpty()) {
      return new NoIntervention(Reason.NEVER_CROSSED, neverCrossed(id, threshold.getAsDouble()));
    }
    String crossed =
        String.format(
            Locale.ROOT,
            "%s never intervened, although the total service stress crossed its "
                + "threshold of %s at t=%d (%s)",
            id,
            ReadableNumbers.format(threshold.getAsDouble()),
            crossing.get().time(),
            ReadableNumbers.format(crossing.get().value()));
    List<Intervention> rejected =
        interventions.stream().filter(i -> i.outcome() == Intervention.Outcome.REJECTED).toList();
    List<RejectedIntentGroup> rejectedIntents =
        evidence.rejectedIntents().stream()
            .filter(group -> group.type().equals(EventPass.POLICY_INTENT))
            .toList();
    List<Intervention> pending =
        interventions.stream()
            .filter(i -> i.outcome() == Intervention.Outcome.PENDING_AT_HORIZON)
            .toList();
    if (!rejectedIntents.isEmpty()) {
      return new NoIntervention(
          Reason.INTENT_REJECTED,
          crossed + ": the engine rejected its intents: " + describe(rejectedIntents) + ".");
    }
    if (!rejected.isEmpty()) {
      String reasons =
          rejected.stream()
              .map(i -> i.rejection().orElse(""))
              .distinct()
              .map(reason -> "\"" + reason + "\"")
              .collect(Collectors.joining(", "));
      return new NoIntervention(
          Reason.INTERVENTION_REJECTED,
          crossed
              + ": the engine rejected "
              + rejected.size()
              + " of its interventions: "
              + reasons
              + ".");
    }
    if (!pending.isEmpty()) {
      Intervention first = pending.get(0);
      return new NoIntervention(
          Reason.PENDING_AT_HORIZON,
          String.format(
              Locale.ROOT,
              "%s: it intended at t=%d and its intent executed at t=%d, but the intervention was still pending when the "
                  + "run ended at t=%d (run.json counts %d events pending at the horizon).",
              crossed,
              first.intentTime(),
              first.intent().orElseThrow().time(),
              manifest.horizon(),
              manifest.counts().pendingAtHorizon()));
    }
    if (evidence.firstObservationAfterCrossing().isEmpty()) {
      return new NoIntervention(
          Reason.NOT_OBSERVED,
          crossed
              + ": no event of a type agents react to ("
              + String.join(", ", reactTo)
              + ") executed at or after the crossing, so the office never observed it.");
    }
    OptionalDouble budget =
        office.map(ScenarioOutline.Office::budget).orElse(OptionalDouble.empty());
    if (budget.isPresent() && !(budget.getAsDouble() > 0)) {
      return new NoIntervention(
          Reason.BUDGET_SPENT,
          crossed
              + ": its budget is "
              + ReadableNumbers.format(budget.getAsDouble())
              + ", and an office intends only while budget remains.");
    }
    String pendingNote =
        manifest.counts().pendingAtHorizon() > 0
            ? String.format(
                Locale.ROOT,
                "; run.json counts %d events pending at the horizon, which events.jsonl does not "
                    + "list and which may include its intent",
                manifest.counts().pendingAtHorizon())
            : "; no event was pending at the horizon, so the files do not show why";
    return new NoIntervention(
        Reason.NO_INTENT_LOGGED,
        String.format(
            Locale.ROOT,
            "%s: it observed the state after #%d at t=%d, yet events.jsonl holds no intent of it%s.",
            crossed,
            evidence.firstObservationAfterCrossing().get().id(),
            evidence.firstObservationAfterCrossing().get().time(),
            pendingNote));
  }

  private String neverCrossed(String id, double threshold) {
    if (metrics.peakTotalStress().isEmpty()) {
      return id
          + " never intervened; metrics.csv has no rows, so the total service stress is unknown.";
    }
    TimedValue peak = metrics.peakTotalStress().get();
    String relation = peak.value() == threshold ? "equal to, not above," : "below";
    return String.format(
        Locale.ROOT,
        "%s never intervened because the total service stress never exceeded its threshold: it peaked at %s "
            + "(t=%d), %s the threshold of %s.",
        id,
        ReadableNumbers.format(peak.value()),
        peak.time(),
        relation,
        ReadableNumbers.format(threshold));
  }

  private static String describe(List<RejectedIntentGroup> groups) {
    return groups.stream()
        .map(group -> group.count() + " × \"" + group.reason() + "\"")
        .collect(Collectors.joining(", "));
  }
}
