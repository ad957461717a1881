package org.faultline.analysis.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Renders a {@link Drawing} to PNG and SVG and writes both files.
 *
 * <p>Both images are rendered in memory before anything is written, and each file is written to a
 * hidden temporary sibling that is then moved into place, so a failed rendering leaves no file and
 * a failed write leaves no partial file under the final name.
 */
final class FigureFiles {

  /** The prefix of SVG clip-path ids, fixed because JFreeSVG's default contains the clock. */
  private static final String SVG_ID_PREFIX = "fig";

  /** Decimal places of SVG coordinates: a hundredth of a pixel. */
  private static final int SVG_DECIMALS = 2;

  /** Keeps the PNG's raster, four bytes per pixel, within 128 MiB for very large graphs. */
  static final long MAX_PNG_PIXELS = 32L * 1024 * 1024;

  private FigureFiles() {}

  /**
   * Checks the fonts, builds the drawing, which may measure text, and writes it as {@code
   * baseName.png} and {@code baseName.svg}.
   */
  static List<Path> write(
      Supplier<Drawing> drawingBuilder, Path dir, String baseName, FontCheck fontCheck)
      throws IOException {
    Objects.requireNonNull(dir, "dir");
    checkBaseName(baseName);
    checkFonts(fontCheck);

    Drawing drawing = drawingBuilder.get();
    byte[] png = renderPng(drawing);
    byte[] svg = renderSvg(drawing).getBytes(StandardCharsets.UTF_8);

    Path pngName = Path.of(baseName + ".png");
    Path svgName = Path.of(baseName + ".svg");
    writeAtomically(dir.resolve(pngName), png);
    writeAtomically(dir.resolve(svgName), svg);
    return List.of(pngName, svgName);
  }

  /** Renders the PNG, scaled down by {@link #pngScale} if the drawing is very large. */
  static byte[] renderPng(Drawing drawing) throws IOException {
    double scale = pngScale(drawing.width(), drawing.height());
    BufferedImage image =
        new BufferedImage(
            Math.max(1, (int) Math.floor(drawing.width() * scale)),
            Math.max(1, (int) Math.floor(drawing.height() * scale)),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      prepare(g, drawing);
      drawing.paint(g, UnaryOperator.identity());
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("cannot encode PNG: ImageIO has no PNG writer");
    }
    return out.toByteArray();
  }

  /** Returns 1, or less if the drawing has more than {@link #MAX_PNG_PIXELS} pixels. */
  static double pngScale(int width, int height) {
    double pixels = (double) width * height;
    return pixels <= MAX_PNG_PIXELS ? 1 : Math.sqrt(MAX_PNG_PIXELS / pixels);
  }

  static String renderSvg(Drawing drawing) {
    SVGGraphics2D g = new SVGGraphics2D(drawing.width(), drawing.height());
    g.setDefsKeyPrefix(SVG_ID_PREFIX);
    g.setGeomDoubleConverter(SVGUtils.createDoubleConverter(SVG_DECIMALS));
    prepare(g, drawing);
    drawing.paint(g, SvgText::prepare);
    ViewBox viewBox = new ViewBox(0, 0, drawing.width(), drawing.height());
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + g.getSVGElement(null, true, viewBox, null, null)
        + "\n";
  }

  private static void prepare(Graphics2D g, Drawing drawing) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, drawing.width(), drawing.height());
  }

  /**
   * Runs the font check and turns the error of a JVM without fonts into an exception the caller can
   * report. Errors of the JVM itself, such as running out of memory, pass unchanged.
   */
  private static void checkFonts(FontCheck fontCheck) throws FontsUnavailableException {
    try {
      fontCheck.run();
    } catch (InternalError e) {
      // OpenJDK's font manager reports missing fonts as an InternalError, which is a
      // VirtualMachineError, so it is caught before the clause that passes those on.
      throw new FontsUnavailableException(e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw new FontsUnavailableException(e);
    }
  }

  private static void checkBaseName(String baseName) {
    Objects.requireNonNull(baseName, "baseName");
    if (baseName.isEmpty()
        || baseName.equals(".")
        || baseName.equals("..")
        || baseName.contains("/")
        || baseName.contains("\\")) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "base name \"%s\" is not a file name; expected a non-empty name without / or \\,"
                  + " such as \"timeline\"",
              baseName));
    }
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(temporary, content);
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }
}
