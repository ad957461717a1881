/**
 * The vocabulary of the run directory format: file names, the metrics columns, the run manifest and
 * the one function that formats every floating-point number of every output.
 *
 * <p>The subpackages build on it: {@code write} holds the streaming writers used during a run,
 * {@code read} the streaming readers used after it, and {@code directory} the staging and
 * publishing of a run directory. This package and its subpackages depend only on the JDK, Jackson 3
 * and FastCSV, never on the engine, the model or any other part of Faultline, so that the analysis
 * can read a run without linking against what produced it.
 */
package org.faultline.trace;
