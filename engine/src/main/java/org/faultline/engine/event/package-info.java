/**
 * The vocabulary of a simulation: event types and their catalog, participants (agents and external
 * sources), payloads, intents, scheduled events with their applied delays, and rejections. Plain
 * immutable values apart from the two registries; depends on nothing else in the engine, and
 * nothing here runs or mutates a simulation.
 */
package org.faultline.engine.event;
