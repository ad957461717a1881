package org.faultline.scenario.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.faultline.scenario.problem.Position;

/** A mapping: keys in file order, each with its position and value. Keys are unique. */
public final class MappingNode implements YamlNode {

  private final List<MappingEntry> entries;
  private final Map<String, MappingEntry> byKey;
  private final Position position;
  private final YamlPath path;

  /**
   * Creates a mapping.
   *
   * @param entries the entries in file order; no key may appear twice
   * @param position where the mapping starts
   * @param path the mapping's field path
   * @throws IllegalArgumentException if a key appears twice
   */
  public MappingNode(List<MappingEntry> entries, Position position, YamlPath path) {
    this.entries = List.copyOf(entries);
    this.position = Objects.requireNonNull(position, "position");
    this.path = Objects.requireNonNull(path, "path");
    this.byKey = new HashMap<>();
    for (MappingEntry entry : this.entries) {
      if (byKey.putIfAbsent(entry.key(), entry) != null) {
        throw new IllegalArgumentException(
            "duplicate key '" + entry.key() + "' in mapping at " + path);
      }
    }
  }

  /** Returns the entries in file order; the list cannot be modified. */
  public List<MappingEntry> entries() {
    return entries;
  }

  /** Returns the keys in file order. */
  public List<String> keys() {
    return entries.stream().map(MappingEntry::key).toList();
  }

  /** Returns the entry under a key, or empty when the mapping has no such key. */
  public Optional<MappingEntry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Returns the value under a key, or empty when the mapping has no such key. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(MappingEntry::value);
  }

  /** Returns the number of entries. */
  public int size() {
    return entries.size();
  }

  /** Returns whether the mapping has no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Returns a copy of this mapping with the value under an existing key replaced.
   *
   * @throws IllegalArgumentException if the mapping has no such key
   */
  public MappingNode withValue(String key, YamlNode value) {
    if (!byKey.containsKey(key)) {
      throw new IllegalArgumentException("no key '" + key + "' in mapping at " + path);
    }
    List<MappingEntry> replaced = new ArrayList<>(entries.size());
    for (MappingEntry entry : entries) {
      replaced.add(entry.key().equals(key) ? entry.withValue(value) : entry);
    }
    return new MappingNode(replaced, position, path);
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
    return "a mapping";
  }

  @Override
  public String toString() {
    return path + " = mapping " + keys() + " at " + position;
  }
}
