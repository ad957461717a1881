package org.faultline.model.visibility;

import java.util.Set;
import org.faultline.engine.event.Participant;
import org.faultline.engine.run.Visibility;

/**
 * The visibility of a scenario with reports: an agent that learns of services only through their
 * reports (a policy office with {@code reports_from}) may read its own state and nobody else's, so
 * what it knows of the services is what their reports left in its own columns. Every other agent
 * sees every agent.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportVisibility implements Visibility {

  private final Set<Participant> reportsOnly;

  /**
   * Creates the visibility.
   *
   * @param reportsOnly the agents that see only themselves
   */
  public ReportVisibility(Set<Participant> reportsOnly) {
    this.reportsOnly = Set.copyOf(reportsOnly);
  }

  @Override
  public boolean canSee(Participant observer, Participant subject) {
    return observer == subject || !reportsOnly.contains(observer);
  }
}
