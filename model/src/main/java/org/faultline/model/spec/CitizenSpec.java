package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen population.
 *
 * @param id unique among all participants
 * @param demand the load its normal demand adds, in load units; at least 0
 * @param panicThreshold the perceived stress at or above which it escalates its demand; at least 0
 * @param resource initial resources, reported only; at least 0
 * @param uses the services it uses, in declaration order; when present its demand goes to these
 *     only and it perceives their mean stress, and when empty its demand goes to every service and
 *     it perceives its own stress
 * @param escalation the factor by which an escalated demand exceeds the normal demand; at least 1
 * @param reactTo the event types after which it observes the state, when it has its own list; empty
 *     when it follows the scenario's {@code react_to}
 */
public record CitizenSpec(
    String id,
    double demand,
    double panicThreshold,
    double resource,
    Optional<List<String>> uses,
    double escalation,
    Optional<List<String>> reactTo) {

  /** The default escalation factor: a demand spike is twice the normal demand. */
  public static final double DEFAULT_ESCALATION = 2.0;

  public CitizenSpec {
    Objects.requireNonNull(id, "id");
    uses = uses.map(List::copyOf);
    reactTo = reactTo.map(List::copyOf);
  }

  /** Creates a population that follows the scenario's {@code react_to}. */
  public CitizenSpec(
      String id,
      double demand,
      double panicThreshold,
      double resource,
      Optional<List<String>> uses,
      double escalation) {
    this(id, demand, panicThreshold, resource, uses, escalation, Optional.empty());
  }

  /** Creates a population that uses every service and perceives its own stress. */
  public CitizenSpec(String id, double demand, double panicThreshold, double resource) {
    this(
        id,
        demand,
        panicThreshold,
        resource,
        Optional.empty(),
        DEFAULT_ESCALATION,
        Optional.empty());
  }
}
