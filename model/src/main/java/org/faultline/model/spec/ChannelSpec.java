package org.faultline.model.spec;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An institutional channel through which intents travel: it holds each one for a minimum delay,
 * releases at most a number of them per tick, and adds a seeded jitter.
 *
 * @param id unique among channels
 * @param minimum the institutional minimum delay in ticks; at least 0
 * @param capacity how many intents it releases per tick; empty for no limit, otherwise at least 1
 * @param jitter the largest extra delay in ticks, drawn uniformly from 0 to it; at least 0
 */
public record ChannelSpec(String id, long minimum, OptionalLong capacity, long jitter) {

  public ChannelSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(capacity, "capacity");
  }
}
