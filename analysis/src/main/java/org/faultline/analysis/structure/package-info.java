/**
 * Graph-based structural reasoning for the post-mortem: the run's dependency graph and logged node
 * features go through the untrained graph attention network of {@code
 * org.faultline.analysis.attention}, and what it highlights (salient services, edges with high
 * attention, dominant paths) is compared with what actually propagated, against a control with
 * shuffled features. {@link org.faultline.analysis.structure.StructuralReasoning} computes a {@link
 * org.faultline.analysis.structure.StructureResult} from a {@link
 * org.faultline.analysis.structure.StructureInput} filled by the caller, and {@link
 * org.faultline.analysis.structure.StructureSection} renders it as Markdown. This package takes
 * plain records and reads no run directory. It depends on the attention package and the JDK only,
 * not on the file formats, the simulation engine or the domain model.
 */
package org.faultline.analysis.structure;
