package org.faultline.model.effect;

import java.util.List;
import org.faultline.engine.event.Participant;
import org.faultline.engine.state.StateStore;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.state.InfrastructureState;

/**
 * The effective capacity of each service under the dynamics a scenario turns on. It is 0 while
 * the service has failed. Otherwise it is capacity × (1 − q) under dependency coupling, with q
 * the service's inoperability, and the nominal capacity without it.
 *
 * <p>Immutable; writes only the capacity column of the store it is given.
 */
final class EffectiveCapacity {

  private final InfrastructureState state;
  private final List<Participant> services;
  private final double[] nominal;
  private final Dynamics dynamics;
  private final int failedCode;

  EffectiveCapacity(
      InfrastructureState state, List<Participant> services, double[] nominal, Dynamics dynamics) {
    this.state = state;
    this.services = List.copyOf(services);
    this.nominal = nominal.clone();
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
    store.set(state.capacity(), service, capacity);
  }
}
