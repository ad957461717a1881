package org.faultline.model.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateView;

/**
 * Keeps every executed event and rejection of a run, with every agent's numeric columns and status
 * after each event.
 */
final class EventLog implements RunObserver {

  final List<Event> executed = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  private final List<Snapshot> snapshots = new ArrayList<>();
  private final World world;

  /** The state after one event: each column's value per agent id, and each agent's status. */
  record Snapshot(
      Event event, Map<String, Map<String, Double>> columns, Map<String, String> status) {

    double get(String column, String agent) {
      return columns.get(column).get(agent);
    }
  }

  EventLog(World world) {
    this.world = world;
  }

  @Override
  public void eventExecuted(Event event, StateView state) {
    executed.add(event);
    Map<String, Map<String, Double>> columns = new LinkedHashMap<>();
    for (NumericColumn column : state.numericColumns()) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (Participant agent : state.agents()) {
        values.put(agent.id(), state.get(column, agent));
      }
      columns.put(column.name(), values);
    }
    Map<String, String> status = new LinkedHashMap<>();
    for (Participant agent : state.agents()) {
      status.put(
          agent.id(),
          world.columns().status().labels().get(state.label(world.columns().status(), agent)));
    }
    snapshots.add(new Snapshot(event, columns, status));
  }

  @Override
  public void intentRejected(Rejection rejection) {
    rejections.add(rejection);
  }

  /** Returns the services' inoperability after each event of a type, in execution order. */
  List<List<Double>> inoperabilityAfter(String type) {
    return after(type).stream()
        .map(
            snapshot ->
                world.services().stream()
                    .map(service -> snapshot.get("inoperability", service.id()))
                    .toList())
        .toList();
  }

  /** Returns the snapshots after each event of a type, in execution order. */
  List<Snapshot> after(String type) {
    return snapshots.stream()
        .filter(snapshot -> snapshot.event().type().name().equals(type))
        .toList();
  }

  /** Returns the snapshot after the last executed event. */
  Snapshot last() {
    return snapshots.get(snapshots.size() - 1);
  }

  /** Returns the executed events of a type, in execution order. */
  List<Event> ofType(String type) {
    return executed.stream().filter(event -> event.type().name().equals(type)).toList();
  }

  /** Returns the first executed event that matches, if any. */
  Optional<Event> first(Predicate<Event> match) {
    return executed.stream().filter(match).findFirst();
  }

  /** Returns the first executed event of a type from a source. */
  Event first(String type, String source) {
    return first(event -> event.type().name().equals(type) && event.source().id().equals(source))
        .orElseThrow(
            () -> new AssertionError("no " + type + " from " + source + " in " + executed));
  }

  /** Returns the executed event with an id. */
  Event byId(long id) {
    return executed.stream().filter(event -> event.id() == id).findFirst().orElseThrow();
  }

  /** Returns "time TYPE source" for every status event, in execution order. */
  List<String> statusChanges() {
    return executed.stream()
        .filter(
            event ->
                List.of("SERVICE_DEGRADED", "SERVICE_FAILED", "SERVICE_RESTORED")
                    .contains(event.type().name()))
        .map(event -> event.time() + " " + event.type() + " " + event.source())
        .toList();
  }

  /** Returns "TYPE source" for the event and each of its causes, back to the root. */
  List<String> lineage(Event event) {
    List<String> chain = new ArrayList<>();
    Event current = event;
    while (true) {
      chain.add(current.type() + " " + current.source());
      if (current.cause().isEmpty()) {
        return chain;
      }
      current = byId(current.cause().getAsLong());
    }
  }
}
