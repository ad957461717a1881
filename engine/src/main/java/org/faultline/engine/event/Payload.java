package org.faultline.engine.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The immutable, ordered named values an event carries, such as {@code intensity = 1.0} and {@code
 * services = [transport, emergency]}. A value is a {@code String}, a {@code Long}, a finite {@code
 * Double}, a {@code Boolean} or an unmodifiable {@code List<String>}. Field order is the order of
 * {@link Builder#put} calls and is the order written to outputs.
 *
 * <p>Immutable and thread-safe.
 */
public final class Payload {

  /** The payload with no fields. */
  public static final Payload EMPTY = new Payload(new String[0], new Object[0]);

  private final String[] names;
  private final Object[] values;

  private Payload(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  /** Starts an empty payload. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of fields. */
  public int size() {
    return names.length;
  }

  /** Returns the name of the field at a position, from 0. */
  public String name(int position) {
    return names[position];
  }

  /** Returns the value of the field at a position, from 0; one of the types listed above. */
  public Object value(int position) {
    return values[position];
  }

  /** Returns whether a field of that name exists. */
  public boolean has(String name) {
    return positionOf(name) >= 0;
  }

  /**
   * Returns a numeric field as a double.
   *
   * @throws NoSuchElementException if the field is missing
   * @throws ClassCastException if the field is not a number
   */
  public double getDouble(String name) {
    return ((Number) require(name)).doubleValue();
  }

  /**
   * Returns a numeric field, or a default when the field is missing.
   *
   * @throws ClassCastException if the field exists and is not a number
   */
  public double getDouble(String name, double defaultValue) {
    int position = positionOf(name);
    return position < 0 ? defaultValue : ((Number) values[position]).doubleValue();
  }

  /**
   * Returns a text field.
   *
   * @throws NoSuchElementException if the field is missing
   */
  public String getString(String name) {
    return (String) require(name);
  }

  /**
   * Returns a list-of-text field.
   *
   * @throws NoSuchElementException if the field is missing
   */
  @SuppressWarnings("unchecked")
  public List<String> getStrings(String name) {
    return (List<String>) require(name);
  }

  private Object require(String name) {
    int position = positionOf(name);
    if (position < 0) {
      throw new NoSuchElementException(
          "payload has no field '" + name + "'; fields: " + Arrays.toString(names));
    }
    return values[position];
  }

  private int positionOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Payload
        && Arrays.equals(names, ((Payload) other).names)
        && Arrays.equals(values, ((Payload) other).values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      text.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
    }
    return text.append('}').toString();
  }

  /** Collects fields in order. Not thread-safe. */
  public static final class Builder {

    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private Builder() {}

    /** Adds a number field; the value must be finite. */
    public Builder put(String name, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "payload field '" + name + "' must be a finite number, got " + value);
      }
      return add(name, value);
    }

    /** Adds a whole-number field. */
    public Builder put(String name, long value) {
      return add(name, value);
    }

    /** Adds a text field. */
    public Builder put(String name, String value) {
      return add(name, requireValue(name, value));
    }

    /** Adds a true/false field. */
    public Builder put(String name, boolean value) {
      return add(name, value);
    }

    /** Adds a list-of-text field; the list is copied. */
    public Builder put(String name, List<String> value) {
      return add(name, List.copyOf(requireValue(name, value)));
    }

    /** Returns the payload. */
    public Payload build() {
      return names.isEmpty()
          ? EMPTY
          : new Payload(names.toArray(new String[0]), values.toArray(new Object[0]));
    }

    private Builder add(String name, Object value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a payload field needs a non-blank name");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("payload field '" + name + "' is already set");
      }
      names.add(name);
      values.add(value);
      return this;
    }

    private static <T> T requireValue(String name, T value) {
      if (value == null) {
        throw new IllegalArgumentException("payload field '" + name + "' must not be null");
      }
      return value;
    }
  }
}
