package org.faultline.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.faultline.scenario.problem.Position;

/** A sequence: items in file order. */
public final class SequenceNode implements YamlNode {

  private final List<YamlNode> items;
  private final Position position;
  private final YamlPath path;

  /**
   * Creates a sequence.
   *
   * @param items the items in file order
   * @param position where the sequence starts
   * @param path the sequence's field path
   */
  public SequenceNode(List<YamlNode> items, Position position, YamlPath path) {
    this.items = List.copyOf(items);
    this.position = Objects.requireNonNull(position, "position");
    this.path = Objects.requireNonNull(path, "path");
  }

  /** Returns the items in file order; the list cannot be modified. */
  public List<YamlNode> items() {
    return items;
  }

  /** Returns the item at a 0-based index. */
  public YamlNode get(int index) {
    return items.get(index);
  }

  /** Returns the number of items. */
  public int size() {
    return items.size();
  }

  /** Returns whether the sequence has no items. */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** Returns a copy of this sequence with the item at a 0-based index replaced. */
  public SequenceNode withItem(int index, YamlNode item) {
    Objects.checkIndex(index, items.size());
    List<YamlNode> replaced = new ArrayList<>(items);
    replaced.set(index, item);
    return new SequenceNode(replaced, position, path);
  }

  @Override
  public Position position() {
    return position;
  }

  @Override
  public YamlPath path() {
    return path;
  }

  @Override
  public String description() {
    return "a sequence";
  }

  @Override
  public String toString() {
    return path + " = sequence of " + items.size() + " at " + position;
  }
}
