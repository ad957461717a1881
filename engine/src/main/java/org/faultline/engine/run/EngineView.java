package org.faultline.engine.run;

import java.util.List;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;
import org.faultline.engine.state.StateView;

/**
 * The engine's read-only view over the store and its pending counts. One instance serves observers
 * and handlers (no observer set); another is re-aimed at each observing agent in turn, which is why
 * it is mutable and package-private.
 */
final class EngineView implements StateView {

  private final StateStore store;
  private final PendingCounts pending;
  private final Visibility visibility;
  private Participant observer;

  EngineView(StateStore store, PendingCounts pending, Visibility visibility) {
    this.store = store;
    this.pending = pending;
    this.visibility = visibility;
  }

  void observeAs(Participant agent) {
    this.observer = agent;
  }

  @Override
  public List<Participant> agents() {
    return store.agents();
  }

  @Override
  public List<NumericColumn> numericColumns() {
    return store.numericColumns();
  }

  @Override
  public List<LabelColumn> labelColumns() {
    return store.labelColumns();
  }

  @Override
  public boolean isVisible(Participant agent) {
    return observer == null || observer == agent || visibility.canSee(observer, agent);
  }

  @Override
  public double get(NumericColumn column, Participant agent) {
    checkVisible(agent);
    return store.get(column, agent);
  }

  @Override
  public int label(LabelColumn column, Participant agent) {
    checkVisible(agent);
    return store.label(column, agent);
  }

  @Override
  public int pending(EventType type, Participant source) {
    return pending.get(type, source);
  }

  @Override
  public boolean changed(Participant agent) {
    // NOTE: unlike get and label, this does not check visibility, so an agent learns whether a
    // hidden agent changed. Calling checkVisible here would close that leak of partial information.
    return store.changed(agent);
  }

  private void checkVisible(Participant agent) {
    if (!isVisible(agent)) {
      throw new IllegalStateException(
          observer.id() + " cannot see the state of " + agent.id() + " in this scenario");
    }
  }
}
