package org.faultline.analysis.attention.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvNumbersTest {

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(0.5, "0.5"),
        Arguments.of(3.0, "3"),
        Arguments.of(-2.5, "-2.5"),
        Arguments.of(0.1, "0.1"),
        Arguments.of(1.0 / 3, "0.3333333333333333"),
        Arguments.of(0.7310585786300049, "0.7310585786300049"),
        Arguments.of(123456.789, "123456.789"),
        Arguments.of(1.25e-7, "1.25E-7"),
        Arguments.of(1e21, "1E+21"),
        Arguments.of(2e-3, "0.002"),
        Arguments.of(1e23, "1E+23"),
        Arguments.of(Double.MIN_VALUE, "5E-324"),
        Arguments.of(Double.MAX_VALUE, "1.7976931348623157E+308"),
        Arguments.of(0.0, "0"),
        Arguments.of(-0.0, "-0"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("examples")
  void format_example_shortestDecimal(double value, String expected) {
    assertThat(CsvNumbers.format(value)).isEqualTo(expected);
  }

  @Test
  void format_randomDoubles_parseBackExactly() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 20_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value)) {
        continue;
      }
      String text = CsvNumbers.format(value);

      assertThat(Double.parseDouble(text)).as(text).isEqualTo(value);
    }
  }

  @Test
  void format_randomDoubles_noLongerThanJavaDigits() {
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 20_000; i++) {
      double value = random.nextDouble();
      String digits =
          CsvNumbers.format(value)
              .replaceFirst("E.*", "")
              .replaceAll("[-.]", "")
              .replaceFirst("^0+", "");
      String javaDigits =
          Double.toString(value)
              .replaceFirst("E.*", "")
              .replaceAll("[-.]", "")
              .replaceFirst("^0+", "");

      assertThat(digits.length()).as("%s", value).isLessThanOrEqualTo(javaDigits.length());
    }
  }

  @Test
  void format_nan_throws() {
    assertThatThrownBy(() -> CsvNumbers.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot format NaN; expected a finite number");
  }

  @Test
  void format_infinity_throws() {
    assertThatThrownBy(() -> CsvNumbers.format(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot format -Infinity; expected a finite number");
  }
}
