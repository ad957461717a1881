/**
 * Benchmarks of the engine kernel on the hold model: throughput of the event queue and of the whole
 * simulation loop against a bare {@link java.util.PriorityQueue}, and the heap footprint of a
 * pending event. Depends on the engine and JMH only; nothing in the engine or the model may depend
 * on it.
 */
package org.faultline.bench.kernel;
