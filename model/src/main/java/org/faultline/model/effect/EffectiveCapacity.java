package org.faultline.model.effect;

import java.util.List;
import org.faultline.engine.event.Participant;
import org.faultline.engine.state.StateStore;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.state.InfrastructureState;

/**
 * The effective capacity of each service under the dynamics a scenario turns on. It is 0 while the
 * service has failed. Otherwise it is the nominal capacity, times (1 − q) under dependency coupling
 * with q the service's inoperability, and times min(1, resource / initial resource) under resource
 * coupling.
 *
 * <p>Immutable; writes only the capacity column of the store it is given.
 */
final class EffectiveCapacity {

  private final InfrastructureState state;
  private final List<Participant> services;
  private final double[] nominal;
  private final double[] initialResources;
  private final Dynamics dynamics;
  private final int failedCode;

  EffectiveCapacity(
      InfrastructureState state,
      List<Participant> services,
      double[] nominal,
      double[] initialResources,
      Dynamics dynamics) {
    this.state = state;
    this.services = List.copyOf(services);
    this.nominal = nominal.clone();
    this.initialResources = initialResources.clone();
    this.dynamics = dynamics;
    this.failedCode = state.status().code(InfrastructureState.FAILED);
  }

  /** Recomputes and stores the effective capacity of the service at an index. */
  void update(StateStore store, int index) {
    Participant service = services.get(index);
    if (store.label(state.status(), service) == failedCode) {
      store.set(state.capacity(), service, 0.0);
      return;
    }
    double capacity = nominal[index];
    if (dynamics.dependencyCoupling()) {
      capacity *= 1.0 - store.get(state.inoperability(), service);
    }
    if (dynamics.resourceCoupling()) {
      capacity *= resourceFactor(index, store.get(state.resource(), service));
    }
    store.set(state.capacity(), service, capacity);
  }

  /**
   * Returns min(1, max(0, resource / initial resource)), or 1 for a service that started without
   * resources, which its resources therefore never limit.
   */
  private double resourceFactor(int index, double resource) {
    double initial = initialResources[index];
    if (!(initial > 0)) {
      return 1.0;
    }
    return Math.min(1.0, Math.max(0.0, resource / initial));
  }
}
