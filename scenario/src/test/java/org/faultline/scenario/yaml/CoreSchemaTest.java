package org.faultline.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.faultline.scenario.problem.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreSchemaTest {

  private static ScalarNode plain(String text) {
    return new ScalarNode(text, ScalarStyle.PLAIN, Position.of("test"), YamlPath.ROOT);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "null | NULL",
        "Null | NULL",
        "NULL | NULL",
        "~ | NULL",
        "'' | NULL",
        "true | BOOLEAN",
        "True | BOOLEAN",
        "TRUE | BOOLEAN",
        "false | BOOLEAN",
        "FALSE | BOOLEAN",
        "tRUE | STRING",
        "yes | STRING",
        "no | STRING",
        "on | STRING",
        "off | STRING",
        "y | STRING",
        "0 | INTEGER",
        "010 | INTEGER",
        "-7 | INTEGER",
        "+12 | INTEGER",
        "0o17 | INTEGER",
        "0x1F | INTEGER",
        "0b101 | STRING",
        "1_000 | STRING",
        "0o18 | STRING",
        "0xG | STRING",
        "- 1 | STRING",
        "1.5 | FLOAT",
        ".5 | FLOAT",
        "1. | FLOAT",
        "1e3 | FLOAT",
        "-2.5E-3 | FLOAT",
        ".inf | FLOAT",
        "-.Inf | FLOAT",
        "+.INF | FLOAT",
        ".nan | FLOAT",
        ".NaN | FLOAT",
        "-.nan | STRING",
        "1.5.2 | STRING",
        "e3 | STRING",
        "1:30 | STRING",
        "infinity | STRING"
      })
  void resolvePlain_text_hasCoreSchemaType(String text, ScalarType expected) {
    assertThat(plain(text).type()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "010 | 10",
        "+12 | 12",
        "-7 | -7",
        "0o17 | 15",
        "0x1F | 31",
        "0x1f | 31",
        "9223372036854775807 | 9223372036854775807",
        "-9223372036854775808 | -9223372036854775808",
        "000000000000000000000000000042 | 42"
      })
  void asLong_integer_hasValue(String text, long expected) {
    assertThat(plain(text).asLong()).hasValue(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "9223372036854775808",
    "-9223372036854775809",
    "0x8000000000000000",
    "1.0",
    "2e3",
    "abc",
    "true"
  })
  void asLong_notALong_isEmpty(String text) {
    assertThat(plain(text).asLong()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.50 | 1.5",
        ".5 | 0.5",
        "1. | 1.0",
        "1e3 | 1000.0",
        "-2.5E-3 | -0.0025",
        "010 | 10.0",
        "0x10 | 16.0",
        ".inf | Infinity",
        "-.inf | -Infinity",
        ".nan | NaN",
        "1e400 | Infinity"
      })
  void asDouble_number_hasNearestDouble(String text, double expected) {
    assertThat(plain(text).asDouble()).hasValue(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"abc", "true", "null", "1_000"})
  void asDouble_notANumber_isEmpty(String text) {
    assertThat(plain(text).asDouble()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void asDouble_hugeHexInteger_isInfinite() {
    ScalarNode huge = plain("0x" + "f".repeat(500));

    assertThat(huge.asDouble()).hasValue(Double.POSITIVE_INFINITY);
    assertThat(huge.asLong()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void quotedScalar_numericText_isString() {
    ScalarNode quoted =
        new ScalarNode("3.0", ScalarStyle.SINGLE_QUOTED, Position.of("test"), YamlPath.ROOT);

    assertThat(quoted.type()).isEqualTo(ScalarType.STRING);
    assertThat(quoted.asDouble()).isEmpty();
    assertThat(quoted.asString()).hasValue("3.0");
  }

  @org.junit.jupiter.api.Test
  void asString_number_isTextAsWritten() {
    assertThat(plain("1.50").asString()).hasValue("1.50");
    assertThat(plain("~").asString()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void display_longString_isQuotedAndCut() {
    ScalarNode text = plain("a\"b\n" + "x".repeat(100));

    assertThat(text.display()).isEqualTo("\"a\\\"b\\n" + "x".repeat(56) + "...\"");
  }
}
