package org.faultline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EventTest {

  private final EventCatalog catalog = new EventCatalog();
  private final EventType flood = catalog.define("FLOOD_IMPACT");
  private final Participant river = new Participants().addExternal("environment:river");

  @Test
  void event_everyField_isFinal() {
    List<String> mutableFields =
        Arrays.stream(Event.class.getDeclaredFields())
            .filter(field -> !Modifier.isFinal(field.getModifiers()))
            .map(Field::getName)
            .toList();

    assertThat(mutableFields).isEmpty();
  }

  @Test
  void event_class_isFinal() {
    assertThat(Modifier.isFinal(Event.class.getModifiers())).isTrue();
  }

  @Test
  void cause_zeroCauseId_isEmpty() {
    Event root = event(/* causeId= */ 0);

    assertThat(root.cause()).isEmpty();
  }

  @Test
  void cause_positiveCauseId_isThatId() {
    Event followUp = event(/* causeId= */ 4);

    assertThat(followUp.cause()).isEqualTo(OptionalLong.of(4));
  }

  private Event event(long causeId) {
    return new Event(
        7,
        12,
        flood,
        river,
        Payload.EMPTY,
        causeId,
        10,
        AppliedDelay.of(OptionalLong.empty(), "scheduled", 2));
  }
}
