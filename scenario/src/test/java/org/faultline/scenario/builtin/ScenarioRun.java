package org.faultline.scenario.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faultline.engine.event.Event;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.observe.RunSummary;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.world.World;
import org.faultline.scenario.load.ScenarioLoader;

/** One run of a built-in scenario through the loader and the model, with its executed events. */
final class ScenarioRun {

  final ScenarioSpec spec;
  final List<Event> executed = new ArrayList<>();
  final RunSummary summary;
  private final Map<Long, Event> byId = new LinkedHashMap<>();

  private ScenarioRun(String name, List<String> overrides) {
    this.spec = ScenarioLoader.loadBuiltIn(name, overrides).spec();
    World world = World.of(spec);
    RunObserver collector =
        (event, state) -> {
          executed.add(event);
          byId.put(event.id(), event);
        };
    this.summary = world.newSimulation(List.of(collector)).run();
  }

  /** Runs a built-in scenario with overrides. */
  static ScenarioRun of(String name, String... overrides) {
    return new ScenarioRun(name, List.of(overrides));
  }

  /** Returns the services with at least one SERVICE_FAILED, in the order they first failed. */
  Set<String> failedServices() {
    Set<String> failed = new LinkedHashSet<>();
    for (Event event : ofType("SERVICE_FAILED")) {
      failed.add(event.source().id());
    }
    return failed;
  }

  /** Returns the executed events of a type, in execution order. */
  List<Event> ofType(String type) {
    return executed.stream().filter(event -> event.type().name().equals(type)).toList();
  }

  /** Returns the event and its causes, back to the root. */
  List<Event> lineage(Event event) {
    List<Event> chain = new ArrayList<>();
    Event current = event;
    while (current != null) {
      chain.add(current);
      current = current.cause().isPresent() ? byId.get(current.cause().getAsLong()) : null;
    }
    return chain;
  }
}
