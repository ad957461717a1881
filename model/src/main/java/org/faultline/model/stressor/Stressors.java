package org.faultline.model.stressor;

import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.run.Simulation;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.HeatwaveSpec;
import org.faultline.model.spec.Perturbation;
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
    } else if (spec instanceof HeatwaveSpec heatwave) {
      scheduleHeatwave(heatwave, source, events, simulation);
    }
  }

  /**
   * Pulse k (from 0) is one HEATWAVE_DEMAND with delay onset + k × interval, carrying the
   * perturbation when the heatwave has one.
   */
  private static void scheduleHeatwave(
      HeatwaveSpec heatwave,
      Participant source,
      InfrastructureEvents events,
      Simulation simulation) {
    Payload.Builder payload =
        Payload.builder()
            .put(InfrastructureEvents.INTENSITY, heatwave.intensity())
            .put(InfrastructureEvents.SERVICES, heatwave.targets());
    addPerturbation(payload, heatwave.perturbation());
    schedulePulses(
        events.heatwaveDemand,
        source,
        payload.build(),
        heatwave.onset(),
        heatwave.pulses(),
        heatwave.interval(),
        simulation);
  }

  private static void addPerturbation(Payload.Builder payload, Perturbation perturbation) {
    if (perturbation.isPresent()) {
      payload
          .put(InfrastructureEvents.PERTURBATION, perturbation.level())
          .put(InfrastructureEvents.PERTURBATION_DURATION, perturbation.duration());
    }
  }

  private static void schedulePulses(
      EventType type,
      Participant source,
      Payload pulse,
      long onset,
      int pulses,
      long interval,
      Simulation simulation) {
    for (int k = 0; k < pulses; k++) {
      long delay = Math.addExact(onset, Math.multiplyExact((long) k, interval));
      simulation.schedule(type, source, pulse, (double) delay);
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
    addPerturbation(payload, flood.perturbation());
    schedulePulses(
        events.floodImpact,
        source,
        payload.build(),
        flood.onset(),
        flood.pulses(),
        flood.interval(),
        simulation);
  }
}
