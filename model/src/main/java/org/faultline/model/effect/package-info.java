/**
 * The infrastructure model's effect handlers: the only code of the model that mutates state.
 * Depends on the engine's effect, event, state and run-builder types and on the model's events and
 * state columns; never on decision rules.
 */
package org.faultline.model.effect;
