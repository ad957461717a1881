/**
 * The post-mortem's figures: a timeline of every service's stress and resource with stressor
 * periods and interventions ({@link org.faultline.analysis.figure.TimelineFigure}), and the
 * service dependency graph ({@link org.faultline.analysis.figure.GraphNode}, {@link
 * org.faultline.analysis.figure.GraphEdge}), written as PNG and SVG by {@link
 * org.faultline.analysis.figure.Figures}, which also writes the graph as a Mermaid flowchart and
 * downsamples long series. The input is plain records, so this package knows nothing of run
 * directories or of how the post-mortem derives what it draws. It depends only on the JDK (Java2D
 * and ImageIO), JFreeChart, JFreeSVG and JGraphT, never on the engine, the model, the scenario
 * format or the trace format.
 */
package org.faultline.analysis.figure;
