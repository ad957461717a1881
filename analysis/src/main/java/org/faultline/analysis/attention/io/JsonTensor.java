package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A tensor read from a JSON nested list, as {@code tensor.tolist()} writes it in Python: its shape
 * and its values in row-major order.
 *
 * <p>Instances are not copied defensively and are used only inside this package.
 */
final class JsonTensor {

  /** Number of bad values reported per key before the rest are only counted. */
  static final int MAX_REPORTED_VALUES = 5;

  private final int[] shape;
  private final double[] values;

  private JsonTensor(int[] shape, double[] values) {
    this.shape = shape;
    this.values = values;
  }

  /** Returns dimension {@code d} of the shape. */
  int dim(int d) {
    return shape[d];
  }

  /** Returns the shape as Python prints it, such as {@code [32, 5]}. */
  String shapeText() {
    return formatShape(shape);
  }

  /** Returns whether the shape is {@code expected}. */
  boolean hasShape(int... expected) {
    return Arrays.equals(shape, expected);
  }

  /** Returns whether both tensors have the same shape and exactly the same values. */
  boolean sameAs(JsonTensor other) {
    return Arrays.equals(shape, other.shape) && Arrays.equals(values, other.values);
  }

  /** Returns the value at row-major position {@code index}. */
  double value(int index) {
    return values[index];
  }

  /** Returns a shape as Python prints it, such as {@code [32, 5]}. */
  static String formatShape(int... shape) {
    return Arrays.stream(shape)
        .mapToObj(Integer::toString)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Reads a nested list of exactly {@code rank} levels of finite numbers.
   *
   * @return the tensor, or null after adding problems if the nesting is not {@code rank} levels
   *     deep, a list is empty, the lists are ragged, or a value is not a finite number
   */
  static JsonTensor parse(Path file, String key, JsonNode node, int rank, Problems problems) {
    int[] shape = new int[rank];
    JsonNode first = node;
    for (int depth = 0; depth < rank; depth++) {
      if (!first.isArray() || first.isEmpty()) {
        problems.add(
            file,
            "key "
                + Problems.quote(key)
                + " has "
                + describe(first)
                + " at "
                + pathText(depth)
                + " where a non-empty list belongs; expected a "
                + rank
                + "-D nested list of numbers");
        return null;
      }
      shape[depth] = first.size();
      first = first.get(0);
    }
    String structureProblem = checkStructure(node, shape, 0, "");
    if (structureProblem != null) {
      problems.add(file, "key " + Problems.quote(key) + " " + structureProblem);
      return null;
    }

    int size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    double[] values = new double[size];
    ValueChecker checker = new ValueChecker(file, key, problems);
    fill(node, 0, rank, "", values, new int[] {0}, checker);
    checker.reportOmitted();
    return checker.count == 0 ? new JsonTensor(shape, values) : null;
  }

  /** Returns a description of the first place where the lists are not rectangular, or null. */
  private static String checkStructure(JsonNode node, int[] shape, int depth, String path) {
    if (depth == shape.length) {
      return node.isArray()
          ? "has a list at "
              + path
              + " where a number belongs; expected a "
              + shape.length
              + "-D nested list of numbers"
          : null;
    }
    if (!node.isArray()) {
      return "has "
          + describe(node)
          + " at "
          + path
          + " where a list of "
          + shape[depth]
          + " belongs; nested lists must be rectangular";
    }
    if (node.size() != shape[depth]) {
      return "has a list of "
          + node.size()
          + " at "
          + path
          + " but a list of "
          + shape[depth]
          + " at "
          + pathText(depth)
          + "; nested lists must be rectangular";
    }
    for (int i = 0; i < node.size(); i++) {
      String problem = checkStructure(node.get(i), shape, depth + 1, path + "[" + i + "]");
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static void fill(
      JsonNode node,
      int depth,
      int rank,
      String path,
      double[] values,
      int[] next,
      ValueChecker checker) {
    if (depth == rank) {
      values[next[0]++] = checker.check(node, path);
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      fill(node.get(i), depth + 1, rank, path + "[" + i + "]", values, next, checker);
    }
  }

  /** Returns the index path of the first element at {@code depth}, such as {@code [0][0]}. */
  private static String pathText(int depth) {
    return depth == 0 ? "the top level" : "[0]".repeat(depth);
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return node.isEmpty() ? "an empty list" : "a list";
    }
    if (node.isString()) {
      return "the string " + Problems.quote(node.asString());
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.isNull() ? "null" : node.toString();
  }

  /** Checks leaf values, reporting the first few bad ones of a key and counting the rest. */
  private static final class ValueChecker {
    private final Path file;
    private final String key;
    private final Problems problems;
    private int count;

    ValueChecker(Path file, String key, Problems problems) {
      this.file = file;
      this.key = key;
      this.problems = problems;
    }

    double check(JsonNode node, String path) {
      if (!node.isNumber()) {
        report(path, "is " + describe(node) + "; every value must be a number");
        return 0.0;
      }
      double value = node.doubleValue();
      if (!Double.isFinite(value)) {
        report(path, "is " + value + "; every value must be finite");
        return 0.0;
      }
      return value;
    }

    void reportOmitted() {
      if (count > MAX_REPORTED_VALUES) {
        problems.add(
            file,
            "key "
                + Problems.quote(key)
                + " has "
                + (count - MAX_REPORTED_VALUES)
                + " more invalid values not listed here");
      }
    }

    private void report(String path, String message) {
      count++;
      if (count <= MAX_REPORTED_VALUES) {
        problems.add(file, "key " + Problems.quote(key) + ": value at " + path + " " + message);
      }
    }
  }
}
