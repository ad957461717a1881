package org.faultline.trace.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.SampleRun;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeltaExpanderTest {

  private static final String HEADER =
      "time,event_type,source,service_id,stress_level,resource_level,load,effective_capacity,status,event_id\r\n";
  private static final String EVENTS =
      """
            {"kind":"executed","id":1,"time":1,"type":"T","source":"s","cause":null,"scheduled_at":0,"payload":{},"requested_delay":null,"delay":[]}
            {"kind":"executed","id":2,"time":2,"type":"U","source":"s","cause":null,"scheduled_at":0,"payload":{},"requested_delay":null,"delay":[]}
            """;

  @TempDir Path full;

  @TempDir Path delta;

  @BeforeEach
  void writeSampleRunInBothModes() {
    SampleRun.write(full, MetricsMode.FULL);
    SampleRun.write(delta, MetricsMode.DELTA);
  }

  private static List<MetricsRow> expand(Path directory) {
    try (DeltaExpander rows =
        DeltaExpander.open(
            SampleRun.SERVICES,
            MetricsReader.open(directory.resolve(RunFiles.METRICS)),
            EventLogReader.open(directory.resolve(RunFiles.EVENTS)))) {
      return rows.stream().toList();
    }
  }

  private static List<MetricsRow> readStored(Path directory) {
    try (MetricsReader rows = MetricsReader.open(directory.resolve(RunFiles.METRICS))) {
      return rows.stream().toList();
    }
  }

  @Test
  void expand_deltaFile_equalsFullRows() {
    assertThat(expand(delta)).containsExactlyElementsOf(readStored(full));
  }

  @Test
  void deltaFile_sampleRun_hasElevenRows() {
    // 4 initial rows, then 1 + 0 + 2 + 2 + 2 changed rows over the five events.
    assertThat(readStored(delta)).hasSize(11);
  }

  @Test
  void eventLog_eitherMode_isIdentical() throws Exception {
    assertThat(Files.readAllBytes(delta.resolve(RunFiles.EVENTS)))
        .isEqualTo(Files.readAllBytes(full.resolve(RunFiles.EVENTS)));
  }

  @Test
  void expand_initialRowsOutOfOrder_throws() {
    Path metrics =
        TestFiles.write(
            delta.resolve(RunFiles.METRICS),
            HEADER
                + "0,INITIAL_STATE,initial,b,0.0,1.0,0.0,10.0,operational,0\r\n"
                + "0,INITIAL_STATE,initial,a,0.0,1.0,0.0,10.0,operational,0\r\n");
    TestFiles.write(delta.resolve(RunFiles.EVENTS), EVENTS);

    assertThatThrownBy(() -> expandServices(List.of("a", "b")))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageStartingWith(
            metrics + ":2: initial state row for service \"b\" where service \"a\" was expected");
  }

  @Test
  void expand_rowOfPassedEvent_reportsOrderProblem() {
    Path metrics =
        TestFiles.write(
            delta.resolve(RunFiles.METRICS),
            HEADER
                + "0,INITIAL_STATE,initial,a,0.0,1.0,0.0,10.0,operational,0\r\n"
                + "1,T,s,a,0.5,1.0,0.0,10.0,operational,7\r\n");
    TestFiles.write(delta.resolve(RunFiles.EVENTS), EVENTS);

    assertThatThrownBy(() -> expandServices(List.of("a")))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageStartingWith(
            metrics + ":3: row of event 7 at time 1 matches no executed event before event 2");
  }

  @Test
  void expand_rowContradictsEventLog_throws() {
    Path metrics =
        TestFiles.write(
            delta.resolve(RunFiles.METRICS),
            HEADER
                + "0,INITIAL_STATE,initial,a,0.0,1.0,0.0,10.0,operational,0\r\n"
                + "1,WRONG,s,a,0.5,1.0,0.0,10.0,operational,1\r\n");
    TestFiles.write(delta.resolve(RunFiles.EVENTS), EVENTS);

    assertThatThrownBy(() -> expandServices(List.of("a")))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(
            metrics
                + ":3: row of event 1 has time 1, WRONG from s, but "
                + delta.resolve(RunFiles.EVENTS)
                + ":1 has time 1, T from s");
  }

  @Test
  void expand_eventWithoutRows_repeatsCarriedState() {
    TestFiles.write(
        delta.resolve(RunFiles.METRICS),
        HEADER
            + "0,INITIAL_STATE,initial,a,0.0,1.0,0.0,10.0,operational,0\r\n"
            + "2,U,s,a,0.5,1.0,0.0,10.0,failed,2\r\n");
    TestFiles.write(delta.resolve(RunFiles.EVENTS), EVENTS);

    assertThat(expandServices(List.of("a")))
        .containsExactly(
            new MetricsRow(1, "T", "s", "a", 0.0, 1.0, 0.0, 10.0, "operational", 1),
            new MetricsRow(2, "U", "s", "a", 0.5, 1.0, 0.0, 10.0, "failed", 2));
  }

  @Test
  void expand_noServices_returnsNoRows() {
    TestFiles.write(delta.resolve(RunFiles.METRICS), HEADER);
    TestFiles.write(delta.resolve(RunFiles.EVENTS), EVENTS);

    assertThat(expandServices(List.of())).isEmpty();
  }

  private List<MetricsRow> expandServices(List<String> services) {
    try (DeltaExpander rows =
        DeltaExpander.open(
            services,
            MetricsReader.open(delta.resolve(RunFiles.METRICS)),
            EventLogReader.open(delta.resolve(RunFiles.EVENTS)))) {
      return rows.stream().toList();
    }
  }
}
