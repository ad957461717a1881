package org.faultline.analysis.postmortem.report;

import java.util.Objects;
import org.faultline.analysis.structure.StructureResult;
import org.faultline.analysis.structure.StructureSection;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph-based structural reasoning of the post-mortem: the untrained attention layer's reading
 * of the dependency graph beside what the event log shows, rendered by the structure package, under
 * field {@code structural_reasoning} of {@code analysis.json}.
 */
public final class StructureReportSection implements ReportSection {

  /** Field of {@code analysis.json} that contains the result. */
  public static final String FIELD = "structural_reasoning";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().propertyNamingStrategy(new EveryCapitalStartsAWord()).build();

  private final StructureResult result;

  /** Creates the section for a computed result. */
  public StructureReportSection(StructureResult result) {
    this.result = Objects.requireNonNull(result, "result");
  }

  /**
   * Snake case in which every capital letter starts a word, so {@code topKOverlap} becomes {@code
   * top_k_overlap}; Jackson's own snake case would join the capitals into {@code top_koverlap}.
   */
  private static final class EveryCapitalStartsAWord extends PropertyNamingStrategies.NamingBase {

    private static final long serialVersionUID = 1L;

    @Override
    public String translate(String name) {
      StringBuilder snake = new StringBuilder(name.length() + 8);
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (Character.isUpperCase(c)) {
          snake.append('_').append(Character.toLowerCase(c));
        } else {
          snake.append(c);
        }
      }
      return snake.toString();
    }
  }

  @Override
  public String id() {
    return "structural-reasoning";
  }

  @Override
  public String title() {
    return StructureSection.HEADING;
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    markdown.paragraph(
        "In this section a service's observed impact is the number of ticks it spent"
            + " overloaded, as in the service table, and degradation reaches services in the order of"
            + " the first tick at which each was overloaded, degraded or failed.");
    String rendered = StructureSection.render(result);
    String heading = "## " + StructureSection.HEADING + "\n\n";
    markdown.raw(rendered.startsWith(heading) ? rendered.substring(heading.length()) : rendered);
  }

  @Override
  public void writeJson(JsonGenerator json) {
    json.writeName(FIELD);
    MAPPER.writeValue(json, result);
  }
}
