package org.faultline.analysis.postmortem.finding;

/**
 * An executed event named by its id and the tick at which it executed. Instances are immutable and
 * thread-safe.
 *
 * @param id event id, 1 or more; 0 for the initial state of a delta-mode metrics file
 * @param time logical time in ticks
 */
public record EventRef(long id, long time) {}
