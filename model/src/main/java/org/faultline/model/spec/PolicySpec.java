package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy office that intervenes with a budget after an institutional delay.
 *
 * @param id unique among all participants
 * @param budget initial budget in resource units; at least 0
 * @param stressThreshold the total stress above which it intends to intervene; at least 0
 * @param interventionDelay the delay in ticks it asks for its intent; at least 0
 * @param budgetRelease the budget one intervention releases; at least 0
 * @param reportsFrom the services that report to it, in declaration order; when present it sees
 *     only these, through their reports, and when empty it sees every agent directly
 * @param allocation how an intervention allocates the released budget
 * @param priority the services in order of priority, for {@link Allocation#PRIORITY}; empty
 *     otherwise
 * @param reactTo the event types after which it observes the state, when it has its own list; empty
 *     when it follows the scenario's {@code react_to}
 */
public record PolicySpec(
    String id,
    double budget,
    double stressThreshold,
    long interventionDelay,
    double budgetRelease,
    Optional<List<String>> reportsFrom,
    Allocation allocation,
    List<String> priority,
    Optional<List<String>> reactTo) {

  public PolicySpec {
    Objects.requireNonNull(id, "id");
    reportsFrom = reportsFrom.map(List::copyOf);
    Objects.requireNonNull(allocation, "allocation");
    priority = List.copyOf(priority);
    reactTo = reactTo.map(List::copyOf);
  }

  /** Creates an office that follows the scenario's {@code react_to}. */
  public PolicySpec(
      String id,
      double budget,
      double stressThreshold,
      long interventionDelay,
      double budgetRelease,
      Optional<List<String>> reportsFrom,
      Allocation allocation,
      List<String> priority) {
    this(
        id,
        budget,
        stressThreshold,
        interventionDelay,
        budgetRelease,
        reportsFrom,
        allocation,
        priority,
        Optional.empty());
  }

  /** Creates an office that sees every agent directly and allocates in equal shares. */
  public PolicySpec(
      String id,
      double budget,
      double stressThreshold,
      long interventionDelay,
      double budgetRelease) {
    this(id, budget, stressThreshold, interventionDelay, budgetRelease, Optional.empty());
  }

  /** Creates an office that allocates in equal shares. */
  public PolicySpec(
      String id,
      double budget,
      double stressThreshold,
      long interventionDelay,
      double budgetRelease,
      Optional<List<String>> reportsFrom) {
    this(
        id,
        budget,
        stressThreshold,
        interventionDelay,
        budgetRelease,
        reportsFrom,
        Allocation.EQUAL,
        List.of(),
        Optional.empty());
  }
}
