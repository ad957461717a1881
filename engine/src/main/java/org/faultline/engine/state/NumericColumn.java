package org.faultline.engine.state;

/**
 * A named per-agent number in the state store, such as {@code stress} or {@code load}. Created only
 * by {@link StateStore#addNumeric}.
 */
public final class NumericColumn {

  private final String name;
  private final int index;

  NumericColumn(String name, int index) {
    this.name = name;
    this.index = index;
  }

  /** Returns the column name used in traces. */
  public String name() {
    return name;
  }

  int index() {
    return index;
  }

  @Override
  public String toString() {
    return name;
  }
}
