package org.faultline.bench.kernel;

/**
 * The smallest event a {@link java.util.PriorityQueue}-based simulator needs: a time in ticks and
 * the sequence number that breaks ties first-scheduled-first, as in the engine's queue.
 *
 * <p>Immutable and thread-safe.
 */
final class HoldEvent implements Comparable<HoldEvent> {

  final long time;
  final long sequence;

  HoldEvent(long time, long sequence) {
    this.time = time;
    this.sequence = sequence;
  }

  @Override
  public int compareTo(HoldEvent other) {
    int byTime = Long.compare(time, other.time);
    return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
  }
}
