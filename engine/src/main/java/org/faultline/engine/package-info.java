/**
 * Faultline's engine: the one authority that orders events, decides every delay and alone mutates
 * state. Agents intend ({@code agent}), the engine decides and mutates ({@code run}, {@code queue},
 * {@code latency}, {@code effect}, {@code state}) and observers record ({@code observe}). Depends
 * on the JDK and the SLF4J API only; knows nothing of the infrastructure domain, scenario files or
 * the run directory.
 */
package org.faultline.engine;
