package org.faultline.model.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.StateView;

/** Keeps every executed event and rejection of a run, and each event's post-event state lines. */
final class EventLog implements RunObserver {

  final List<Event> executed = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  private final List<Snapshot> snapshots = new ArrayList<>();
  private final World world;

  /** The value of one column for each service after one event. */
  record Snapshot(Event event, List<Double> values) {}

  EventLog(World world) {
    this.world = world;
  }

  @Override
  public void eventExecuted(Event event, StateView state) {
    executed.add(event);
    List<Double> values = new ArrayList<>();
    world.services().forEach(service -> values.add(state.get(world.columns().inoperability(), service)));
    snapshots.add(new Snapshot(event, values));
  }

  @Override
  public void intentRejected(Rejection rejection) {
    rejections.add(rejection);
  }

  /** Returns the services' inoperability after each event of a type, in execution order. */
  List<List<Double>> inoperabilityAfter(String type) {
    return snapshots.stream()
        .filter(snapshot -> snapshot.event().type().name().equals(type))
        .map(Snapshot::values)
        .toList();
  }

  /** Returns the executed events of a type, in execution order. */
  List<Event> ofType(String type) {
    return executed.stream().filter(event -> event.type().name().equals(type)).toList();
  }

  /** Returns the first executed event that matches, if any. */
  Optional<Event> first(Predicate<Event> match) {
    return executed.stream().filter(match).findFirst();
  }

  /** Returns the executed event with an id. */
  Event byId(long id) {
    return executed.stream().filter(event -> event.id() == id).findFirst().orElseThrow();
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
