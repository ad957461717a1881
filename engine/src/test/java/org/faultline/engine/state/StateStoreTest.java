package org.faultline.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StateStoreTest {

  private Participants participants;
  private Participant alpha;
  private Participant beta;
  private Participant flood;
  private StateStore store;
  private NumericColumn load;
  private LabelColumn status;

  @BeforeEach
  void setUp() {
    participants = new Participants();
    alpha = participants.addAgent("alpha");
    beta = participants.addAgent("beta");
    flood = participants.addExternal("environment:flood");
    store = new StateStore(participants);
    load = store.addNumeric("load");
    status = store.addLabel("status", List.of("active", "degraded", "failed"));
  }

  @Test
  void get_newNumericColumn_isNaN() {
    assertThat(store.get(load, alpha)).isNaN();
  }

  @Test
  void label_newLabelColumn_isFirstLabel() {
    assertThat(store.label(status, beta)).isZero();
  }

  @Test
  void set_oneAgent_leavesOtherAgentsUnchanged() {
    store.set(load, alpha, 3.5);

    assertThat(store.get(load, beta)).isNaN();
  }

  @Test
  void add_existingValue_addsDelta() {
    store.set(load, alpha, 3.5);

    store.add(load, alpha, 1.25);

    assertThat(store.get(load, alpha)).isEqualTo(4.75);
  }

  @Test
  void set_newValue_marksAgentChanged() {
    store.clearChanges();

    store.set(load, alpha, 1.0);

    assertThat(store.changed(alpha)).isTrue();
  }

  @Test
  void set_sameValue_leavesAgentUnchanged() {
    store.set(load, alpha, 1.0);
    store.clearChanges();

    store.set(load, alpha, 1.0);

    assertThat(store.changed(alpha)).isFalse();
  }

  @Test
  void set_nanOverNaN_leavesAgentUnchanged() {
    store.clearChanges();

    store.set(load, alpha, Double.NaN);

    assertThat(store.changed(alpha)).isFalse();
  }

  @Test
  void setLabel_sameLabel_leavesAgentUnchanged() {
    store.clearChanges();

    store.setLabel(status, alpha, status.code("active"));

    assertThat(store.changed(alpha)).isFalse();
  }

  @Test
  void setLabel_newLabel_marksOnlyThatAgentChanged() {
    store.clearChanges();

    store.setLabel(status, beta, status.code("failed"));

    assertThat(List.of(store.changed(alpha), store.changed(beta))).containsExactly(false, true);
  }

  @Test
  void clearChanges_afterChanges_marksNoAgentChanged() {
    store.set(load, alpha, 1.0);
    store.set(load, beta, 2.0);

    store.clearChanges();

    assertThat(List.of(store.changed(alpha), store.changed(beta))).containsExactly(false, false);
  }

  @Test
  void markAllChanged_afterClear_marksEveryAgentChanged() {
    store.clearChanges();

    store.markAllChanged();

    assertThat(List.of(store.changed(alpha), store.changed(beta))).containsExactly(true, true);
  }

  @Test
  void setLabel_codeOutsideLabels_rejectedWithCodeAndLabels() {
    assertThatThrownBy(() -> store.setLabel(status, alpha, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("label code 3", "[active, degraded, failed]");
  }

  @Test
  void code_unknownLabel_rejectedWithLabelAndLabels() {
    assertThatThrownBy(() -> status.code("flooded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("'flooded'", "[active, degraded, failed]");
  }

  @Test
  void get_externalSource_rejectedNamingIt() {
    assertThatThrownBy(() -> store.get(load, flood))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("environment:flood is not an agent");
  }

  @Test
  void get_agentOfOtherParticipants_rejectedNamingIt() {
    Participant stranger = new Participants().addAgent("stranger");

    assertThatThrownBy(() -> store.get(load, stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stranger is not an agent");
  }

  @Test
  void addNumeric_existingName_rejectedNamingIt() {
    assertThatThrownBy(() -> store.addNumeric("status"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column status already exists");
  }

  @Test
  void addLabel_noLabels_rejectedNamingColumn() {
    assertThatThrownBy(() -> store.addLabel("mode", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label column mode");
  }
}
