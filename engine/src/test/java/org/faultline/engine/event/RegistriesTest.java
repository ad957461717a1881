package org.faultline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistriesTest {

  @Test
  void define_severalTypes_indexedInDefinitionOrder() {
    EventCatalog catalog = new EventCatalog();
    EventType flood = catalog.define("FLOOD_IMPACT");
    EventType report = catalog.define("SERVICE_REPORT");

    assertThat(List.of(flood.index(), report.index())).containsExactly(0, 1);
  }

  @Test
  void define_existingName_rejectedNamingIt() {
    EventCatalog catalog = new EventCatalog();
    catalog.define("FLOOD_IMPACT");

    assertThatThrownBy(() -> catalog.define("FLOOD_IMPACT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FLOOD_IMPACT is already defined");
  }

  @Test
  void contains_typeOfOtherCatalog_isFalse() {
    EventCatalog catalog = new EventCatalog();
    catalog.define("FLOOD_IMPACT");
    EventType foreign = new EventCatalog().define("FLOOD_IMPACT");

    assertThat(catalog.contains(foreign)).isFalse();
  }

  @Test
  void addAgent_severalAgents_indexedInRegistrationOrder() {
    Participants participants = new Participants();
    Participant water = participants.addAgent("service:water");
    participants.addExternal("environment:flood");
    Participant power = participants.addAgent("service:power");

    assertThat(List.of(water.index(), power.index())).containsExactly(0, 1);
  }

  @Test
  void addExternal_idOfAgent_rejectedNamingIt() {
    Participants participants = new Participants();
    participants.addAgent("service:water");

    assertThatThrownBy(() -> participants.addExternal("service:water"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service:water is already registered");
  }

  @Test
  void contains_agentOfOtherParticipants_isFalse() {
    Participants participants = new Participants();
    participants.addAgent("service:water");
    Participant foreign = new Participants().addAgent("service:water");

    assertThat(participants.contains(foreign)).isFalse();
  }

  @Test
  void find_externalId_returnsExternal() {
    Participants participants = new Participants();
    participants.addAgent("service:water");
    Participant flood = participants.addExternal("environment:flood");

    assertThat(participants.find("environment:flood")).contains(flood);
  }
}
