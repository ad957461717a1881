package org.faultline.scenario.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RangesTest {

  @Test
  void doubleRange_description_namesBoundsAndFiniteness() {
    assertThat(DoubleRange.any().description()).isEqualTo("a finite number");
    assertThat(DoubleRange.positive().description()).isEqualTo("a finite number > 0");
    assertThat(DoubleRange.nonNegative().description()).isEqualTo("a finite number ≥ 0");
    assertThat(DoubleRange.atLeast(1.5).description()).isEqualTo("a finite number ≥ 1.5");
    assertThat(DoubleRange.between(0, 1).description())
        .isEqualTo("a finite number between 0 and 1");
    assertThat(new DoubleRange(0, false, 1, true).description())
        .isEqualTo("a finite number > 0 and ≤ 1");
    assertThat(new DoubleRange(Double.NEGATIVE_INFINITY, false, 0.001, false).description())
        .isEqualTo("a finite number < 0.001");
  }

  @Test
  void doubleRange_contains_excludesOpenBounds() {
    DoubleRange positive = DoubleRange.positive();

    assertThat(positive.contains(0.0)).isFalse();
    assertThat(positive.contains(Double.MIN_VALUE)).isTrue();
    assertThat(positive.contains(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(positive.contains(Double.NaN)).isFalse();
    assertThat(DoubleRange.any().contains(Double.NEGATIVE_INFINITY)).isFalse();
    assertThat(DoubleRange.between(0, 1).contains(1.0)).isTrue();
  }

  @Test
  void doubleRange_invalidBounds_rejected() {
    assertThatThrownBy(() -> DoubleRange.between(2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DoubleRange.atLeast(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longRange_description_namesBounds() {
    assertThat(LongRange.any().description()).isEqualTo("an integer");
    assertThat(LongRange.positive().description()).isEqualTo("an integer ≥ 1");
    assertThat(LongRange.nonNegative().description()).isEqualTo("an integer ≥ 0");
    assertThat(LongRange.between(1, 10).description()).isEqualTo("an integer between 1 and 10");
    assertThat(new LongRange(Long.MIN_VALUE, 5).description()).isEqualTo("an integer ≤ 5");
  }

  @Test
  void longRange_contains_includesBounds() {
    assertThat(LongRange.between(1, 10).contains(1)).isTrue();
    assertThat(LongRange.between(1, 10).contains(10)).isTrue();
    assertThat(LongRange.between(1, 10).contains(11)).isFalse();
  }

  @Test
  void stringFormat_matches_wholeValueOnly() {
    StringFormat id = StringFormat.of("[a-z]+", "lowercase letters");

    assertThat(id.matches("abc")).isTrue();
    assertThat(id.matches("abc1")).isFalse();
  }
}
