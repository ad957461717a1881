package org.faultline.trace.read;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.faultline.trace.MetricsColumns;

/**
 * Rebuilds the rows a full-mode run would have written from a delta-mode {@code metrics.csv} and
 * the event log: one row per service, in declaration order, after every executed event.
 *
 * <p>The delta file starts with the initial state, one row per service in declaration order with
 * event id 0. After that, each executed event has rows only for the services it changed, in
 * declaration order, and no rows at all when it changed nothing. The expander walks the executed
 * events of {@code events.jsonl} in order, applies the delta rows of each one to the state it
 * carries, and returns every service's state with the event's time, type, source and id. It keeps
 * one row per service in memory, whatever the length of the run. Closing it closes both readers.
 * This class is not thread-safe.
 */
public final class DeltaExpander extends AbstractRecordReader<MetricsRow> {

  private final List<String> services;
  private final Map<String, Integer> serviceIndex = new HashMap<>();
  private final MetricsReader deltaRows;
  private final Iterator<MetricsRow> rows;
  private final EventLogReader events;
  private final Iterator<LogEntry> entries;
  private final MetricsRow[] state;

  private MetricsRow pending;
  private ExecutedEvent event;
  private int nextService;
  private boolean started;

  private DeltaExpander(List<String> services, MetricsReader deltaRows, EventLogReader events) {
    this.services = List.copyOf(services);
    for (int i = 0; i < this.services.size(); i++) {
      serviceIndex.put(this.services.get(i), i);
    }
    this.deltaRows = deltaRows;
    this.rows = deltaRows.iterator();
    this.events = events;
    this.entries = events.iterator();
    this.state = new MetricsRow[this.services.size()];
    this.nextService = this.services.size();
  }

  /**
   * Creates an expander over freshly opened readers.
   *
   * @param services service ids in declaration order, from the run manifest
   * @param deltaRows reader of a delta-mode metrics file, not yet iterated
   * @param events reader of the run's event log, not yet iterated
   * @return the expander, which owns both readers
   * @throws MalformedRunFileException if the metrics file has no {@code event_id} column
   */
  public static DeltaExpander open(
      List<String> services, MetricsReader deltaRows, EventLogReader events) {
    if (!deltaRows.hasColumn(MetricsColumns.EVENT_ID)) {
      deltaRows.close();
      events.close();
      throw MalformedRunFileException.at(
          deltaRows.file(),
          1,
          "a delta-mode metrics file needs the \"event_id\" column to rebuild the full state");
    }
    return new DeltaExpander(services, deltaRows, events);
  }

  @Override
  protected MetricsRow readNext() {
    if (!started) {
      readInitialState();
      started = true;
    }
    // A loop, not an if, so that a run without services ends instead of indexing an empty state.
    while (nextService == services.size()) {
      event = nextExecutedEvent();
      if (event == null) {
        checkNoRowsLeft();
        return null;
      }
      applyRowsOf(event);
      nextService = 0;
    }
    MetricsRow current = state[nextService++];
    return new MetricsRow(
        event.time(),
        event.type(),
        event.source(),
        current.serviceId(),
        current.stressLevel(),
        current.resourceLevel(),
        current.load(),
        current.effectiveCapacity(),
        current.status(),
        event.id());
  }

  @Override
  public void close() {
    try {
      deltaRows.close();
    } finally {
      events.close();
    }
  }

  private void readInitialState() {
    pending = nextRow();
    for (int i = 0; i < services.size(); i++) {
      if (pending == null || !pending.isInitialState()) {
        throw malformedRow(
            pending == null ? deltaRows.lastLine() + 1 : deltaRows.lastLine(),
            "expected the initial state of service \""
                + services.get(i)
                + "\" (event_id 0); a delta file starts with one initial row per service in declaration order");
      }
      if (!pending.serviceId().equals(services.get(i))) {
        throw malformedRow(
            deltaRows.lastLine(),
            "initial state row for service \""
                + pending.serviceId()
                + "\" where service \""
                + services.get(i)
                + "\" was expected; rows follow the declaration order of run.json");
      }
      state[i] = pending;
      pending = nextRow();
    }
  }

  private void applyRowsOf(ExecutedEvent executed) {
    checkNotPassed(executed);
    int previousIndex = -1;
    while (pending != null && pending.eventId() == executed.id()) {
      Integer index = serviceIndex.get(pending.serviceId());
      if (index == null) {
        throw malformedRow(
            deltaRows.lastLine(),
            "unknown service \"" + pending.serviceId() + "\"; run.json lists " + services);
      }
      if (index <= previousIndex) {
        throw malformedRow(
            deltaRows.lastLine(),
            "service \""
                + pending.serviceId()
                + "\" of event "
                + executed.id()
                + " is out of declaration order or repeated");
      }
      if (pending.time() != executed.time()
          || !pending.eventType().equals(executed.type())
          || !pending.source().equals(executed.source())) {
        throw malformedRow(
            deltaRows.lastLine(),
            "row of event "
                + executed.id()
                + " has time "
                + pending.time()
                + ", "
                + pending.eventType()
                + " from "
                + pending.source()
                + ", but "
                + events.file()
                + ":"
                + events.lastLine()
                + " has time "
                + executed.time()
                + ", "
                + executed.type()
                + " from "
                + executed.source());
      }
      state[index] = pending;
      previousIndex = index;
      pending = nextRow();
    }
  }

  /**
   * Fails early on a row that can no longer match any event: an initial-state row, or a row older
   * than the event about to be applied, since executed events are in time order.
   */
  private void checkNotPassed(ExecutedEvent executed) {
    if (pending == null || pending.eventId() == executed.id()) {
      return;
    }
    if (pending.isInitialState()) {
      throw malformedRow(
          deltaRows.lastLine(), "found an initial-state row after the initial state");
    }
    if (pending.time() < executed.time()) {
      throw malformedRow(
          deltaRows.lastLine(),
          "row of event "
              + pending.eventId()
              + " at time "
              + pending.time()
              + " matches no executed event before event "
              + executed.id()
              + " at time "
              + executed.time()
              + " ("
              + events.file()
              + ":"
              + events.lastLine()
              + "); rows must follow the order of the event log");
    }
  }

  private ExecutedEvent nextExecutedEvent() {
    while (entries.hasNext()) {
      if (entries.next() instanceof ExecutedEvent executed) {
        return executed;
      }
    }
    return null;
  }

  private void checkNoRowsLeft() {
    if (pending != null) {
      throw malformedRow(
          deltaRows.lastLine(),
          "row of event "
              + pending.eventId()
              + " matches no executed event of "
              + events.file()
              + "; rows must follow the order of the event log");
    }
  }

  private MetricsRow nextRow() {
    return rows.hasNext() ? rows.next() : null;
  }

  private MalformedRunFileException malformedRow(long line, String problem) {
    return MalformedRunFileException.at(deltaRows.file(), line, problem);
  }
}
