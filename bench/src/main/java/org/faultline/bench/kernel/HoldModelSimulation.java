package org.faultline.bench.kernel;

import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.run.GuardTrippedException;
import org.faultline.engine.run.Guards;
import org.faultline.engine.run.Simulation;
import org.faultline.engine.state.StateStore;

/**
 * The hold model as a {@link Simulation}: one event type whose effect handler intends one follow-up
 * event, which the {@link HoldLatency} policy schedules after the next increment. The simulation
 * has no agents, state columns or observers, so a step costs exactly the engine's own work: poll,
 * effect dispatch, the latency decision, the new {@code Event} and the queue insert.
 *
 * <p>A simulation never runs dry in this form, so the event-limit guard ends it after a fixed
 * number of events.
 *
 * <p>Not thread-safe.
 */
final class HoldModelSimulation {

  private final Simulation simulation;
  private final long events;

  /**
   * Builds a simulation with pending events scheduled at the ring's next increments from time 0.
   *
   * @param latency the policy, whose ring also supplies the initial times
   * @param pending the number of pending events, at least 1
   * @param events the number of events {@link #run()} executes, at least 1
   */
  HoldModelSimulation(HoldLatency latency, int pending, long events) {
    EventCatalog catalog = new EventCatalog();
    EventType hold = catalog.define("HOLD");
    Participants participants = new Participants();
    Participant source = participants.addExternal("hold-model");
    Intent next = Intent.of(hold, source, Payload.EMPTY);

    this.events = events;
    this.simulation =
        Simulation.builder(catalog, participants, new StateStore(participants))
            .latency(latency)
            .handle(hold, (event, context) -> context.intend(next))
            .guards(Guards.defaults().withMaxEvents(events))
            .build();
    HoldIncrements increments = latency.increments();
    for (int i = 0; i < pending; i++) {
      simulation.scheduleAt(hold, source, Payload.EMPTY, increments.next());
    }
  }

  /**
   * Runs the fixed number of events.
   *
   * @return the logical time in ticks of the last executed event
   * @throws GuardTrippedException if the zero-delay-loop guard stops the run
   * @throws IllegalStateException if no event is left before the limit, which the hold model never
   *     allows
   */
  long run() {
    try {
      simulation.run();
    } catch (GuardTrippedException e) {
      if (e.kind() == GuardTrippedException.Kind.EVENT_LIMIT) {
        return e.time();
      }
      throw e;
    }
    throw new IllegalStateException(
        "the hold model ran dry before its limit of " + events + " events");
  }

  /** Returns the number of pending events. */
  int pendingCount() {
    return simulation.pendingCount();
  }
}
