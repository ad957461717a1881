/**
 * The two streaming passes of the post-mortem: {@link
 * org.faultline.analysis.postmortem.read.MetricsPass} reads {@code metrics.csv} once with memory
 * fixed per service, and {@link org.faultline.analysis.postmortem.read.EventPass} reads {@code
 * events.jsonl} once, keeping a few primitive values per executed event to follow causal chains.
 * Both read through the trace module's readers and produce findings of the {@code finding} package;
 * they depend on nothing else of Faultline.
 */
package org.faultline.analysis.postmortem.read;
