/**
 * The per-agent state columns of the infrastructure model over the engine's state store. Depends on
 * {@code engine.state} and {@code engine.event}.
 */
package org.faultline.model.state;
