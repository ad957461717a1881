package org.faultline.engine.observe;

import org.faultline.engine.event.Event;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.state.StateView;

/**
 * Records a run: sees each executed event with the post-event state, each rejected intent, and the
 * start and end of the run. Observers cannot change either: events are immutable and the state is a
 * read-only view. The engine calls observers on its thread in registration order.
 */
public interface RunObserver {

  /** Called once before the first event with the initial state. */
  default void runStarted(StateView initialState) {}

  /** Called after each event's effect, before agents react to it. */
  void eventExecuted(Event event, StateView state);

  /** Called for each intent the engine rejected, right after the decision. */
  default void intentRejected(Rejection rejection) {}

  /** Called once after the last event when the run completed. */
  default void runFinished(RunSummary summary) {}
}
