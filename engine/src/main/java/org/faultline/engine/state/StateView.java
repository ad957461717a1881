package org.faultline.engine.state;

import java.util.List;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;

/**
 * A read-only view of the simulation state: what agents observe and what observers record. An
 * agent's view may hide some agents (partial information); reading a hidden agent throws.
 * Implementations are valid only during the call they are passed to.
 */
public interface StateView {

  /** Returns the agents in registration order, visible or not. */
  List<Participant> agents();

  /** Returns the number columns in the order they were added. */
  List<NumericColumn> numericColumns();

  /** Returns the label columns in the order they were added. */
  List<LabelColumn> labelColumns();

  /** Returns whether this view may read the agent's state. */
  boolean isVisible(Participant agent);

  /**
   * Returns an agent's number in a column.
   *
   * @throws IllegalStateException if the agent is not visible in this view
   */
  double get(NumericColumn column, Participant agent);

  /**
   * Returns an agent's label code in a column, a position in {@link LabelColumn#labels()}.
   *
   * @throws IllegalStateException if the agent is not visible in this view
   */
  int label(LabelColumn column, Participant agent);

  /**
   * Returns how many events of a type from a source are scheduled and not yet executed: the
   * engine's own record, such as whether a report is still on its way.
   */
  int pending(EventType type, Participant source);

  /**
   * Returns whether the event just executed changed the agent's state; true for every agent before
   * the first event.
   */
  boolean changed(Participant agent);
}
