/**
 * Stressors: external sources that perturb services on a schedule, turned into events before the
 * run. Depends on the engine's event and run types and on the model's events and configuration
 * records.
 */
package org.faultline.model.stressor;
