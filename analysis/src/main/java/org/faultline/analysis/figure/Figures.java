package org.faultline.analysis.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the post-mortem's figures: the timeline of every service's state and the dependency graph,
 * each as a PNG and an SVG file, and the same graph as a Mermaid flowchart.
 *
 * <p>Rendering is headless: loading this class sets {@code java.awt.headless} to {@code true}
 * unless the property is already set. It needs a font, so on a machine without one the writers
 * throw {@link FontsUnavailableException}. The methods keep no state and are thread-safe.
 */
public final class Figures {

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Figures() {}

  /**
   * Renders the timeline and writes it as {@code baseName.png} and {@code baseName.svg} into {@code
   * dir}.
   *
   * @param figure the content of the timeline
   * @param dir an existing directory
   * @param baseName file name without extension, without path separators
   * @return the file names written, relative to {@code dir}: the PNG, then the SVG
   * @throws IllegalArgumentException if {@code baseName} is not a plain file name
   * @throws FontsUnavailableException if no font can be loaded; nothing is written then
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeTimeline(TimelineFigure figure, Path dir, String baseName)
      throws IOException {
    return writeTimeline(figure, dir, baseName, FontCheck.SYSTEM);
  }

  /** Writes the timeline after the given font check, which tests replace to simulate no fonts. */
  static List<Path> writeTimeline(
      TimelineFigure figure, Path dir, String baseName, FontCheck fontCheck) throws IOException {
    Objects.requireNonNull(figure, "figure");
    return FigureFiles.write(() -> new TimelineChart(figure), dir, baseName, fontCheck);
  }

  /**
   * Lays out the dependency graph and writes it as {@code baseName.png} and {@code baseName.svg}
   * into {@code dir}.
   *
   * @param nodes the services, with distinct ids
   * @param edges edges between ids of {@code nodes}, from a dependency to its dependent
   * @param dir an existing directory
   * @param baseName file name without extension, without path separators
   * @return the file names written, relative to {@code dir}: the PNG, then the SVG
   * @throws IllegalArgumentException if ids repeat, an edge names an unknown node or {@code
   *     baseName} is not a plain file name; every problem of the graph is listed
   * @throws FontsUnavailableException if no font can be loaded; nothing is written then
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeDependencyGraph(
      List<GraphNode> nodes, List<GraphEdge> edges, Path dir, String baseName) throws IOException {
    return writeDependencyGraph(nodes, edges, dir, baseName, FontCheck.SYSTEM);
  }

  /** Writes the graph after the given font check, which tests replace to simulate no fonts. */
  static List<Path> writeDependencyGraph(
      List<GraphNode> nodes, List<GraphEdge> edges, Path dir, String baseName, FontCheck fontCheck)
      throws IOException {
    GraphInput graph = GraphInput.of(nodes, edges);
    return FigureFiles.write(() -> GraphDrawing.of(graph), dir, baseName, fontCheck);
  }

  /**
   * Returns a Mermaid flowchart (without the ``` fences) of the same graph, for the Markdown
   * report. Ids appear only in quoted labels, with Mermaid's special characters written as entity
   * codes, so any id is safe.
   *
   * @param nodes the services, with distinct ids
   * @param edges edges between ids of {@code nodes}, from a dependency to its dependent
   * @return the flowchart's lines, each ending in a line feed
   * @throws IllegalArgumentException if ids repeat or an edge names an unknown node
   */
  public static String mermaid(List<GraphNode> nodes, List<GraphEdge> edges) {
    return MermaidFlowchart.of(GraphInput.of(nodes, edges));
  }

  /**
   * Downsamples a series to at most maxPoints points, keeping each bucket's extremes so peaks
   * survive.
   *
   * @param series the series to thin out
   * @param maxPoints maximum number of points of the result, at least 6
   * @return {@code series} itself if it has at most {@code maxPoints} points, otherwise a series of
   *     a subset of its points
   * @throws IllegalArgumentException if {@code maxPoints} is below 6
   */
  public static ServiceSeries downsample(ServiceSeries series, int maxPoints) {
    return Downsampling.downsample(series, maxPoints);
  }
}
