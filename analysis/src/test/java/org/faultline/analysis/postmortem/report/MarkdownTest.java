package org.faultline.analysis.postmortem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void escape_markupCharacters_areBackslashed() {
    assertThat(Markdown.escape("a|b *c* `d` [e] <f> \\g"))
        .isEqualTo("a\\|b \\*c\\* \\`d\\` \\[e\\] \\<f\\> \\\\g");
  }

  @Test
  void escape_underscoreInsideWord_staysAsItIs() {
    assertThat(Markdown.escape("SERVICE_OVERLOAD _lead trail_"))
        .isEqualTo("SERVICE_OVERLOAD \\_lead trail\\_");
  }

  @Test
  void escape_lineBreaks_becomeSpaces() {
    assertThat(Markdown.escape("one\r\ntwo")).isEqualTo("one  two");
  }

  @Test
  void table_emptyCell_isWrittenAsDash() {
    String table = new Markdown().table(List.of("a", "b"), List.of(List.of("x|y", ""))).toString();

    assertThat(table).isEqualTo("| a | b |\n| --- | --- |\n| x\\|y | — |\n\n");
  }

  @Test
  void table_rowOfAnotherWidth_isRejected() {
    assertThatThrownBy(() -> new Markdown().table(List.of("a", "b"), List.of(List.of("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a table row has 1 cells, the header 2");
  }
}
