package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.trace.read.DelayComponent;

/**
 * One intervention of a policy office, from the intent to its execution: a {@code POLICY_INTENT}
 * event and the {@code POLICY_INTERVENTION} whose cause it is. Instances are immutable and
 * thread-safe.
 *
 * <p>The office intends at the tick its {@code POLICY_INTENT} was scheduled. The intent executes
 * after the intent's delay, and its execution schedules the intervention, which executes after the
 * intervention's delay.
 *
 * @param office the office, the source of both events
 * @param intent the executed {@code POLICY_INTENT}, or empty for an intervention whose cause is not
 *     one
 * @param intentTime tick at which the office intended: the intent's {@code scheduled_at}, or the
 *     intervention's when there is no intent
 * @param intentDelay components of the intent's applied delay
 * @param outcome whether the intervention executed, was rejected or was still pending
 * @param intervention the executed {@code POLICY_INTERVENTION}, or empty
 * @param interventionScheduledAt tick at which the intervention was scheduled, or empty
 * @param interventionDelay components of the intervention's applied delay
 * @param rejection the engine's reason when the intervention was rejected, or empty
 */
public record Intervention(
    String office,
    Optional<EventRef> intent,
    long intentTime,
    List<DelayComponent> intentDelay,
    Outcome outcome,
    Optional<EventRef> intervention,
    OptionalLong interventionScheduledAt,
    List<DelayComponent> interventionDelay,
    Optional<String> rejection) {

  /** What became of an intent. */
  public enum Outcome {
    /** The intervention executed. */
    EXECUTED("executed"),
    /** The engine rejected the intervention. */
    REJECTED("rejected"),
    /** The intent executed but the intervention had not executed by the end of the run. */
    PENDING_AT_HORIZON("pending_at_horizon");

    private final String id;

    Outcome(String id) {
      this.id = id;
    }

    /** Returns the identifier written to {@code analysis.json}. */
    public String id() {
      return id;
    }
  }

  /** Checks for nulls and copies the lists. */
  public Intervention {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(intent, "intent");
    intentDelay = List.copyOf(intentDelay);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(intervention, "intervention");
    Objects.requireNonNull(interventionScheduledAt, "interventionScheduledAt");
    interventionDelay = List.copyOf(interventionDelay);
    Objects.requireNonNull(rejection, "rejection");
  }

  /**
   * Returns the ticks from the intent to the executed intervention, or empty when it did not
   * execute.
   */
  public OptionalLong delay() {
    return intervention.isPresent()
        ? OptionalLong.of(intervention.get().time() - intentTime)
        : OptionalLong.empty();
  }
}
