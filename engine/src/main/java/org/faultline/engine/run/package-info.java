/**
 * The event loop and its configuration: {@link org.faultline.engine.run.Simulation}, guards,
 * visibility and run failures. The only package that sees the queue, the store, the latency policy,
 * effect handlers, agents and observers together.
 */
package org.faultline.engine.run;
