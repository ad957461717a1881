package org.faultline.analysis.postmortem.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "0.3333333333333333, 0.333",
    "1.0, 1.0",
    "2.6999999999999997, 2.7",
    "4.700000000000001, 4.7",
    "0.0, 0.0",
    "-0.0, 0.0",
    "12.0, 12.0",
    "0.0001234567, 0.000123",
    "-2.5, -2.5",
    "0.0005, 0.0005",
    "2.0E7, 2.0E7"
  })
  void format_value_roundsForReading(double value, String expected) {
    assertThat(ReadableNumbers.format(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"NaN, NaN", "Infinity, infinity", "-Infinity, -infinity"})
  void format_nonFiniteValue_isNamed(double value, String expected) {
    assertThat(ReadableNumbers.format(value)).isEqualTo(expected);
  }
}
