package org.faultline.analysis.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The timeline drawn with JFreeChart: stress above resource, both over one time axis, every service
 * as a step line in the same colour in both plots, stressor periods as shaded bands and
 * interventions as dashed vertical lines.
 *
 * <p>A step line keeps each value until the next point, because a service's state after an event
 * lasts until the next event, and the last value is held up to the end of the time axis. The time
 * axis runs from 0 to the horizon, or further if a point, period or intervention lies beyond it.
 * Period labels sit at the top of the stress plot and intervention labels at the top of the
 * resource plot, each staggered over a few rows so that neighbours overlap less. Every label is
 * text in the SVG except the two rotated axis labels, which JFreeChart 1.5 draws as glyph outlines
 * by default.
 *
 * <p>The chart is rebuilt for each target, so instances are immutable once built.
 */
final class TimelineChart implements Drawing {

  static final int WIDTH = 1200;
  static final int HEIGHT = 800;

  /** Tableau 10, distinct hues in a fixed order; colours repeat after ten services. */
  private static final Color[] SERVICE_COLOURS = {
    new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
    new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
    new Color(0x9C755F), new Color(0xBAB0AC)
  };

  /** Dash patterns by round of colours: solid for the first ten services, then dashed. */
  private static final float[][] SERVICE_DASHES = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};

  private static final Color[] PERIOD_COLOURS = {
    new Color(0xA0CBE8),
    new Color(0xFFBE7D),
    new Color(0x8CD17D),
    new Color(0xD4A6C8),
    new Color(0xD7B5A6)
  };

  /** Opacity of a band's fill, applied to the colour so that the label stays opaque. */
  private static final int PERIOD_FILL_ALPHA = 90;

  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);
  private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
  private static final Color INTERVENTION_COLOUR = new Color(0x2F4858);
  private static final Color GRID_COLOUR = new Color(0xDDDDDD);

  /** Room on the right for the last tick label, which is centred on the end of the axis. */
  private static final RectangleInsets CHART_PADDING = new RectangleInsets(4, 4, 4, 20);

  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final float LINE_WIDTH = 1.5f;
  private static final double LABEL_ROW_HEIGHT = 14;
  private static final int PERIOD_LABEL_ROWS = 3;
  private static final int INTERVENTION_LABEL_ROWS = 4;

  private final TimelineFigure figure;
  private final long domainEnd;

  TimelineChart(TimelineFigure figure) {
    this.figure = figure;
    this.domainEnd = domainEnd(figure);
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return HEIGHT;
  }

  @Override
  public void paint(Graphics2D g, UnaryOperator<String> text) {
    chart(text).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
  }

  /** Builds the chart with every title, label and series name passed through {@code text}. */
  JFreeChart chart(UnaryOperator<String> text) {
    NumberAxis timeAxis = new NumberAxis(text.apply("time (" + figure.timeUnit() + ")"));
    timeAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    timeAxis.setRange(0, Math.max(domainEnd, 1));
    styleAxis(timeAxis);

    XYPlot stressPlot = subplot(text, Quantity.STRESS, /* inLegend= */ true);
    XYPlot resourcePlot = subplot(text, Quantity.RESOURCE, /* inLegend= */ false);
    addPeriods(stressPlot, resourcePlot, text);
    addInterventions(stressPlot, resourcePlot, text);

    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(timeAxis);
    plot.setGap(12);
    plot.add(stressPlot, 1);
    plot.add(resourcePlot, 1);

    JFreeChart chart = new JFreeChart(text.apply(figure.title()), TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(CHART_PADDING);
    chart.getLegend().setItemFont(SMALL_FONT);
    chart.getTitle().setPaint(Color.BLACK);
    return chart;
  }

  private XYPlot subplot(UnaryOperator<String> text, Quantity quantity, boolean inLegend) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer =
        new XYLineAndShapeRenderer(/* lines= */ true, /* shapes= */ false);
    // One path per series keeps the SVG small. XYStepRenderer draws a line element per step,
    // which took about 250 bytes each in JFreeSVG 5.0.7 output.
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setDefaultSeriesVisibleInLegend(inLegend);
    List<ServiceSeries> series = figure.series();
    for (int s = 0; s < series.size(); s++) {
      ServiceSeries service = series.get(s);
      dataset.addSeries(steps(s, text.apply(service.service()), service, quantity));
      renderer.setSeriesPaint(s, SERVICE_COLOURS[s % SERVICE_COLOURS.length]);
      renderer.setSeriesStroke(s, serviceStroke(s));
    }

    NumberAxis valueAxis = new NumberAxis(text.apply(quantity.label));
    valueAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    valueAxis.setAutoRangeIncludesZero(true);
    styleAxis(valueAxis);

    XYPlot plot = new XYPlot(dataset, null, valueAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID_COLOUR);
    plot.setRangeGridlinePaint(GRID_COLOUR);
    plot.setOutlinePaint(Color.GRAY);
    return plot;
  }

  /**
   * Returns one quantity of a service as the corners of a step line: each value is repeated at the
   * next point's time before the value changes, and the last value is held to the axis end.
   */
  private XYSeries steps(int index, String label, ServiceSeries service, Quantity quantity) {
    long[] times = service.times();
    double[] values = quantity == Quantity.STRESS ? service.stress() : service.resource();
    XYSeries steps =
        new XYSeries(
            new SeriesKey(index, label), /* autoSort= */ false, /* allowDuplicateXValues= */ true);
    for (int i = 0; i < times.length; i++) {
      if (i > 0) {
        steps.add(times[i], values[i - 1], false);
      }
      steps.add(times[i], values[i], false);
    }
    if (times.length > 0 && times[times.length - 1] < domainEnd) {
      steps.add(domainEnd, values[values.length - 1], false);
    }
    return steps;
  }

  /**
   * Shades each period in both plots and labels it in the first. The label is a separate, unfilled
   * marker in the foreground, so no service line covers it.
   */
  private void addPeriods(XYPlot labelled, XYPlot unlabelled, UnaryOperator<String> text) {
    List<Period> periods = figure.stressorPeriods();
    for (int p = 0; p < periods.size(); p++) {
      Period period = periods.get(p);
      Color colour = PERIOD_COLOURS[p % PERIOD_COLOURS.length];
      labelled.addDomainMarker(band(period, colour), Layer.BACKGROUND);
      unlabelled.addDomainMarker(band(period, colour), Layer.BACKGROUND);

      IntervalMarker label = new IntervalMarker(period.start(), period.end());
      label.setPaint(TRANSPARENT);
      label.setOutlinePaint(null);
      label.setLabel(text.apply(period.label()));
      label.setLabelFont(SMALL_FONT);
      label.setLabelPaint(Color.BLACK);
      label.setLabelBackgroundColor(LABEL_BACKGROUND);
      label.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      label.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      label.setLabelOffset(labelOffset(p % PERIOD_LABEL_ROWS));
      labelled.addDomainMarker(label, Layer.FOREGROUND);
    }
  }

  /** Returns a shaded band; its outline keeps a period of a single tick visible as a line. */
  private static IntervalMarker band(Period period, Color colour) {
    IntervalMarker band = new IntervalMarker(period.start(), period.end());
    band.setPaint(
        new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), PERIOD_FILL_ALPHA));
    band.setOutlinePaint(colour.darker());
    band.setOutlineStroke(new BasicStroke(1f));
    return band;
  }

  private void addInterventions(XYPlot unlabelled, XYPlot labelled, UnaryOperator<String> text) {
    List<Marker> interventions = figure.interventions();
    for (int m = 0; m < interventions.size(); m++) {
      Marker intervention = interventions.get(m);
      ValueMarker line = interventionLine(intervention);
      line.setLabel(text.apply(intervention.label()));
      line.setLabelFont(SMALL_FONT);
      line.setLabelPaint(INTERVENTION_COLOUR);
      line.setLabelBackgroundColor(LABEL_BACKGROUND);
      line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      line.setLabelOffset(labelOffset(m % INTERVENTION_LABEL_ROWS));
      labelled.addDomainMarker(line, Layer.FOREGROUND);
      unlabelled.addDomainMarker(interventionLine(intervention), Layer.FOREGROUND);
    }
  }

  private static ValueMarker interventionLine(Marker intervention) {
    ValueMarker line = new ValueMarker(intervention.time());
    line.setPaint(INTERVENTION_COLOUR);
    line.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    return line;
  }

  private static RectangleInsets labelOffset(int row) {
    return new RectangleInsets(3 + row * LABEL_ROW_HEIGHT, 4, 3, 4);
  }

  private static BasicStroke serviceStroke(int index) {
    float[] dash = SERVICE_DASHES[(index / SERVICE_COLOURS.length) % SERVICE_DASHES.length];
    return dash == null
        ? new BasicStroke(LINE_WIDTH)
        : new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
  }

  private static void styleAxis(NumberAxis axis) {
    axis.setLabelFont(AXIS_FONT);
    axis.setTickLabelFont(SMALL_FONT);
  }

  private static long domainEnd(TimelineFigure figure) {
    long end = figure.horizon();
    for (ServiceSeries series : figure.series()) {
      long[] times = series.times();
      if (times.length > 0) {
        end = Math.max(end, times[times.length - 1]);
      }
    }
    for (Period period : figure.stressorPeriods()) {
      end = Math.max(end, period.end());
    }
    for (Marker intervention : figure.interventions()) {
      end = Math.max(end, intervention.time());
    }
    return end;
  }

  /** The quantity a subplot shows, with its axis label. */
  private enum Quantity {
    STRESS("stress"),
    RESOURCE("resource");

    private final String label;

    Quantity(String label) {
      this.label = label;
    }
  }

  /**
   * A series key that shows only the service id but keeps series apart by index, since two ids can
   * become equal once {@link SvgText} replaces characters XML forbids.
   */
  private record SeriesKey(int index, String label) implements Comparable<SeriesKey> {

    @Override
    public int compareTo(SeriesKey other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
