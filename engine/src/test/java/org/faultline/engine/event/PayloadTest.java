package org.faultline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PayloadTest {

  @Test
  void toString_severalFields_inPutOrder() {
    Payload payload =
        Payload.builder()
            .put("service", "water")
            .put("intensity", 0.75)
            .put("wave", 3L)
            .put("urgent", true)
            .build();

    assertThat(payload).hasToString("{service=water, intensity=0.75, wave=3, urgent=true}");
  }

  @Test
  void getDouble_wholeNumberField_returnsItAsDouble() {
    Payload payload = Payload.builder().put("wave", 3L).build();

    assertThat(payload.getDouble("wave")).isEqualTo(3.0);
  }

  @Test
  void getDouble_missingFieldWithDefault_returnsDefault() {
    assertThat(Payload.EMPTY.getDouble("intensity", 0.5)).isEqualTo(0.5);
  }

  @Test
  void getString_missingField_rejectedNamingFieldAndFields() {
    Payload payload = Payload.builder().put("service", "water").build();

    assertThatThrownBy(() -> payload.getString("target"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContainingAll("'target'", "[service]");
  }

  @Test
  void getStrings_sourceListChangedLater_keepsCopy() {
    List<String> services = new ArrayList<>(List.of("water", "power"));
    Payload payload = Payload.builder().put("services", services).build();

    services.add("transport");

    assertThat(payload.getStrings("services")).containsExactly("water", "power");
  }

  @Test
  void put_nonFiniteNumber_rejectedWithFieldAndValue() {
    Payload.Builder builder = Payload.builder();

    assertThatThrownBy(() -> builder.put("intensity", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("'intensity'", "got NaN");
  }

  @Test
  void put_sameNameTwice_rejectedNamingField() {
    Payload.Builder builder = Payload.builder().put("wave", 1L);

    assertThatThrownBy(() -> builder.put("wave", 2L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'wave' is already set");
  }

  @Test
  void put_nullText_rejectedNamingField() {
    Payload.Builder builder = Payload.builder();

    assertThatThrownBy(() -> builder.put("service", (String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'service'");
  }

  @Test
  void build_noFields_returnsEmpty() {
    assertThat(Payload.builder().build()).isSameAs(Payload.EMPTY);
  }

  @Test
  void equals_sameFieldsInSameOrder_isEqual() {
    Payload first = Payload.builder().put("a", 1L).put("b", "x").build();
    Payload second = Payload.builder().put("a", 1L).put("b", "x").build();

    assertThat(first).isEqualTo(second);
  }
}
