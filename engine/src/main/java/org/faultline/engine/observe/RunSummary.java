package org.faultline.engine.observe;

/**
 * Counts at the end of a completed run.
 *
 * @param executed events executed
 * @param rejected intents rejected
 * @param pendingAtHorizon events still scheduled after the horizon, never executed
 * @param endTime the time of the last executed event, or 0 when none was executed
 */
public record RunSummary(long executed, long rejected, long pendingAtHorizon, long endTime) {}
