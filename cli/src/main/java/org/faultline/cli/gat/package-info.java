/**
 * The {@code faultline gat} command, which applies the two-layer graph attention network to any
 * graph given as EDGES.csv and FEATURES.csv, with seeded or file weights, and writes the node
 * scores and attention coefficients as CSV files. The command declares the options and turns bad
 * input into one {@link org.faultline.cli.InvalidInputException}; the work is done by {@code
 * org.faultline.analysis.attention.io.GatJob}. This package depends on picocli, the cli package and
 * the analysis module's attention packages, and on nothing of the simulation engine, the domain
 * model or the scenario reader.
 */
package org.faultline.cli.gat;
