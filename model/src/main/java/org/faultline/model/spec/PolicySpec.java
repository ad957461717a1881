package org.faultline.model.spec;

import java.util.Objects;

/**
 * A policy office that intervenes with a budget after an institutional delay.
 *
 * @param id unique among all participants
 * @param budget initial budget in resource units; at least 0
 * @param stressThreshold the total stress of active agents above which it intends to intervene;
 *     at least 0
 * @param interventionDelay the delay in ticks it asks for its intent; at least 0
 * @param budgetRelease the budget one intervention releases; at least 0
 */
public record PolicySpec(
    String id, double budget, double stressThreshold, long interventionDelay, double budgetRelease) {

  public PolicySpec {
    Objects.requireNonNull(id, "id");
  }
}
