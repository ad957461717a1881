/**
 * The post-mortem of a finished run directory: {@link org.faultline.analysis.postmortem.PostMortem}
 * reads {@code run.json}, {@code metrics.csv}, {@code events.jsonl} and {@code scenario.yaml},
 * derives the findings and writes {@code failure_analysis.md} and {@code analysis.json} beside
 * them. The subpackages hold the reading of {@code scenario.yaml} ({@code scenario}), the streaming
 * passes over the run files ({@code read}), the immutable findings and the rules that classify them
 * ({@code finding}), and the report's sections and files ({@code report}). This package and its
 * subpackages depend on the trace module's run directory format, Jackson, FastCSV and SLF4J only,
 * never on the engine, the model or the scenario loader, so a directory copied from another machine
 * is analysed the same way.
 */
package org.faultline.analysis.postmortem;
