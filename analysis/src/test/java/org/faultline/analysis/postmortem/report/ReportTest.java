package org.faultline.analysis.postmortem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

class ReportTest {

  /** A section with a fixed body and one JSON field named after its id. */
  private record FixedSection(String id, String body) implements ReportSection {
    @Override
    public String title() {
      return "Title " + id;
    }

    @Override
    public void writeMarkdown(Markdown markdown) {
      markdown.paragraph(body);
    }

    @Override
    public void writeJson(JsonGenerator json) {
      json.writeStringProperty(id, body);
    }
  }

  private static Report report() {
    return new Report(
        "Doc", "Preamble.", List.of(new FixedSection("a", "A."), new FixedSection("c", "C.")));
  }

  @Test
  void withSectionAfter_knownId_insertsInPlace() {
    Report report = report().withSectionAfter("a", new FixedSection("b", "B."));

    assertThat(report.sectionIds()).containsExactly("a", "b", "c");
  }

  @Test
  void withSectionBefore_knownId_insertsInPlace() {
    Report report = report().withSectionBefore("a", new FixedSection("z", "Z."));

    assertThat(report.sectionIds()).containsExactly("z", "a", "c");
  }

  @Test
  void withSectionAfter_unknownId_isRejected() {
    assertThatThrownBy(() -> report().withSectionAfter("x", new FixedSection("b", "B.")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no section has the id \"x\"; the ids are [a, c]");
  }

  @Test
  void constructor_duplicateIds_areRejected() {
    assertThatThrownBy(() -> report().withSectionAfter("a", new FixedSection("c", "again")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two sections have the id \"c\"");
  }

  @Test
  void toMarkdown_sections_followTheTitleInOrder() {
    String markdown = report().withSectionAfter("a", new FixedSection("b", "B.")).toMarkdown();

    assertThat(markdown)
        .isEqualTo(
            "# Doc\n\nPreamble.\n\n## Title a\n\nA.\n\n## Title b\n\nB.\n\n## Title c\n\nC.\n");
  }

  @Test
  void toJson_sections_followFormatInOrder() {
    String json = new String(report().toJson(), StandardCharsets.UTF_8);

    assertThat(json)
        .isEqualTo(
            "{\n  \"format\": \"faultline-analysis/1\",\n  \"a\": \"A.\",\n  \"c\": \"C.\"\n}\n");
  }

  @Test
  void toJson_duplicateField_isRejected() {
    ReportSection clash =
        new ReportSection() {
          @Override
          public String id() {
            return "b";
          }

          @Override
          public String title() {
            return "Clash";
          }

          @Override
          public void writeMarkdown(Markdown markdown) {}

          @Override
          public void writeJson(JsonGenerator json) {
            json.writeStringProperty("a", "clash");
          }
        };
    Report report = report().withSectionAfter("a", clash);

    assertThatThrownBy(report::toJson).hasMessageContaining("Duplicate Object property \"a\"");
  }
}
