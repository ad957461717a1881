package org.faultline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AppliedDelayTest {

  @Test
  void total_severalComponents_isTheirSum() {
    AppliedDelay delay =
        new AppliedDelay(
            OptionalLong.of(3),
            List.of(
                new DelayComponent("requested", 3),
                new DelayComponent("channel_minimum", 5),
                new DelayComponent("jitter", 1)));

    assertThat(delay.total()).isEqualTo(9);
  }

  @Test
  void total_noComponents_isZero() {
    AppliedDelay delay = new AppliedDelay(OptionalLong.empty(), List.of());

    assertThat(delay.total()).isZero();
  }

  @Test
  void components_sourceListChangedLater_keepsCopy() {
    List<DelayComponent> components = new ArrayList<>(List.of(new DelayComponent("requested", 2)));
    AppliedDelay delay = new AppliedDelay(OptionalLong.of(2), components);

    components.add(new DelayComponent("jitter", 4));

    assertThat(delay.components()).containsExactly(new DelayComponent("requested", 2));
  }

  @Test
  void constructor_sumOverflowsLong_rejected() {
    List<DelayComponent> components =
        List.of(new DelayComponent("a", Long.MAX_VALUE), new DelayComponent("b", 1));

    assertThatThrownBy(() -> new AppliedDelay(OptionalLong.empty(), components))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void delayComponent_negativeTicks_rejectedWithNameAndValue() {
    assertThatThrownBy(() -> new DelayComponent("jitter", -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("'jitter'", "got -2");
  }

  @Test
  void delayComponent_blankName_rejected() {
    assertThatThrownBy(() -> new DelayComponent(" ", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
