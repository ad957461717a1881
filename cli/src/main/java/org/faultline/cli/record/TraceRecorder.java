package org.faultline.cli.record;

import java.util.List;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.StateView;
import org.faultline.model.state.StateColumns;
import org.faultline.trace.write.EventLogWriter;
import org.faultline.trace.write.MetricsWriter;

/**
 * Records a run into the run directory's event log and metrics file: the adapter between the
 * engine's observer interface and the trace module's writers, which know nothing of the engine.
 *
 * <p>Not thread-safe; it runs on the simulation thread.
 */
public final class TraceRecorder implements RunObserver {

  private final EventLogWriter events;
  private final MetricsWriter metrics;
  private final List<Participant> services;
  private final StateColumns columns;

  /**
   * Creates the recorder.
   *
   * @param events the open event log
   * @param metrics the open metrics file, whose service list is {@code services}
   * @param services the services in declaration order
   * @param columns the model's state columns
   */
  public TraceRecorder(
      EventLogWriter events,
      MetricsWriter metrics,
      List<Participant> services,
      StateColumns columns) {
    this.events = events;
    this.metrics = metrics;
    this.services = List.copyOf(services);
    this.columns = columns;
  }

  @Override
  public void runStarted(StateView initialState) {
    metrics.beginInitialState();
    writeServiceRows(initialState);
  }

  @Override
  public void eventExecuted(Event event, StateView state) {
    events.beginExecuted(
        event.id(),
        event.time(),
        event.type().name(),
        event.source().id(),
        event.cause().orElse(EventLogWriter.NO_CAUSE),
        event.scheduledAt());
    PayloadFields.write(event.payload(), events);
    if (event.delay().requested().isPresent()) {
      events.requestedDelay(event.delay().requested().getAsLong());
    }
    for (DelayComponent component : event.delay().components()) {
      events.delayComponent(component.name(), component.ticks());
    }
    events.end();

    metrics.beginEvent(event.id(), event.time(), event.type().name(), event.source().id());
    writeServiceRows(state);
  }

  @Override
  public void intentRejected(Rejection rejection) {
    events.beginRejected(
        rejection.time(),
        rejection.intent().type().name(),
        rejection.intent().source().id(),
        rejection.cause().orElse(EventLogWriter.NO_CAUSE),
        rejection.reason());
    PayloadFields.write(rejection.intent().payload(), events);
    double requested = rejection.intent().requestedDelay().orElse(Double.NaN);
    if (requested >= 0 && requested == Math.rint(requested) && requested < 0x1p63) {
      events.requestedDelay((long) requested);
    }
    events.end();
  }

  private void writeServiceRows(StateView state) {
    for (int i = 0; i < services.size(); i++) {
      Participant service = services.get(i);
      metrics.serviceState(
          i,
          state.get(columns.stress(), service),
          state.get(columns.resource(), service),
          state.get(columns.load(), service),
          state.get(columns.capacity(), service),
          columns.status().labels().get(state.label(columns.status(), service)));
    }
    metrics.endEvent();
  }
}
