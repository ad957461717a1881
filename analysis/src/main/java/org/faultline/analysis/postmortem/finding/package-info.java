/**
 * The immutable findings of a post-mortem, from per-service effects to policy dynamics, causal
 * chains and the failure characterization, with the rules that classify a run ({@link
 * org.faultline.analysis.postmortem.finding.CharacterizationRules}). Records here contain data only
 * and read no files. They depend on the trace module's vocabulary and the scenario outline, never
 * on how they were computed or written.
 */
package org.faultline.analysis.postmortem.finding;
