package org.faultline.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.faultline.engine.event.AppliedDelay;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.observe.RunSummary;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateView;

/**
 * Records a run as text lines in a shared list, so a test can assert the whole trace: one line at
 * the start, per executed event, per rejected intent and at the finish. Event and start lines end
 * with the state of every agent (every column, and {@code changed} when the event changed it) and
 * every non-zero pending count, by type in catalog order and then by source.
 *
 * <p>Not thread-safe.
 */
final class TraceRecorder implements RunObserver {

  private final List<String> trace;
  private final EventCatalog catalog;
  private final List<Participant> sources = new ArrayList<>();

  TraceRecorder(List<String> trace, EventCatalog catalog, Participants participants) {
    this.trace = trace;
    this.catalog = catalog;
    this.sources.addAll(participants.agents());
    this.sources.addAll(participants.externals());
  }

  /** Returns a latency policy that schedules every intent after its requested delay, or 0. */
  static LatencyPolicy requestedOnly() {
    return (intent, context) -> Decision.schedule("requested", context.requestedTicks().orElse(0));
  }

  @Override
  public void runStarted(StateView initialState) {
    trace.add("start" + describe(initialState));
  }

  @Override
  public void eventExecuted(Event event, StateView state) {
    trace.add(
        "t="
            + event.time()
            + " #"
            + event.id()
            + " "
            + event.type()
            + " from "
            + event.source()
            + " cause="
            + describeCause(event.cause())
            + " requested="
            + describeRequested(event.delay().requested())
            + " delay="
            + describeComponents(event.delay())
            + describe(state));
  }

  @Override
  public void intentRejected(Rejection rejection) {
    trace.add(
        "t="
            + rejection.time()
            + " rejected "
            + rejection.intent().type()
            + " from "
            + rejection.intent().source()
            + " cause="
            + describeCause(rejection.cause())
            + " requested="
            + describeRequested(rejection.intent().requestedDelay())
            + " reason="
            + rejection.reason());
  }

  @Override
  public void runFinished(RunSummary summary) {
    trace.add(
        "finish executed="
            + summary.executed()
            + " rejected="
            + summary.rejected()
            + " pendingAtHorizon="
            + summary.pendingAtHorizon()
            + " endTime="
            + summary.endTime());
  }

  private String describe(StateView state) {
    StringBuilder text = new StringBuilder();
    for (Participant agent : state.agents()) {
      text.append(" | ").append(agent.id());
      for (NumericColumn column : state.numericColumns()) {
        text.append(' ').append(column.name()).append('=').append(state.get(column, agent));
      }
      for (LabelColumn column : state.labelColumns()) {
        text.append(' ')
            .append(column.name())
            .append('=')
            .append(column.labels().get(state.label(column, agent)));
      }
      if (state.changed(agent)) {
        text.append(" changed");
      }
    }
    text.append(" | pending");
    int before = text.length();
    for (EventType type : catalog.types()) {
      for (Participant source : sources) {
        int count = state.pending(type, source);
        if (count != 0) {
          text.append(' ').append(type).append('/').append(source.id()).append('=').append(count);
        }
      }
    }
    if (text.length() == before) {
      text.append(" none");
    }
    return text.toString();
  }

  private static String describeCause(OptionalLong cause) {
    return cause.isPresent() ? "#" + cause.getAsLong() : "-";
  }

  private static String describeRequested(OptionalLong requested) {
    return requested.isPresent() ? Long.toString(requested.getAsLong()) : "-";
  }

  private static String describeRequested(OptionalDouble requested) {
    return requested.isPresent() ? Double.toString(requested.getAsDouble()) : "-";
  }

  private static String describeComponents(AppliedDelay delay) {
    StringBuilder text = new StringBuilder("[");
    for (DelayComponent component : delay.components()) {
      text.append(text.length() == 1 ? "" : ", ")
          .append(component.name())
          .append('=')
          .append(component.ticks());
    }
    return text.append(']').toString();
  }
}
