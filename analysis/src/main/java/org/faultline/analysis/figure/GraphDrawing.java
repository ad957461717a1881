package org.faultline.analysis.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The dependency graph drawn with Java2D: layers from left to right as {@link GraphLayout} orders
 * them, services as rounded boxes coloured by state, arrows from each dependency to its dependent,
 * and a legend below.
 *
 * <p>An edge between layers runs as a horizontal S-curve from the right side of the dependency to
 * the left side of the dependent. An edge that skips layers runs straight across each skipped
 * column at its waypoint's slot, with S-curves between, so it passes no service's box. Only a
 * dependency cycle produces an edge within a layer, and such an edge bows out of the column. It
 * bows to the right when it points down and to the left when it points up, so the two directions of
 * a cycle of two stay apart. A service that depends on itself gets a small loop at its top right
 * corner.
 *
 * <p>Instances are immutable once built.
 */
final class GraphDrawing implements Drawing {

  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  /** Antialiased, fractional metrics: the hints {@link FigureFiles} renders with. */
  private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

  private static final double MARGIN = 20;
  private static final double BOX_PADDING_X = 12;
  private static final double BOX_HEIGHT = 32;
  private static final double MIN_BOX_WIDTH = 60;
  private static final double BOX_ARC = 12;
  private static final double COLUMN_GAP = 100;
  private static final double ROW_GAP = 22;

  /** Height of the slot an edge takes in a layer it skips. */
  private static final double WAYPOINT_HEIGHT = 8;

  private static final double ARROW_LENGTH = 9;
  private static final double ARROW_HALF_WIDTH = 4.5;

  /** Degradation edges are thicker, so their arrowheads are scaled up by this factor. */
  private static final double THICK_ARROW_SCALE = 1.4;

  private static final double MIN_BOW = 18;
  private static final double BOW_PER_PIXEL = 0.3;

  /** Keeps bows of neighbouring columns from meeting in the gap between them. */
  private static final double MAX_BOW = 50;

  private static final double SELF_LOOP_SIZE = 24;

  private static final double LEGEND_GAP = 28;
  private static final double LEGEND_MIN_WIDTH = 560;
  private static final double SWATCH_WIDTH = 30;
  private static final double SWATCH_HEIGHT = 16;
  private static final double SWATCH_TEXT_GAP = 6;
  private static final double LEGEND_ITEM_GAP = 20;
  private static final double LEGEND_ROW_HEIGHT = 24;

  private final GraphInput graph;
  private final List<Rectangle2D> boxes;
  private final List<EdgeShape> edges;
  private final List<LegendItem> legend;
  private final double offsetX;
  private final double offsetY;
  private final int width;
  private final int height;

  private GraphDrawing(
      GraphInput graph,
      List<Rectangle2D> boxes,
      List<EdgeShape> edges,
      List<LegendItem> legend,
      Rectangle2D bounds) {
    this.graph = graph;
    this.boxes = boxes;
    this.edges = edges;
    this.legend = legend;
    this.offsetX = MARGIN - bounds.getMinX();
    this.offsetY = MARGIN - bounds.getMinY();
    this.width = (int) Math.ceil(bounds.getWidth() + 2 * MARGIN);
    this.height = (int) Math.ceil(bounds.getHeight() + 2 * MARGIN);
  }

  /** Lays out the graph and measures its labels, so it needs a loadable font. */
  static GraphDrawing of(GraphInput graph) {
    GraphLayout layout = GraphLayout.of(graph.nodeCount(), graph.sources(), graph.targets());
    List<Rectangle2D> slots = placeSlots(graph, layout);
    List<Rectangle2D> boxes = slots.subList(0, graph.nodeCount());
    List<EdgeShape> edges = routeEdges(graph, layout, slots);

    Rectangle2D bounds = new Rectangle2D.Double();
    boxes.forEach(box -> Rectangle2D.union(bounds, box, bounds));
    edges.forEach(edge -> Rectangle2D.union(bounds, edge.bounds(), bounds));

    double legendWidth = Math.max(bounds.getWidth(), LEGEND_MIN_WIDTH);
    List<LegendItem> legend =
        LegendItem.layOut(bounds.getMinX(), bounds.getMaxY() + LEGEND_GAP, legendWidth);
    legend.forEach(item -> Rectangle2D.union(bounds, item.bounds(), bounds));
    return new GraphDrawing(graph, boxes, edges, legend, bounds);
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  /** Returns the box of a node in drawing coordinates. */
  Rectangle2D box(int node) {
    Rectangle2D box = boxes.get(node);
    return new Rectangle2D.Double(
        box.getX() + offsetX, box.getY() + offsetY, box.getWidth(), box.getHeight());
  }

  /** Returns the line of an edge, without its arrowhead, in drawing coordinates. */
  Shape edgeLine(int edge) {
    return AffineTransform.getTranslateInstance(offsetX, offsetY)
        .createTransformedShape(edges.get(edge).curve());
  }

  @Override
  public void paint(Graphics2D g, UnaryOperator<String> text) {
    AffineTransform saved = g.getTransform();
    g.translate(offsetX, offsetY);
    // Degradation edges go last so that no plain edge covers them.
    for (EdgeShape edge : edges) {
      if (!edge.degradation()) {
        edge.paint(g);
      }
    }
    for (EdgeShape edge : edges) {
      if (edge.degradation()) {
        edge.paint(g);
      }
    }
    for (int v = 0; v < graph.nodeCount(); v++) {
      GraphNode node = graph.nodes().get(v);
      paintNode(g, boxes.get(v), node.state(), node.hitByStressor(), node.id(), text);
    }
    for (LegendItem item : legend) {
      item.paint(g, text);
    }
    g.setTransform(saved);
  }

  /**
   * Places every slot: a service's box, or for a waypoint a flat band across its column, where the
   * edge runs straight.
   */
  private static List<Rectangle2D> placeSlots(GraphInput graph, GraphLayout layout) {
    double[] boxWidths = new double[graph.nodeCount()];
    for (int v = 0; v < graph.nodeCount(); v++) {
      double textWidth =
          LABEL_FONT.getStringBounds(graph.nodes().get(v).id(), MEASURING).getWidth();
      boxWidths[v] = Math.max(MIN_BOX_WIDTH, Math.ceil(textWidth + 2 * BOX_PADDING_X));
    }

    double graphHeight = 0;
    for (int layer = 0; layer < layout.layerCount(); layer++) {
      graphHeight = Math.max(graphHeight, columnHeight(layout, layer));
    }

    int slotCount = 0;
    for (int layer = 0; layer < layout.layerCount(); layer++) {
      slotCount += layout.column(layer).size();
    }
    Rectangle2D[] slots = new Rectangle2D[slotCount];

    double columnX = 0;
    for (int layer = 0; layer < layout.layerCount(); layer++) {
      List<Integer> column = layout.column(layer);
      double columnWidth = 0;
      for (int slot : column) {
        if (slot < graph.nodeCount()) {
          columnWidth = Math.max(columnWidth, boxWidths[slot]);
        }
      }
      double y = (graphHeight - columnHeight(layout, layer)) / 2;
      for (int slot : column) {
        if (slot < graph.nodeCount()) {
          double x = columnX + (columnWidth - boxWidths[slot]) / 2;
          slots[slot] = new Rectangle2D.Double(x, y, boxWidths[slot], BOX_HEIGHT);
        } else {
          slots[slot] = new Rectangle2D.Double(columnX, y, columnWidth, WAYPOINT_HEIGHT);
        }
        y += slots[slot].getHeight() + ROW_GAP;
      }
      columnX += columnWidth + COLUMN_GAP;
    }
    return List.of(slots);
  }

  private static double columnHeight(GraphLayout layout, int layer) {
    List<Integer> column = layout.column(layer);
    double height = -ROW_GAP;
    for (int slot : column) {
      height += (slot < layout.nodeCount() ? BOX_HEIGHT : WAYPOINT_HEIGHT) + ROW_GAP;
    }
    return Math.max(0, height);
  }

  private static List<EdgeShape> routeEdges(
      GraphInput graph, GraphLayout layout, List<Rectangle2D> slots) {
    List<EdgeShape> shapes = new ArrayList<>();
    for (int e = 0; e < graph.edgeCount(); e++) {
      int from = graph.sources()[e];
      int to = graph.targets()[e];
      boolean degradation = graph.edges().get(e).carriedDegradation();
      double arrowScale = degradation ? THICK_ARROW_SCALE : 1;
      Route route;
      if (from == to) {
        route = selfLoop(slots.get(from), arrowScale);
      } else if (layout.layerOf(from) == layout.layerOf(to)) {
        route =
            withinLayer(
                slots.get(from),
                slots.get(to),
                columnBounds(layout, slots, layout.layerOf(from)),
                layout.positionOf(from) < layout.positionOf(to),
                arrowScale);
      } else {
        List<Rectangle2D> waypoints = new ArrayList<>();
        for (int slot : layout.waypoints(e)) {
          waypoints.add(slots.get(slot));
        }
        route = betweenLayers(slots.get(from), waypoints, slots.get(to), arrowScale);
      }
      shapes.add(
          new EdgeShape(
              route.curve(), arrowHead(route.tip(), route.direction(), arrowScale), degradation));
    }
    return shapes;
  }

  private static Rectangle2D columnBounds(GraphLayout layout, List<Rectangle2D> slots, int layer) {
    Rectangle2D bounds = null;
    for (int slot : layout.column(layer)) {
      bounds =
          bounds == null
              ? (Rectangle2D) slots.get(slot).clone()
              : bounds.createUnion(slots.get(slot));
    }
    return bounds;
  }

  /**
   * Routes S-curves from the right side of {@code from} through each waypoint band, straight across
   * it, to the left side of {@code to}.
   */
  private static Route betweenLayers(
      Rectangle2D from, List<Rectangle2D> waypoints, Rectangle2D to, double arrowScale) {
    Path2D curve = new Path2D.Double();
    curve.moveTo(from.getMaxX(), from.getCenterY());
    for (Rectangle2D band : waypoints) {
      sCurveTo(curve, band.getMinX(), band.getCenterY());
      curve.lineTo(band.getMaxX(), band.getCenterY());
    }
    Point2D tip = new Point2D.Double(to.getMinX(), to.getCenterY());
    sCurveTo(curve, tip.getX() - ARROW_LENGTH * arrowScale, tip.getY());
    return new Route(curve, tip, new Point2D.Double(1, 0));
  }

  /** Appends a curve that leaves and arrives horizontally. */
  private static void sCurveTo(Path2D curve, double x, double y) {
    Point2D start = curve.getCurrentPoint();
    double middleX = (start.getX() + x) / 2;
    curve.curveTo(middleX, start.getY(), middleX, y, x, y);
  }

  /** Routes a bow outside the column, on the right going down and on the left going up. */
  private static Route withinLayer(
      Rectangle2D from, Rectangle2D to, Rectangle2D column, boolean downwards, double arrowScale) {
    double side = downwards ? 1 : -1;
    double bow = Math.min(MAX_BOW, MIN_BOW + BOW_PER_PIXEL * Math.abs(to.getY() - from.getY()));
    double startX = downwards ? from.getMaxX() : from.getMinX();
    double tipX = downwards ? to.getMaxX() : to.getMinX();
    double outerX = (downwards ? column.getMaxX() : column.getMinX()) + side * bow;
    double endX = tipX + side * ARROW_LENGTH * arrowScale;
    Path2D curve = new Path2D.Double();
    curve.moveTo(startX, from.getCenterY());
    curve.curveTo(outerX, from.getCenterY(), outerX, to.getCenterY(), endX, to.getCenterY());
    return new Route(
        curve, new Point2D.Double(tipX, to.getCenterY()), new Point2D.Double(-side, 0));
  }

  /** Routes a loop from the top of the box to its right side. */
  private static Route selfLoop(Rectangle2D box, double arrowScale) {
    double startX = box.getMaxX() - SELF_LOOP_SIZE / 2;
    double endX = box.getMaxX() + ARROW_LENGTH * arrowScale;
    Path2D curve = new Path2D.Double();
    curve.moveTo(startX, box.getMinY());
    curve.curveTo(
        startX,
        box.getMinY() - SELF_LOOP_SIZE,
        box.getMaxX() + SELF_LOOP_SIZE,
        box.getCenterY(),
        endX,
        box.getCenterY());
    return new Route(
        curve, new Point2D.Double(box.getMaxX(), box.getCenterY()), new Point2D.Double(-1, 0));
  }

  /** Returns a triangle with its tip at {@code tip}, pointing along the unit vector. */
  private static Shape arrowHead(Point2D tip, Point2D direction, double scale) {
    double length = ARROW_LENGTH * scale;
    double halfWidth = ARROW_HALF_WIDTH * scale;
    double baseX = tip.getX() - direction.getX() * length;
    double baseY = tip.getY() - direction.getY() * length;
    Path2D head = new Path2D.Double();
    head.moveTo(tip.getX(), tip.getY());
    head.lineTo(baseX - direction.getY() * halfWidth, baseY + direction.getX() * halfWidth);
    head.lineTo(baseX + direction.getY() * halfWidth, baseY - direction.getX() * halfWidth);
    head.closePath();
    return head;
  }

  static void paintNode(
      Graphics2D g,
      Rectangle2D box,
      NodeState state,
      boolean hit,
      String label,
      UnaryOperator<String> text) {
    Shape shape =
        new RoundRectangle2D.Double(
            box.getX(), box.getY(), box.getWidth(), box.getHeight(), BOX_ARC, BOX_ARC);
    g.setColor(GraphStyle.fill(state));
    g.fill(shape);
    g.setColor(hit ? GraphStyle.HIT_OUTLINE : GraphStyle.outline(state));
    g.setStroke(hit ? hitOutlineStroke() : new BasicStroke(1f));
    g.draw(shape);

    if (!label.isEmpty()) {
      g.setFont(LABEL_FONT);
      g.setColor(GraphStyle.TEXT);
      drawCentred(g, label, box, text);
    }
  }

  private static void drawCentred(
      Graphics2D g, String label, Rectangle2D box, UnaryOperator<String> text) {
    double textWidth = LABEL_FONT.getStringBounds(label, MEASURING).getWidth();
    LineMetrics metrics = LABEL_FONT.getLineMetrics(label, MEASURING);
    double x = box.getCenterX() - textWidth / 2;
    double baseline = box.getCenterY() + (metrics.getAscent() - metrics.getDescent()) / 2;
    g.drawString(text.apply(label), (float) x, (float) baseline);
  }

  static Stroke hitOutlineStroke() {
    return new BasicStroke(
        GraphStyle.HIT_OUTLINE_WIDTH,
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND,
        10f,
        GraphStyle.HIT_OUTLINE_DASH,
        0f);
  }

  static Stroke edgeStroke(boolean degradation) {
    return new BasicStroke(
        degradation ? GraphStyle.DEGRADATION_EDGE_WIDTH : GraphStyle.EDGE_WIDTH,
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND);
  }

  static Color edgeColour(boolean degradation) {
    return degradation ? GraphStyle.DEGRADATION_EDGE : GraphStyle.EDGE;
  }

  /** A curve ending at the base of its arrowhead, the arrowhead's tip and its unit direction. */
  private record Route(Shape curve, Point2D tip, Point2D direction) {}

  /** A routed edge, ready to paint. */
  private record EdgeShape(Shape curve, Shape arrowHead, boolean degradation) {

    Rectangle2D bounds() {
      return curve.getBounds2D().createUnion(arrowHead.getBounds2D());
    }

    void paint(Graphics2D g) {
      g.setColor(edgeColour(degradation));
      g.setStroke(edgeStroke(degradation));
      g.draw(curve);
      g.fill(arrowHead);
    }
  }

  /** One entry of the legend: a swatch and its caption, placed in drawing coordinates. */
  private record LegendItem(
      Swatch swatch,
      String caption,
      Rectangle2D swatchBox,
      double textX,
      double baseline,
      Rectangle2D bounds) {

    /** Places every entry in rows from {@code (left, top)}, wrapping at {@code maxWidth}. */
    static List<LegendItem> layOut(double left, double top, double maxWidth) {
      LineMetrics metrics = LEGEND_FONT.getLineMetrics("Ag", MEASURING);
      List<LegendItem> items = new ArrayList<>();
      double x = left;
      double y = top;
      for (Swatch swatch : Swatch.values()) {
        double textWidth = LEGEND_FONT.getStringBounds(swatch.caption, MEASURING).getWidth();
        double itemWidth = SWATCH_WIDTH + SWATCH_TEXT_GAP + textWidth;
        if (x > left && x + itemWidth > left + maxWidth) {
          x = left;
          y += LEGEND_ROW_HEIGHT;
        }
        Rectangle2D swatchBox = new Rectangle2D.Double(x, y, SWATCH_WIDTH, SWATCH_HEIGHT);
        double baseline = y + SWATCH_HEIGHT / 2 + (metrics.getAscent() - metrics.getDescent()) / 2;
        Rectangle2D bounds = new Rectangle2D.Double(x, y, itemWidth, SWATCH_HEIGHT);
        items.add(
            new LegendItem(
                swatch,
                swatch.caption,
                swatchBox,
                x + SWATCH_WIDTH + SWATCH_TEXT_GAP,
                baseline,
                bounds));
        x += itemWidth + LEGEND_ITEM_GAP;
      }
      return items;
    }

    void paint(Graphics2D g, UnaryOperator<String> text) {
      swatch.paint(g, swatchBox);
      g.setFont(LEGEND_FONT);
      g.setColor(GraphStyle.TEXT);
      g.drawString(text.apply(caption), (float) textX, (float) baseline);
    }
  }

  /** The kind of legend entry, with its caption and how its swatch is painted. */
  private enum Swatch {
    NORMAL("normal"),
    OVERLOADED("overloaded"),
    FAILED("failed"),
    HIT("hit by a stressor"),
    EDGE("dependency, arrow to the dependent"),
    DEGRADATION("carried degradation");

    private final String caption;

    Swatch(String caption) {
      this.caption = caption;
    }

    void paint(Graphics2D g, Rectangle2D box) {
      switch (this) {
        case NORMAL -> paintNode(g, box, NodeState.NORMAL, false, "", UnaryOperator.identity());
        case OVERLOADED ->
            paintNode(g, box, NodeState.OVERLOADED, false, "", UnaryOperator.identity());
        case FAILED -> paintNode(g, box, NodeState.FAILED, false, "", UnaryOperator.identity());
        case HIT -> paintNode(g, box, NodeState.NORMAL, true, "", UnaryOperator.identity());
        case EDGE -> paintLine(g, box, false);
        case DEGRADATION -> paintLine(g, box, true);
      }
    }

    private static void paintLine(Graphics2D g, Rectangle2D box, boolean degradation) {
      double scale = degradation ? THICK_ARROW_SCALE : 1;
      Point2D tip = new Point2D.Double(box.getMaxX(), box.getCenterY());
      g.setColor(edgeColour(degradation));
      g.setStroke(edgeStroke(degradation));
      g.draw(
          new Line2D.Double(
              box.getMinX(),
              box.getCenterY(),
              box.getMaxX() - ARROW_LENGTH * scale,
              box.getCenterY()));
      g.fill(arrowHead(tip, new Point2D.Double(1, 0), scale));
    }
  }
}
