package org.faultline.model.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.engine.event.Participants;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;

/**
 * The columns the infrastructure model keeps per agent, over one engine state store. Columns that
 * do not apply to an agent kind stay NaN: citizens and policy offices have no load or capacity.
 *
 * <p>Not thread-safe.
 */
public final class InfrastructureState {

  /** Status label of an agent working normally. */
  public static final String ACTIVE = "active";

  /** Status label of a service working below its capacity. */
  public static final String DEGRADED = "degraded";

  /** Status label of a service out of operation. */
  public static final String FAILED = "failed";

  private final StateStore store;
  private final NumericColumn stress;
  private final NumericColumn resource;
  private final NumericColumn load;
  private final NumericColumn capacity;
  private final LabelColumn status;
  private final NumericColumn inoperability;
  private final NumericColumn perturbation;
  private final NumericColumn backlog;
  private final Map<String, NumericColumn> reportedStress = new LinkedHashMap<>();

  /**
   * The prefix of the column that keeps, on each policy office's row, a service's reported stress.
   */
  public static final String REPORTED_STRESS = "reported_stress.";

  /** Creates the store and its columns for the registered agents, with no reported services. */
  public InfrastructureState(Participants participants) {
    this(participants, List.of());
  }

  /**
   * Creates the store and its columns for the registered agents.
   *
   * @param reportedServices the services that report to some policy office, in declaration order;
   *     each gets a column {@code reported_stress.ID}
   */
  public InfrastructureState(Participants participants, List<String> reportedServices) {
    this.store = new StateStore(participants);
    this.stress = store.addNumeric("stress");
    this.resource = store.addNumeric("resource");
    this.load = store.addNumeric("load");
    this.capacity = store.addNumeric("capacity");
    this.status = store.addLabel("status", List.of(ACTIVE, DEGRADED, FAILED));
    this.inoperability = store.addNumeric("inoperability");
    this.perturbation = store.addNumeric("perturbation");
    this.backlog = store.addNumeric("backlog");
    for (String service : reportedServices) {
      reportedStress.put(service, store.addNumeric(REPORTED_STRESS + service));
    }
  }

  /** Returns the column handles, for decision rules and recorders. */
  public StateColumns columns() {
    return new StateColumns(
        stress,
        resource,
        load,
        capacity,
        status,
        inoperability,
        perturbation,
        backlog,
        Collections.unmodifiableMap(reportedStress));
  }

  /** Returns the engine store. */
  public StateStore store() {
    return store;
  }

  /** Returns the stress column: dimensionless, 0 when unstressed. */
  public NumericColumn stress() {
    return stress;
  }

  /** Returns the resource column, in resource units; a policy office's budget. */
  public NumericColumn resource() {
    return resource;
  }

  /** Returns the load column, in load units; services only. */
  public NumericColumn load() {
    return load;
  }

  /** Returns the effective capacity column, in load units; services only. */
  public NumericColumn capacity() {
    return capacity;
  }

  /** Returns the status column: active, degraded or failed. */
  public LabelColumn status() {
    return status;
  }

  /** Returns the inoperability column q in [0, 1]; NaN unless dependency coupling is on. */
  public NumericColumn inoperability() {
    return inoperability;
  }

  /** Returns the direct perturbation column c* in [0, 1]; NaN unless dependency coupling is on. */
  public NumericColumn perturbation() {
    return perturbation;
  }

  /**
   * Returns the column in which each policy office keeps the stress a service last reported to it;
   * NaN until a report arrives and for agents that receive none.
   *
   * @throws IllegalArgumentException if the service reports to no office
   */
  public NumericColumn reportedStress(String service) {
    NumericColumn column = reportedStress.get(service);
    if (column == null) {
      throw new IllegalArgumentException("service " + service + " reports to no policy office");
    }
    return column;
  }

  /** Returns the backlog column, in load units; NaN unless backlog is on. */
  public NumericColumn backlog() {
    return backlog;
  }
}
