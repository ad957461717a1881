package org.faultline.analysis.postmortem.finding;

import java.util.Objects;

/**
 * Causal chains that end at a degradation or failure and have the same sequence of event types and
 * sources, represented by the first of them. Instances are immutable and thread-safe.
 *
 * @param example the first chain of this shape, in execution order of its last event
 * @param occurrences how many degradation or failure events end a chain of this shape
 */
public record ChainShape(CausalChain example, long occurrences) {

  /** Checks for nulls. */
  public ChainShape {
    Objects.requireNonNull(example, "example");
  }
}
