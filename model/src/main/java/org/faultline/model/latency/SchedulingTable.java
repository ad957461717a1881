package org.faultline.model.latency;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyContext;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.SchedulingRule;

/**
 * The latency policy of a scenario's scheduling table: an intent whose type has a row is
 * scheduled after the row's components, in this order: {@code requested} (the delay the source
 * asked for, 0 when it asked for none) when the row includes it, then {@code fixed}. An intent
 * whose type has no row is rejected.
 *
 * <p>Immutable.
 */
public final class SchedulingTable implements LatencyPolicy {

  static final String REQUESTED = "requested";
  static final String FIXED = "fixed";

  private final SchedulingRule[] rules;

  /**
   * Creates the table.
   *
   * @param catalog the event types the rules name
   * @param rules at most one per event type
   * @throws IllegalArgumentException if a rule names an unknown type, a type twice, or a type the
   *     model schedules itself
   */
  public SchedulingTable(EventCatalog catalog, List<SchedulingRule> rules) {
    this.rules = new SchedulingRule[catalog.size()];
    for (SchedulingRule rule : rules) {
      EventType type =
          catalog
              .find(rule.event())
              .orElseThrow(() -> new IllegalArgumentException("unknown event type " + rule.event()));
      if (InfrastructureEvents.MODEL_SCHEDULED.contains(rule.event())) {
        throw new IllegalArgumentException("the model schedules " + rule.event() + " itself");
      }
      if (this.rules[type.index()] != null) {
        throw new IllegalArgumentException("two scheduling rules for " + rule.event());
      }
      this.rules[type.index()] = rule;
    }
  }

  @Override
  public Decision decide(Intent intent, LatencyContext context) {
    SchedulingRule rule = rules[intent.type().index()];
    if (rule == null) {
      return Decision.reject(
          "no channel schedules " + intent.type() + " in this scenario's scheduling table");
    }
    List<DelayComponent> components = new ArrayList<>(2);
    if (rule.requested()) {
      components.add(new DelayComponent(REQUESTED, context.requestedTicks().orElse(0)));
    }
    if (rule.fixed() > 0 || !rule.requested()) {
      components.add(new DelayComponent(FIXED, rule.fixed()));
    }
    return Decision.schedule(components);
  }
}
