/**
 * Files around the graph attention network: reading EDGES.csv, FEATURES.csv and a weights file
 * exported from PyTorch, writing node_scores.csv and attention.csv, and {@link
 * org.faultline.analysis.attention.io.GatJob}, the one entry point that runs the whole job from
 * files to files. Bad input is collected, every problem with its file, line and field, and raised
 * together as one {@link org.faultline.analysis.attention.io.GatInputException}. This package
 * depends on {@code org.faultline.analysis.attention}, FastCSV, Jackson and SLF4J, and on nothing
 * of the simulation engine, the domain model or the run-directory format.
 */
package org.faultline.analysis.attention.io;
