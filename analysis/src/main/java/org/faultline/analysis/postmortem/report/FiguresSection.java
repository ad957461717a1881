package org.faultline.analysis.postmortem.report;

import java.util.List;
import java.util.Optional;

/**
 * The figures of the post-mortem: the timeline of stress and resource, the dependency graph, and
 * the same graph as a Mermaid diagram so that it renders on code hosts. The image files are written
 * beside the report before the section is built; when they could not be rendered, the section says
 * why and keeps the Mermaid diagram.
 */
public final class FiguresSection implements ReportSection {

  /** Base name of the timeline figure's files. */
  public static final String TIMELINE = "timeline";

  /** Base name of the dependency graph figure's files. */
  public static final String DEPENDENCIES = "dependencies";

  /** Every file the figures may write into the run directory. */
  public static final List<String> FILES =
      List.of(TIMELINE + ".png", TIMELINE + ".svg", DEPENDENCIES + ".png", DEPENDENCIES + ".svg");

  private final String mermaid;
  private final Optional<String> renderingFailure;

  /**
   * Creates the section.
   *
   * @param mermaid the dependency graph as a Mermaid flowchart, without fences
   * @param renderingFailure why the image files could not be written, or empty when they were
   */
  public FiguresSection(String mermaid, Optional<String> renderingFailure) {
    this.mermaid = mermaid;
    this.renderingFailure = renderingFailure;
  }

  @Override
  public String id() {
    return "figures";
  }

  @Override
  public String title() {
    return "Figures";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    if (renderingFailure.isPresent()) {
      markdown.paragraph(
          "The image files could not be rendered on this machine: "
              + renderingFailure.get()
              + ". The dependency graph follows as a Mermaid diagram.");
    } else {
      markdown.paragraph(
          "Stress and resource of every service over time, each drawn as a step"
              + " line (the state after an event holds until the next one); shaded bands are stressor"
              + " periods and vertical lines interventions (also as "
              + TIMELINE
              + ".png).");
      markdown.image("Stress and resource over time", TIMELINE + ".svg");
      markdown.paragraph(
          "The dependency graph: an arrow runs from a dependency to the service that"
              + " depends on it; overloaded and failed services are coloured, services a stressor hit"
              + " are outlined, and edges that carried degradation are drawn thick (also as "
              + DEPENDENCIES
              + ".png).");
      markdown.image("Dependency graph", DEPENDENCIES + ".svg");
    }
    markdown.codeBlock("mermaid", mermaid);
  }
}
