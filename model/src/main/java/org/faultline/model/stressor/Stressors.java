package org.faultline.model.stressor;

import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.run.Simulation;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.StressorSpec;

/** Schedules each stressor's events before a run. Stateless. */
public final class Stressors {

  private Stressors() {}

  /**
   * Schedules a stressor's events, pulse by pulse, with no cause.
   *
   * @param spec the stressor
   * @param source its participant
   */
  public static void schedule(
      StressorSpec spec, Participant source, InfrastructureEvents events, Simulation simulation) {
    if (spec instanceof FloodSpec flood) {
      scheduleFlood(flood, source, events, simulation);
    }
  }

  /**
   * Pulse k (from 0) is one FLOOD_IMPACT with delay onset + k × interval. Its payload carries the
   * perturbation only when the flood has one, so floods without it keep the reference payload.
   */
  private static void scheduleFlood(
      FloodSpec flood, Participant source, InfrastructureEvents events, Simulation simulation) {
    Payload.Builder payload =
        Payload.builder()
            .put(InfrastructureEvents.INTENSITY, flood.intensity())
            .put(InfrastructureEvents.SERVICES, flood.targets())
            .put(InfrastructureEvents.RESOURCE_DRAIN, flood.resourceDrain());
    if (flood.perturbation().isPresent()) {
      payload
          .put(InfrastructureEvents.PERTURBATION, flood.perturbation().level())
          .put(InfrastructureEvents.PERTURBATION_DURATION, flood.perturbation().duration());
    }
    Payload pulse = payload.build();
    for (int k = 0; k < flood.pulses(); k++) {
      long delay = Math.addExact(flood.onset(), Math.multiplyExact((long) k, flood.interval()));
      simulation.schedule(events.floodImpact, source, pulse, (double) delay);
    }
  }
}
