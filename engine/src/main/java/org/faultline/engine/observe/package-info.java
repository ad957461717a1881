/**
 * Observers: trace printers, metrics writers and the event log see every executed event and the
 * post-event state, and cannot change either. Depends on {@code engine.event} and {@code
 * engine.state} (read-only view) only.
 */
package org.faultline.engine.observe;
