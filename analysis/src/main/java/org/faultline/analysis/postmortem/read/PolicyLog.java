package org.faultline.analysis.postmortem.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.Intervention;
import org.faultline.trace.read.DelayComponent;
import org.faultline.trace.read.ExecutedEvent;
import org.faultline.trace.read.RejectedIntent;

/**
 * Pairs every executed {@code POLICY_INTENT} with the {@code POLICY_INTERVENTION} whose cause it
 * is, or with the rejection of that intervention. An intent with neither by the end of the log was
 * still pending at the horizon. An intervention whose cause is not an intent is recorded on its
 * own. Keeps one small record per intent. Not thread-safe.
 */
final class PolicyLog {

  private final List<Entry> entries = new ArrayList<>();
  private final Map<Long, Entry> openIntents = new HashMap<>();

  /** One intent and what became of it, filled in as the log is read. */
  private static final class Entry {
    final String office;
    final EventRef intent;
    final long intentTime;
    final List<DelayComponent> intentDelay;
    Intervention.Outcome outcome = Intervention.Outcome.PENDING_AT_HORIZON;
    EventRef intervention;
    Long scheduledAt;
    List<DelayComponent> interventionDelay = List.of();
    String rejection;

    Entry(String office, EventRef intent, long intentTime, List<DelayComponent> intentDelay) {
      this.office = office;
      this.intent = intent;
      this.intentTime = intentTime;
      this.intentDelay = intentDelay;
    }

    Intervention toIntervention() {
      return new Intervention(
          office,
          Optional.ofNullable(intent),
          intentTime,
          intentDelay,
          outcome,
          Optional.ofNullable(intervention),
          scheduledAt == null ? OptionalLong.empty() : OptionalLong.of(scheduledAt),
          interventionDelay,
          Optional.ofNullable(rejection));
    }
  }

  /** Records an executed {@code POLICY_INTENT} or {@code POLICY_INTERVENTION}. */
  void onExecuted(ExecutedEvent event) {
    EventRef ref = new EventRef(event.id(), event.time());
    if (event.type().equals(EventPass.POLICY_INTENT)) {
      Entry entry = new Entry(event.source(), ref, event.scheduledAt(), event.delay());
      entries.add(entry);
      openIntents.put(event.id(), entry);
      return;
    }
    Entry entry = event.cause().isPresent() ? openIntents.remove(event.cause().getAsLong()) : null;
    if (entry == null) {
      entry = new Entry(event.source(), null, event.scheduledAt(), List.of());
      entries.add(entry);
    }
    entry.outcome = Intervention.Outcome.EXECUTED;
    entry.intervention = ref;
    entry.scheduledAt = event.scheduledAt();
    entry.interventionDelay = event.delay();
  }

  /** Records a rejected {@code POLICY_INTERVENTION} against the intent that caused it. */
  void onRejected(RejectedIntent intent) {
    if (!intent.type().equals(EventPass.POLICY_INTERVENTION) || intent.cause().isEmpty()) {
      return;
    }
    Entry entry = openIntents.remove(intent.cause().getAsLong());
    if (entry != null) {
      entry.outcome = Intervention.Outcome.REJECTED;
      entry.rejection = intent.reason();
    }
  }

  /** Returns every intervention in the order its intent, or itself when it has none, executed. */
  List<Intervention> interventions() {
    List<Intervention> interventions = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      interventions.add(entry.toIntervention());
    }
    return interventions;
  }
}
