package org.faultline.analysis.postmortem.finding;

import java.util.Objects;

/**
 * One executed event on a causal chain. Instances are immutable and thread-safe.
 *
 * @param id event id
 * @param type event type
 * @param source event source
 * @param time logical time in ticks at which it executed
 */
public record ChainLink(long id, String type, String source, long time) {

  /** Checks for nulls. */
  public ChainLink {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
  }
}
