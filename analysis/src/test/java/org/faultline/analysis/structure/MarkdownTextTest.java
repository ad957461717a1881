package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void escape_markdownCharacters_backslashed() {
    assertThat(MarkdownText.escape("a_b*c|d`e[f]<g>&#!~\\"))
        .isEqualTo("a\\_b\\*c\\|d\\`e\\[f\\]\\<g\\>\\&\\#\\!\\~\\\\");
  }

  @Test
  void escape_lineBreaks_becomeSpaces() {
    assertThat(MarkdownText.escape("a\r\nb\nc")).isEqualTo("a  b c");
  }

  @Test
  void fixed_negativeZero_unsigned() {
    assertThat(MarkdownText.fixed(-0.0001, 3)).isEqualTo("0.000");
  }

  @Test
  void fixed_negative_keepsSign() {
    assertThat(MarkdownText.fixed(-0.25, 3)).isEqualTo("-0.250");
  }

  @Test
  void significant_trailingZeros_dropped() {
    assertThat(MarkdownText.significant(4.0)).isEqualTo("4");
    assertThat(MarkdownText.significant(0.5)).isEqualTo("0.5");
    assertThat(MarkdownText.significant(0.123456)).isEqualTo("0.1235");
    assertThat(MarkdownText.significant(1.0e-5)).isEqualTo("1e-05");
    assertThat(MarkdownText.significant(-0.0)).isEqualTo("0");
  }

  @Test
  void ordinal_teens_takeTh() {
    assertThat(MarkdownText.ordinal(1)).isEqualTo("1st");
    assertThat(MarkdownText.ordinal(2)).isEqualTo("2nd");
    assertThat(MarkdownText.ordinal(3)).isEqualTo("3rd");
    assertThat(MarkdownText.ordinal(11)).isEqualTo("11th");
    assertThat(MarkdownText.ordinal(12)).isEqualTo("12th");
    assertThat(MarkdownText.ordinal(22)).isEqualTo("22nd");
    assertThat(MarkdownText.ordinal(104)).isEqualTo("104th");
  }
}
