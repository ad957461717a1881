/**
 * The mathematics of dependency coupling: the interdependency matrix of the dynamic inoperability
 * input-output model, its per-tick update, its static equilibrium, its spectral radius and the
 * dependency cycles behind it. Pure functions over arrays; depends on the JDK, EJML, JGraphT and
 * the model's configuration records, never on the engine.
 */
package org.faultline.model.coupling;
