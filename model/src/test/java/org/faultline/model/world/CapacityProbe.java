package org.faultline.model.world;

import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.StateView;

/** Keeps the effective capacity and status of one service after the last executed event. */
final class CapacityProbe implements RunObserver {

  private final World world;
  private final Participant service;
  double last = Double.NaN;
  String lastStatus;

  CapacityProbe(World world, String id) {
    this.world = world;
    this.service = world.participants().find(id).orElseThrow();
  }

  @Override
  public void eventExecuted(Event event, StateView state) {
    last = state.get(world.columns().capacity(), service);
    lastStatus =
        world.columns().status().labels().get(state.label(world.columns().status(), service));
  }
}
