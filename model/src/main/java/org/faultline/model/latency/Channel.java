package org.faultline.model.latency;

import org.faultline.model.spec.ChannelSpec;

/**
 * The occupancy of one institutional channel: a first-in, first-out queue that releases at most its
 * capacity of intents per tick.
 *
 * <p>An intent that could leave at tick e (after its requested, fixed and minimum delays) leaves at
 * the first tick r ≥ e at which the channel still has room, and never before an intent that entered
 * earlier. The queueing delay is r − e.
 *
 * <p>Not thread-safe.
 */
final class Channel {

  private final ChannelSpec spec;
  private long slotTick = Long.MIN_VALUE;
  private long slotCount;

  Channel(ChannelSpec spec) {
    this.spec = spec;
  }

  /** Returns the channel's configuration. */
  ChannelSpec spec() {
    return spec;
  }

  /**
   * Reserves a place for an intent and returns the tick it leaves the channel.
   *
   * @param earliest the tick the intent could leave without queueing
   * @return a tick at least {@code earliest}
   */
  long release(long earliest) {
    if (spec.capacity().isEmpty()) {
      return earliest;
    }
    if (earliest > slotTick) {
      slotTick = earliest;
      slotCount = 1;
    } else if (slotCount < spec.capacity().getAsLong()) {
      slotCount++;
    } else {
      slotTick++;
      slotCount = 1;
    }
    return slotTick;
  }
}
