/**
 * The engine's authority over time between intent and event: latency policies and their decisions.
 * Policies read the clock and random streams through {@link
 * org.faultline.engine.latency.LatencyContext}; they never touch the queue or the state store.
 * Depends on {@code engine.event} and {@code engine.random}.
 */
package org.faultline.engine.latency;
