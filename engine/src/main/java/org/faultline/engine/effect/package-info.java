/**
 * Effect handlers: the only code that mutates state, one per event type, registered by the domain
 * model. Depends on {@code engine.event}, {@code engine.state}, {@code engine.random} and the
 * intent sink of {@code engine.agent}; never on the queue or the run loop.
 */
package org.faultline.engine.effect;
