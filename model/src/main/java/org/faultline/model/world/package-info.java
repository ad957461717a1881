/**
 * Assembly of one run's infrastructure model from a scenario specification into an engine
 * simulation. The only package of the model that wires decision rules, effects, stressors and the
 * scheduling table together; nothing else in the model depends on it.
 */
package org.faultline.model.world;
