package org.faultline.scenario.yaml;

import java.util.Objects;
import org.faultline.scenario.problem.Position;

/**
 * One key of a mapping with its value.
 *
 * @param key the key's text
 * @param keyPosition where the key starts
 * @param value the value under the key
 */
public record MappingEntry(String key, Position keyPosition, YamlNode value) {

  /** Validates that no field is null. */
  public MappingEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(keyPosition, "keyPosition");
    Objects.requireNonNull(value, "value");
  }

  /** Returns this entry with another value. */
  public MappingEntry withValue(YamlNode newValue) {
    return new MappingEntry(key, keyPosition, newValue);
  }
}
