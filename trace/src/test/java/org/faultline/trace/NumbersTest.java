package org.faultline.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  private static final long ROUND_TRIP_SEED = 20260101L;
  private static final int ROUND_TRIP_SAMPLES = 200_000;

  static Stream<Arguments> formattedValues() {
    return Stream.of(
        Arguments.of(4.0, "4.0"),
        Arguments.of(1.0 / 3, "0.3333333333333333"),
        Arguments.of(0.1 + 0.2, "0.30000000000000004"),
        Arguments.of(5.0 - 0.1 - 0.1 - 0.1, "4.700000000000001"),
        Arguments.of(0.1, "0.1"),
        Arguments.of(-1.5, "-1.5"),
        Arguments.of(100.0, "100.0"),
        Arguments.of(0.001, "0.001"),
        Arguments.of(0.0001, "1.0E-4"),
        Arguments.of(1e-7, "1.0E-7"),
        Arguments.of(9999999.0, "9999999.0"),
        Arguments.of(1e7, "1.0E7"),
        Arguments.of(1e21, "1.0E21"),
        // Java 17's Double.toString prints 9.999999999999999E22, which is not the shortest.
        Arguments.of(1e23, "1.0E23"),
        Arguments.of(2e23, "2.0E23"),
        Arguments.of(0.0, "0.0"),
        Arguments.of(-0.0, "0.0"),
        Arguments.of(Double.MAX_VALUE, "1.7976931348623157E308"),
        Arguments.of(Double.MIN_NORMAL, "2.2250738585072014E-308"),
        // Subnormals: Schubfach (JDK 19+ Double.toString) prints 4.9E-324 and 9.9E-324 here.
        Arguments.of(Double.MIN_VALUE, "5.0E-324"),
        Arguments.of(2 * Double.MIN_VALUE, "1.0E-323"),
        Arguments.of(3 * Double.MIN_VALUE, "1.5E-323"),
        Arguments.of(Math.nextDown(Double.MIN_NORMAL), "2.225073858507201E-308"));
  }

  @ParameterizedTest
  @MethodSource("formattedValues")
  void format_knownValue_printsShortestDecimal(double value, String expected) {
    assertThat(Numbers.format(value)).isEqualTo(expected);
  }

  @Test
  void format_randomDoubles_roundTrip() {
    SplittableRandom random = new SplittableRandom(ROUND_TRIP_SEED);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < ROUND_TRIP_SAMPLES; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value) || value == 0.0) {
        continue;
      }
      String text = Numbers.format(value);
      if (Double.parseDouble(text) != value) {
        mismatches.add(Long.toHexString(Double.doubleToRawLongBits(value)) + " -> " + text);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void format_nonFinite_throws(double value) {
    assertThatThrownBy(() -> Numbers.format(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "-0.25", "1.0E-7", "1e21", "4.700000000000001", "5.0E-324", "0.0"})
  void parse_decimalText_equalsParseDouble(String text) {
    assertThat(Numbers.parse(text)).isEqualTo(Double.parseDouble(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 1.0",
        "1.0 ",
        "+1.0",
        "NaN",
        "Infinity",
        "0x1p3",
        "1.0d",
        "1.",
        ".5",
        "1e",
        "1,5",
        "--1"
      })
  void parse_nonDecimalText_throws(String text) {
    assertThatThrownBy(() -> Numbers.parse(text)).isInstanceOf(NumberFormatException.class);
  }
}
