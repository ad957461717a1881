/**
 * The agents' side of the engine: the {@link org.faultline.engine.agent.Agent} contract, its
 * observations and the intent sink. Agents may depend on {@code engine.event} and the read-only
 * {@link org.faultline.engine.state.StateView}; an architecture test forbids agent classes to
 * depend on the state store, the queue, the run loop, effect handlers or latency policies.
 */
package org.faultline.engine.agent;
