/**
 * The post-mortem's figures. {@link org.faultline.analysis.figure.Figures} writes the timeline of
 * every service's stress and resource with stressor periods and interventions ({@link
 * org.faultline.analysis.figure.TimelineFigure}) and the service dependency graph ({@link
 * org.faultline.analysis.figure.GraphNode}, {@link org.faultline.analysis.figure.GraphEdge}) as PNG
 * and SVG. It also writes the graph as a Mermaid flowchart and downsamples long series. The input
 * is plain records, so this package reads no run directory and does not derive what it draws from
 * the event log. It depends only on the JDK (Java2D and ImageIO), JFreeChart, JFreeSVG and JGraphT,
 * never on the engine, the model, the scenario format or the trace format.
 */
package org.faultline.analysis.figure;
