package org.faultline.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateViewTest {

  private static final List<String> MUTATOR_PREFIXES =
      List.of("set", "add", "put", "remove", "clear", "mark", "update");

  @Test
  void stateView_everyMethod_isNoMutator() {
    List<String> mutators =
        Arrays.stream(StateView.class.getMethods())
            .map(Method::getName)
            .filter(name -> MUTATOR_PREFIXES.stream().anyMatch(name::startsWith))
            .toList();

    assertThat(mutators).isEmpty();
  }

  @Test
  void stateView_everyMethod_returnsValue() {
    List<String> voidMethods =
        Arrays.stream(StateView.class.getMethods())
            .filter(method -> method.getReturnType() == void.class)
            .map(Method::getName)
            .toList();

    assertThat(voidMethods).isEmpty();
  }

  @Test
  void stateView_type_isNotStateStore() {
    assertThat(StateView.class.isAssignableFrom(StateStore.class)).isFalse();
  }
}
