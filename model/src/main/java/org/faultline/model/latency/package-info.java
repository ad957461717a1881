/**
 * The model's latency policies, built from the scenario's scheduling table. Depends on the engine's
 * latency and event types and on the model's configuration records.
 */
package org.faultline.model.latency;
