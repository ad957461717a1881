/**
 * The decision rule of citizen populations. Depends only on the engine's agent, event and read-only
 * state types and on the model's event and column definitions.
 */
package org.faultline.model.citizen;
