package org.faultline.trace.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The payload of a logged event: named values in the order of the file.
 *
 * <p>Values are {@link String}, {@link Long}, {@link Double}, {@link Boolean} or an unmodifiable
 * {@code List<String>}. A JSON {@code null} is read as {@link Double#NaN}, because the writer
 * writes only NaN doubles as null. Instances are immutable and thread-safe.
 *
 * @param fields the values by name, in file order; unmodifiable
 */
public record Payload(Map<String, Object> fields) {

  /** A payload without fields. */
  public static final Payload EMPTY = new Payload(Map.of());

  /** Checks the value types and copies the map, keeping its order. */
  public Payload {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      copy.put(
          Objects.requireNonNull(field.getKey(), "field name"),
          checkedValue(field.getKey(), field.getValue()));
    }
    fields = Collections.unmodifiableMap(copy);
  }

  /** Returns whether the payload has the named field. */
  public boolean has(String name) {
    return fields.containsKey(name);
  }

  /**
   * Returns a string field.
   *
   * @throws IllegalArgumentException if the field is missing or not a string
   */
  public String getString(String name) {
    return (String) typed(name, String.class, "a string");
  }

  /**
   * Returns an integer field.
   *
   * @throws IllegalArgumentException if the field is missing or not an integer
   */
  public long getLong(String name) {
    return (Long) typed(name, Long.class, "an integer");
  }

  /**
   * Returns a number field as a double; an integer field is converted.
   *
   * @throws IllegalArgumentException if the field is missing or not a number
   */
  public double getDouble(String name) {
    return ((Number) typed(name, Number.class, "a number")).doubleValue();
  }

  /**
   * Returns a boolean field.
   *
   * @throws IllegalArgumentException if the field is missing or not a boolean
   */
  public boolean getBoolean(String name) {
    return (Boolean) typed(name, Boolean.class, "a boolean");
  }

  /**
   * Returns a list-of-strings field.
   *
   * @throws IllegalArgumentException if the field is missing or not a list
   */
  @SuppressWarnings("unchecked")
  public List<String> getStrings(String name) {
    return (List<String>) typed(name, List.class, "a list of strings");
  }

  private Object typed(String name, Class<?> type, String description) {
    Object value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "payload has no field \"" + name + "\"; its fields are " + fields.keySet());
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "payload field \"" + name + "\" is " + value + ", not " + description);
    }
    return value;
  }

  private static Object checkedValue(String name, Object value) {
    if (value instanceof String
        || value instanceof Long
        || value instanceof Double
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (!(element instanceof String)) {
          throw new IllegalArgumentException(
              "payload field \""
                  + name
                  + "\" is a list with the element "
                  + element
                  + "; lists hold strings only");
        }
      }
      return List.copyOf(list);
    }
    throw new IllegalArgumentException(
        "payload field \""
            + name
            + "\" has the value "
            + value
            + "; values are strings, longs, doubles, booleans or lists of strings");
  }
}
