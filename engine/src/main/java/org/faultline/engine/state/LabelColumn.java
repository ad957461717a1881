package org.faultline.engine.state;

import java.util.List;

/**
 * A named per-agent value from a fixed list of labels, such as a status {@code active}, {@code
 * degraded} or {@code failed}. Created only by {@link StateStore#addLabel}; the first label is
 * every agent's initial value.
 */
public final class LabelColumn {

  private final String name;
  private final int index;
  private final List<String> labels;

  LabelColumn(String name, int index, List<String> labels) {
    this.name = name;
    this.index = index;
    this.labels = List.copyOf(labels);
  }

  /** Returns the column name used in traces. */
  public String name() {
    return name;
  }

  /** Returns the allowed labels; a value is a position in this list. */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns the position of a label.
   *
   * @throws IllegalArgumentException if the label is not one of {@link #labels()}
   */
  public int code(String label) {
    int code = labels.indexOf(label);
    if (code < 0) {
      throw new IllegalArgumentException(
          "column " + name + " has no label '" + label + "'; labels: " + labels);
    }
    return code;
  }

  int index() {
    return index;
  }

  @Override
  public String toString() {
    return name;
  }
}
