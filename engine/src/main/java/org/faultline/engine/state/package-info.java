/**
 * Agent state: the mutable {@link org.faultline.engine.state.StateStore}, written only by effect
 * handlers, and the read-only {@link org.faultline.engine.state.StateView} that agents and
 * observers receive. Depends on {@code engine.event} only.
 */
package org.faultline.engine.state;
