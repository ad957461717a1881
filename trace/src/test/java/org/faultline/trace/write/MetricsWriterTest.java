package org.faultline.trace.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsWriterTest {

  private static final String HEADER =
      "time,event_type,source,service_id,stress_level,resource_level,load,effective_capacity,status,event_id\r\n";

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("metrics.csv");
  }

  @Test
  void create_anyMode_writesExactHeaderWithCrlf() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a"), MetricsMode.FULL)) {
      assertThat(writer.rowsWritten()).isZero();
    }

    assertThat(TestFiles.read(file())).isEqualTo(HEADER);
  }

  @Test
  void serviceState_idsNeedingQuotes_followsRfc4180() throws IOException {
    List<String> ids = List.of("Straße \"Nord\", 1", "line\nbreak", "Zürich ✓", "plain");
    try (MetricsWriter writer = MetricsWriter.create(file(), ids, MetricsMode.FULL)) {
      writer.beginEvent(7, 3, "FLOOD_IMPACT", "environment:flood, north");
      for (int i = 0; i < ids.size(); i++) {
        writer.serviceState(i, 0.5, 1.0, 2.0, 3.0, "operational");
      }
      writer.endEvent();
    }

    assertThat(Files.readAllBytes(file()))
        .isEqualTo(
            (HEADER
                    + "3,FLOOD_IMPACT,\"environment:flood, north\",\"Straße \"\"Nord\"\", 1\",0.5,1.0,2.0,3.0,operational,7\r\n"
                    + "3,FLOOD_IMPACT,\"environment:flood, north\",\"line\nbreak\",0.5,1.0,2.0,3.0,operational,7\r\n"
                    + "3,FLOOD_IMPACT,\"environment:flood, north\",Zürich ✓,0.5,1.0,2.0,3.0,operational,7\r\n"
                    + "3,FLOOD_IMPACT,\"environment:flood, north\",plain,0.5,1.0,2.0,3.0,operational,7\r\n")
                .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void serviceState_specialDoubles_formatsThem() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a"), MetricsMode.FULL)) {
      writer.beginEvent(1, 0, "T", "s");
      writer.serviceState(0, Double.NaN, -0.0, 1e-7, 5.0 - 0.1 - 0.1 - 0.1, "failed");
      writer.endEvent();
    }

    assertThat(TestFiles.read(file()))
        .endsWith("\r\n0,T,s,a,,0.0,1.0E-7,4.700000000000001,failed,1\r\n");
  }

  @Test
  void serviceState_infinity_throwsNamingColumn() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("water"), MetricsMode.FULL)) {
      writer.beginEvent(4, 2, "T", "s");

      assertThatThrownBy(
              () -> writer.serviceState(0, 0.0, 0.0, Double.POSITIVE_INFINITY, 1.0, "ok"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "load of service \"water\" in event 4 is Infinity; metrics must be finite or NaN");
    }
  }

  @Test
  void create_unpairedSurrogateInId_throws() {
    List<String> ids = List.of("ok \uD83D\uDE00", "broken \uD83D");

    assertThatThrownBy(() -> MetricsWriter.create(file(), ids, MetricsMode.FULL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has an unpaired surrogate at index 7");
  }

  @Test
  void fullMode_initialState_writesNoRows() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a", "b"), MetricsMode.FULL)) {
      writer.beginInitialState();
      writer.serviceState(0, 0, 1, 0, 10, "operational");
      writer.serviceState(1, 0, 1, 0, 10, "operational");
      writer.endEvent();
      writer.beginEvent(1, 1, "T", "s");
      writer.serviceState(0, 0, 1, 0, 10, "operational");
      writer.serviceState(1, 0, 1, 0, 10, "operational");
      writer.endEvent();

      assertThat(writer.rowsWritten()).isEqualTo(2);
    }

    assertThat(TestFiles.read(file()))
        .isEqualTo(
            HEADER
                + "1,T,s,a,0.0,1.0,0.0,10.0,operational,1\r\n"
                + "1,T,s,b,0.0,1.0,0.0,10.0,operational,1\r\n");
  }

  @Test
  void deltaMode_unchangedState_writesNoRow() {
    try (MetricsWriter writer =
        MetricsWriter.create(file(), List.of("a", "b"), MetricsMode.DELTA)) {
      writer.beginInitialState();
      writer.serviceState(0, 0, 1, 0, 10, "operational");
      writer.serviceState(1, Double.NaN, 1, 0, 10, "operational");
      writer.endEvent();
      writer.beginEvent(1, 1, "T", "s");
      writer.serviceState(0, 0, 1, 0, 10, "operational");
      writer.serviceState(1, Double.NaN, 1, 0, 10, "degraded");
      writer.endEvent();
      writer.beginEvent(2, 1, "U", "s");
      writer.serviceState(0, -0.0, 1, 0, 10, "operational");
      writer.serviceState(1, Double.NaN, 1, 0, 10, "degraded");
      writer.endEvent();
    }

    assertThat(TestFiles.read(file()))
        .isEqualTo(
            HEADER
                + "0,INITIAL_STATE,initial,a,0.0,1.0,0.0,10.0,operational,0\r\n"
                + "0,INITIAL_STATE,initial,b,,1.0,0.0,10.0,operational,0\r\n"
                + "1,T,s,b,,1.0,0.0,10.0,degraded,1\r\n");
  }

  @Test
  void deltaMode_eventBeforeInitialState_throws() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a"), MetricsMode.DELTA)) {
      assertThatThrownBy(() -> writer.beginEvent(1, 0, "T", "s"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("beginInitialState()");
    }
  }

  @Test
  void serviceState_indexOutOfOrder_throws() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a", "b"), MetricsMode.FULL)) {
      writer.beginEvent(1, 0, "T", "s");

      assertThatThrownBy(() -> writer.serviceState(1, 0, 0, 0, 0, "ok"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("event 1 got service index 1 but expected service 0 (\"a\")");
    }
  }

  @Test
  void endEvent_missingServices_throws() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a", "b"), MetricsMode.FULL)) {
      writer.beginEvent(1, 0, "T", "s");
      writer.serviceState(0, 0, 0, 0, 0, "ok");

      assertThatThrownBy(writer::endEvent)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("event 1 has the state of 1 of 2 services");
    }
  }

  @Test
  void beginEvent_idZero_throws() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a"), MetricsMode.FULL)) {
      assertThatThrownBy(() -> writer.beginEvent(0, 0, "T", "s"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("reserved for the initial state");
    }
  }

  @Test
  void beginEvent_eventStillOpen_throws() {
    try (MetricsWriter writer = MetricsWriter.create(file(), List.of("a"), MetricsMode.FULL)) {
      writer.beginEvent(1, 0, "T", "s");

      assertThatThrownBy(() -> writer.beginEvent(2, 0, "T", "s"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("call endEvent() first");
    }
  }
}
