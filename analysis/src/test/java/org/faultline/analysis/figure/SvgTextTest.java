package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgTextTest {

  /** Each expected value is what JFreeSVG then escapes into text that reads as the input. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain           | plain",
        "a & b           | a & b",
        "a<b             | a<b",
        "a&lt;b          | a&amp;lt;b",
        "a&amp;b         | a&amp;amp;b",
        "'&quot;x&apos;' | '&amp;quot;x&amp;apos;'",
        "&gt             | &gt",
        "Ærø 東京 😀       | Ærø 東京 😀",
      })
  void prepare_text_entityAmpersandsEscaped(String text, String expected) {
    assertThat(SvgText.prepare(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0000", "0007", "001F", "FFFE", "FFFF", "D800"})
  void prepare_characterXmlForbids_replaced(String hex) {
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";

    assertThat(SvgText.prepare(text)).isEqualTo("a\uFFFDb");
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"0009", "000A", "000D"})
  void prepare_whitespaceXmlAllows_kept(String hex) {
    String text = "a" + (char) Integer.parseInt(hex, 16) + "b";

    assertThat(SvgText.prepare(text)).isEqualTo(text);
  }
}
