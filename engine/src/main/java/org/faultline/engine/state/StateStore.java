package org.faultline.engine.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;

/**
 * The mutable state of all agents: one primitive array per column, indexed by agent. Only effect
 * handlers receive the store; agents and observers see it through a {@link StateView}. The store
 * records which agents an event changed, so a trace can write only changed rows.
 *
 * <p>Numbers start as NaN (not applicable) and labels as their first label until the model
 * initialises them. Columns are added before the run starts.
 *
 * <p>Not thread-safe.
 */
public final class StateStore {

  private final Participants participants;
  private final int agentCount;
  private final List<NumericColumn> numericColumns = new ArrayList<>();
  private final List<LabelColumn> labelColumns = new ArrayList<>();
  private double[][] numbers = new double[0][];
  private int[][] labels = new int[0][];
  private final boolean[] changed;
  private final int[] changedAgents;
  private int changedCount;

  /** Creates an empty store for the agents registered so far. */
  public StateStore(Participants participants) {
    this.participants = participants;
    this.agentCount = participants.agentCount();
    this.changed = new boolean[agentCount];
    this.changedAgents = new int[agentCount];
  }

  /**
   * Adds a number column, NaN for every agent.
   *
   * @param name unique among this store's columns
   */
  public NumericColumn addNumeric(String name) {
    checkNewName(name);
    NumericColumn column = new NumericColumn(name, numericColumns.size());
    numericColumns.add(column);
    double[] values = new double[agentCount];
    Arrays.fill(values, Double.NaN);
    numbers = Arrays.copyOf(numbers, numbers.length + 1);
    numbers[numbers.length - 1] = values;
    return column;
  }

  /**
   * Adds a label column, set to its first label for every agent.
   *
   * @param name unique among this store's columns
   * @param labelNames the allowed labels, at least one
   */
  public LabelColumn addLabel(String name, List<String> labelNames) {
    checkNewName(name);
    if (labelNames.isEmpty()) {
      throw new IllegalArgumentException("label column " + name + " needs at least one label");
    }
    LabelColumn column = new LabelColumn(name, labelColumns.size(), labelNames);
    labelColumns.add(column);
    labels = Arrays.copyOf(labels, labels.length + 1);
    labels[labels.length - 1] = new int[agentCount];
    return column;
  }

  /** Returns the agents in registration order. */
  public List<Participant> agents() {
    return participants.agents();
  }

  /** Returns the number columns in the order they were added. */
  public List<NumericColumn> numericColumns() {
    return Collections.unmodifiableList(numericColumns);
  }

  /** Returns the label columns in the order they were added. */
  public List<LabelColumn> labelColumns() {
    return Collections.unmodifiableList(labelColumns);
  }

  /** Returns an agent's number in a column. */
  public double get(NumericColumn column, Participant agent) {
    return numbers[column.index()][agentIndex(agent)];
  }

  /** Sets an agent's number in a column and marks the agent changed if the value differs. */
  public void set(NumericColumn column, Participant agent, double value) {
    int row = agentIndex(agent);
    double[] values = numbers[column.index()];
    if (Double.doubleToLongBits(values[row]) != Double.doubleToLongBits(value)) {
      values[row] = value;
      markChanged(row);
    }
  }

  /** Adds to an agent's number in a column. */
  public void add(NumericColumn column, Participant agent, double delta) {
    set(column, agent, get(column, agent) + delta);
  }

  /** Returns an agent's label code in a column. */
  public int label(LabelColumn column, Participant agent) {
    return labels[column.index()][agentIndex(agent)];
  }

  /** Sets an agent's label code in a column and marks the agent changed if the value differs. */
  public void setLabel(LabelColumn column, Participant agent, int code) {
    if (code < 0 || code >= column.labels().size()) {
      throw new IllegalArgumentException(
          "label code " + code + " is outside column " + column.name() + " " + column.labels());
    }
    int row = agentIndex(agent);
    int[] values = labels[column.index()];
    if (values[row] != code) {
      values[row] = code;
      markChanged(row);
    }
  }

  /** Returns whether the agent changed since the last {@link #clearChanges()}. */
  public boolean changed(Participant agent) {
    return changed[agentIndex(agent)];
  }

  /** Forgets which agents changed; the engine calls it before each event. */
  public void clearChanges() {
    for (int i = 0; i < changedCount; i++) {
      changed[changedAgents[i]] = false;
    }
    changedCount = 0;
  }

  /** Marks every agent changed, as before the first event. */
  public void markAllChanged() {
    for (int row = 0; row < agentCount; row++) {
      markChanged(row);
    }
  }

  private void markChanged(int row) {
    if (!changed[row]) {
      changed[row] = true;
      changedAgents[changedCount++] = row;
    }
  }

  private int agentIndex(Participant agent) {
    if (!agent.isAgent()
        || agent.index() >= agentCount
        || participants.agent(agent.index()) != agent) {
      throw new IllegalArgumentException(agent.id() + " is not an agent of this state store");
    }
    return agent.index();
  }

  private void checkNewName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a column needs a non-blank name");
    }
    for (NumericColumn column : numericColumns) {
      if (column.name().equals(name)) {
        throw new IllegalArgumentException("column " + name + " already exists");
      }
    }
    for (LabelColumn column : labelColumns) {
      if (column.name().equals(name)) {
        throw new IllegalArgumentException("column " + name + " already exists");
      }
    }
  }
}
