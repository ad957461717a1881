package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The policy dynamics of one office: when the true state crossed its threshold, when it could know,
 * when it intended and when it intervened, or why it never did. Instances are immutable and
 * thread-safe.
 *
 * @param id office id
 * @param stressThreshold its {@code stress_threshold} from {@code scenario.yaml}, or empty
 * @param crossing the first event after which the total service stress exceeded the threshold, with
 *     that total; empty when it never did or the threshold is unknown
 * @param knowledgeTime tick from which the office could know of the crossing, or empty
 * @param knowledgeRule the sentence stating how {@link #knowledgeTime()} was determined
 * @param interventions the office's interventions in the order their intents executed
 * @param rejectedIntents the office's rejected {@code POLICY_INTENT} and {@code
 *     POLICY_INTERVENTION} intents, grouped by type and reason
 * @param coordinationDelay the delays up to its first executed intervention after the crossing, or
 *     empty when there is none
 * @param noIntervention why the office never intervened; empty when an intervention executed
 */
public record OfficeFindings(
    String id,
    OptionalDouble stressThreshold,
    Optional<TimedValue> crossing,
    OptionalLong knowledgeTime,
    String knowledgeRule,
    List<Intervention> interventions,
    List<RejectedIntentGroup> rejectedIntents,
    Optional<CoordinationDelay> coordinationDelay,
    Optional<NoIntervention> noIntervention) {

  /** Checks for nulls and copies the lists. */
  public OfficeFindings {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stressThreshold, "stressThreshold");
    Objects.requireNonNull(crossing, "crossing");
    Objects.requireNonNull(knowledgeTime, "knowledgeTime");
    Objects.requireNonNull(knowledgeRule, "knowledgeRule");
    interventions = List.copyOf(interventions);
    rejectedIntents = List.copyOf(rejectedIntents);
    Objects.requireNonNull(coordinationDelay, "coordinationDelay");
    Objects.requireNonNull(noIntervention, "noIntervention");
  }

  /** Returns the number of interventions that executed. */
  public long executedInterventions() {
    return interventions.stream().filter(i -> i.outcome() == Intervention.Outcome.EXECUTED).count();
  }

  /**
   * Why an office never intervened.
   *
   * @param reason the kind of reason
   * @param explanation one or more sentences with the numbers behind the reason
   */
  public record NoIntervention(Reason reason, String explanation) {

    /** Checks for nulls. */
    public NoIntervention {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /** The kinds of reasons an office never intervened, tested in this order. */
  public enum Reason {
    /** {@code scenario.yaml} gives no threshold, so the crossing cannot be computed. */
    THRESHOLD_UNKNOWN("threshold_unknown"),
    /** The total service stress never exceeded the threshold. */
    NEVER_CROSSED("never_crossed"),
    /** The engine rejected the office's intents. */
    INTENT_REJECTED("intent_rejected"),
    /** The engine rejected the interventions the office's intents scheduled. */
    INTERVENTION_REJECTED("intervention_rejected"),
    /** An intent executed but its intervention was still pending at the horizon. */
    PENDING_AT_HORIZON("pending_at_horizon"),
    /**
     * No event of a type agents react to executed after the crossing, so the office never observed
     * it.
     */
    NOT_OBSERVED("not_observed"),
    /** Earlier interventions had spent the office's budget. */
    BUDGET_SPENT("budget_spent"),
    /** The log contains no intent of the office, and none of the other reasons applies. */
    NO_INTENT_LOGGED("no_intent_logged");

    private final String id;

    Reason(String id) {
      this.id = id;
    }

    /** Returns the identifier written to {@code analysis.json}. */
    public String id() {
      return id;
    }
  }
}
