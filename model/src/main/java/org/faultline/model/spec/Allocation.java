package org.faultline.model.spec;

import java.util.List;
import java.util.Optional;

/** How a policy office allocates the budget one intervention releases. */
public enum Allocation {

  /** Equal shares among the active services, the reference rule. */
  EQUAL("equal"),

  /**
   * All to the service with the highest stress the office knows of, as reported when it has
   * reports.
   */
  MOST_STRESSED("most_stressed"),

  /** All to the first service of a fixed priority list that has not failed. */
  PRIORITY("priority");

  private final String label;

  Allocation(String label) {
    this.label = label;
  }

  /** Returns the name a scenario file uses, such as {@code most_stressed}. */
  public String label() {
    return label;
  }

  /** Returns the names scenario files use, in declaration order. */
  public static List<String> labels() {
    return List.of(values()).stream().map(Allocation::label).toList();
  }

  /** Returns the allocation a scenario file names, if any. */
  public static Optional<Allocation> ofLabel(String label) {
    for (Allocation allocation : values()) {
      if (allocation.label.equals(label)) {
        return Optional.of(allocation);
      }
    }
    return Optional.empty();
  }
}
