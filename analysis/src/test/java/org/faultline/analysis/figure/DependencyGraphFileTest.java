package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class DependencyGraphFileTest {

  @TempDir Path dir;

  @BeforeAll
  static void requireFonts() {
    Fonts.assumeAvailable();
  }

  @Test
  void writeDependencyGraph_validGraph_returnsPngAndSvgNames() throws IOException {
    List<Path> written =
        Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), dir, "graph");

    assertThat(written).containsExactly(Path.of("graph.png"), Path.of("graph.svg"));
  }

  @Test
  void writeDependencyGraph_validGraph_pngDecodesAtSvgSize() throws IOException {
    Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), dir, "graph");

    BufferedImage image = ImageIO.read(dir.resolve("graph.png").toFile());
    Element svg = SvgFiles.parse(dir.resolve("graph.svg")).getDocumentElement();
    assertThat(image.getWidth()).isEqualTo(Integer.parseInt(svg.getAttribute("width")));
    assertThat(image.getHeight()).isEqualTo(Integer.parseInt(svg.getAttribute("height")));
  }

  @Test
  void writeDependencyGraph_validGraph_pngDecodesAtLayoutSize() throws IOException {
    Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), dir, "graph");

    BufferedImage image = ImageIO.read(dir.resolve("graph.png").toFile());
    GraphDrawing drawing = GraphDrawing.of(GraphInput.of(Samples.nodes(), Samples.edges()));
    assertThat(image.getWidth()).isEqualTo(drawing.width());
    assertThat(image.getHeight()).isEqualTo(drawing.height());
  }

  @Test
  void writeDependencyGraph_validGraph_svgContainsEveryServiceId() throws IOException {
    Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), dir, "graph");

    assertThat(SvgFiles.texts(dir.resolve("graph.svg"))).containsAll(Samples.SERVICES);
  }

  @Test
  void writeDependencyGraph_validGraph_svgContainsLegend() throws IOException {
    Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), dir, "graph");

    assertThat(SvgFiles.texts(dir.resolve("graph.svg")))
        .contains(
            "normal",
            "overloaded",
            "failed",
            "hit by a stressor",
            "dependency, arrow to the dependent",
            "carried degradation");
  }

  @Test
  void writeDependencyGraph_sameInput_identicalSvgBytes() throws IOException {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));

    Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), first, "graph");
    Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), second, "graph");

    assertThat(Files.readAllBytes(second.resolve("graph.svg")))
        .isEqualTo(Files.readAllBytes(first.resolve("graph.svg")));
  }

  @Test
  void writeDependencyGraph_emptyGraph_writesLegendOnly() throws IOException {
    Figures.writeDependencyGraph(List.of(), List.of(), dir, "graph");

    assertThat(SvgFiles.texts(dir.resolve("graph.svg"))).hasSize(6);
  }

  @Test
  void layout_dependencies_leftOfDependents() {
    GraphDrawing drawing = GraphDrawing.of(GraphInput.of(Samples.nodes(), Samples.edges()));

    // power (0) -> island (3) -> entity lookalike (4)
    assertThat(drawing.box(0).getMaxX()).isLessThan(drawing.box(3).getMinX());
    assertThat(drawing.box(3).getMaxX()).isLessThan(drawing.box(4).getMinX());
  }

  @Test
  void layout_boxes_doNotOverlap() {
    GraphDrawing drawing = GraphDrawing.of(GraphInput.of(Samples.nodes(), Samples.edges()));

    for (int a = 0; a < Samples.nodes().size(); a++) {
      for (int b = a + 1; b < Samples.nodes().size(); b++) {
        assertThat(drawing.box(a).intersects(drawing.box(b))).as("boxes %d and %d", a, b).isFalse();
      }
    }
  }

  @Test
  void layout_boxes_insideCanvas() {
    GraphDrawing drawing = GraphDrawing.of(GraphInput.of(Samples.nodes(), Samples.edges()));

    for (int v = 0; v < Samples.nodes().size(); v++) {
      assertThat(new Rectangle(drawing.width(), drawing.height()).contains(drawing.box(v)))
          .as("box %d", v)
          .isTrue();
    }
  }

  @Test
  void layout_edgeSkippingLayer_passesNoBox() {
    // power -> water -> hospital, and power -> hospital skips the layer of water.
    List<GraphNode> nodes =
        List.of(
            new GraphNode("power", NodeState.NORMAL, false),
            new GraphNode("water", NodeState.NORMAL, false),
            new GraphNode("hospital", NodeState.NORMAL, false));
    List<GraphEdge> edges =
        List.of(
            new GraphEdge("power", "water", false),
            new GraphEdge("water", "hospital", false),
            new GraphEdge("power", "hospital", true));

    GraphDrawing drawing = GraphDrawing.of(GraphInput.of(nodes, edges));

    Shape stroked =
        new BasicStroke(GraphStyle.DEGRADATION_EDGE_WIDTH).createStrokedShape(drawing.edgeLine(2));
    assertThat(stroked.intersects(drawing.box(1))).isFalse();
  }

  @Test
  void writeDependencyGraph_unknownNode_throwsBeforeWriting() {
    List<GraphEdge> edges = List.of(new GraphEdge("power", "cache", false));

    assertThatThrownBy(() -> Figures.writeDependencyGraph(List.of(), edges, dir, "graph"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dependency \"power\" is not a node");
  }

  @Test
  void writeDependencyGraph_baseNameWithSeparator_throws() {
    assertThatThrownBy(
            () -> Figures.writeDependencyGraph(Samples.nodes(), Samples.edges(), dir, "../graph"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "base name \"../graph\" is not a file name; expected a non-empty name without"
                + " / or \\, such as \"timeline\"");
  }
}
