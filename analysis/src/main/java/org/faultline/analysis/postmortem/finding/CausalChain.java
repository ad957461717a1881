package org.faultline.analysis.postmortem.finding;

import java.util.List;

/**
 * A causal chain from a root event, one whose cause is null, to a later event, following cause ids.
 * A long chain keeps only its ends. Instances are immutable and thread-safe.
 *
 * @param depth number of events on the chain, the root and the last event included; 1 or more
 * @param rootSide the events from the root on, in causal order
 * @param endSide the events up to the last one, in causal order; empty when {@link #rootSide()}
 *     holds the whole chain
 */
public record CausalChain(int depth, List<ChainLink> rootSide, List<ChainLink> endSide) {

  /** Events kept at each end of a chain longer than twice this number. */
  public static final int LINKS_KEPT_PER_END = 50;

  /** Copies the lists and checks that they fit the depth. */
  public CausalChain {
    rootSide = List.copyOf(rootSide);
    endSide = List.copyOf(endSide);
    if (depth < 1 || rootSide.size() + endSide.size() > depth || rootSide.isEmpty()) {
      throw new IllegalArgumentException(
          "a chain of depth "
              + depth
              + " cannot keep "
              + rootSide.size()
              + " + "
              + endSide.size()
              + " events");
    }
  }

  /** Returns the number of events between the two ends that are not kept; 0 for a whole chain. */
  public int omitted() {
    return depth - rootSide.size() - endSide.size();
  }

  /** Returns the last event of the chain. */
  public ChainLink last() {
    return endSide.isEmpty() ? rootSide.get(rootSide.size() - 1) : endSide.get(endSide.size() - 1);
  }
}
