/**
 * An untrained two-layer graph attention network over the service dependency graph, computing a
 * salience per service and an attention coefficient per edge and head. {@link
 * org.faultline.analysis.attention.GatGraph} is the graph with its self-loops, {@link
 * org.faultline.analysis.attention.GatLayer} one attention layer as PyTorch Geometric's {@code
 * GATConv} computes it in evaluation mode, {@link org.faultline.analysis.attention.GatNetwork} the
 * two layers with their activations, {@link org.faultline.analysis.attention.GlorotWeights} the
 * seeded initialisation and {@link org.faultline.analysis.attention.GatEnsemble} the average over
 * several seeds. Everything here works on plain arrays in memory: this package reads and writes no
 * files, and depends on nothing but the JDK, so neither the run-directory format nor the simulation
 * engine can reach it.
 */
package org.faultline.analysis.attention;
