package org.faultline.trace.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.SampleRun;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogReaderTest {

  private static final String EXECUTED =
      "{\"kind\":\"executed\",\"id\":1,\"time\":1,\"type\":\"T\",\"source\":\"s\","
          + "\"cause\":null,\"scheduled_at\":0,\"payload\":{},\"requested_delay\":null,\"delay\":[]}";

  @TempDir Path directory;

  private List<LogEntry> readSample() {
    SampleRun.write(directory, MetricsMode.FULL);
    try (EventLogReader reader = EventLogReader.open(directory.resolve(RunFiles.EVENTS))) {
      return reader.stream().toList();
    }
  }

  private List<LogEntry> readLines(String text) {
    Path file = TestFiles.write(directory.resolve(RunFiles.EVENTS), text);
    try (EventLogReader reader = EventLogReader.open(file)) {
      return reader.stream().toList();
    }
  }

  @Test
  void read_sampleRun_returnsEntriesInFileOrder() {
    List<LogEntry> entries = readSample();

    assertThat(entries)
        .extracting(LogEntry::type)
        .containsExactly("FLOOD_IMPACT", "REPORT", "NORMAL_DEMAND", "OUTAGE", "REPAIR", "RECOVERY");
  }

  @Test
  void read_executedEvent_keepsEveryField() {
    ExecutedEvent outage = (ExecutedEvent) readSample().get(3);

    assertThat(outage)
        .isEqualTo(
            new ExecutedEvent(
                4,
                3,
                "OUTAGE",
                "environment:grid",
                OptionalLong.of(2),
                1,
                new Payload(Map.of("missing", Double.NaN, "crews", -2L)),
                OptionalLong.of(0),
                List.of(
                    new DelayComponent("institutional_minimum", 1),
                    new DelayComponent("channel_wait", 1))));
    assertThat(outage.appliedDelay()).isEqualTo(2);
  }

  @Test
  void read_payload_keepsKeyOrderAndTypes() {
    List<LogEntry> entries = readSample();

    assertThat(entries.get(0).payload().fields())
        .containsExactly(Map.entry("intensity", 1.0 / 3), Map.entry("zone", "Straße \"Nord\", 1"));
    assertThat(entries.get(1).payload().fields())
        .containsExactly(
            Map.entry("services", List.of("power", "Zürich ✓")), Map.entry("urgent", false));
    assertThat(entries.get(3).payload().fields())
        .containsExactly(Map.entry("missing", Double.NaN), Map.entry("crews", -2L));
    assertThat(entries.get(4).payload().getDouble("budget")).isEqualTo(1e21);
    assertThat(entries.get(5).payload().getDouble("tiny")).isEqualTo(Double.MIN_VALUE);
  }

  @Test
  void read_rejectedIntent_keepsReasonAndCause() {
    RejectedIntent rejected = (RejectedIntent) readSample().get(2);

    assertThat(rejected)
        .isEqualTo(
            new RejectedIntent(
                1,
                "NORMAL_DEMAND",
                "citizen:1",
                OptionalLong.of(1),
                new Payload(Map.of("households", 120L)),
                OptionalLong.empty(),
                "no channel schedules NORMAL_DEMAND in this configuration"));
  }

  @Test
  void read_executedWithoutCause_hasEmptyCause() {
    ExecutedEvent flood = (ExecutedEvent) readSample().get(0);

    assertThat(flood.cause()).isEmpty();
    assertThat(flood.requestedDelay()).hasValue(1);
  }

  @Test
  void read_invalidJson_reportsLineAndColumn() {
    Path file = directory.resolve(RunFiles.EVENTS);

    assertThatThrownBy(() -> readLines(EXECUTED + "\n{\"kind\":\"executed\",\n"))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageStartingWith(file + ":2: invalid JSON at column ");
  }

  @Test
  void read_badKeys_reportsEveryProblem() {
    Path file = directory.resolve(RunFiles.EVENTS);
    String line =
        EXECUTED
            .replace("\"time\":1,", "")
            .replace("\"id\":1", "\"id\":\"one\"")
            .replace(",\"delay\":[]", "");

    MalformedRunFileException error =
        catchThrowableOfType(MalformedRunFileException.class, () -> readLines(line + "\n"));

    assertThat(error.problems())
        .containsExactly(
            file + ":1: \"id\" must be a whole number of 1 or more, found \"one\"",
            file + ":1: missing \"time\"",
            file + ":1: missing \"delay\"");
  }

  @Test
  void read_fractionalTime_reportsTheNumber() {
    Path file = directory.resolve(RunFiles.EVENTS);

    assertThatThrownBy(() -> readLines(EXECUTED.replace("\"time\":1", "\"time\":1.5") + "\n"))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(file + ":1: \"time\" must be a whole number of 0 or more, found 1.5");
  }

  @Test
  void read_unknownKind_reportsValidKinds() {
    Path file = directory.resolve(RunFiles.EVENTS);

    assertThatThrownBy(() -> readLines(EXECUTED.replace("\"executed\"", "\"skipped\"") + "\n"))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(
            file + ":1: invalid \"kind\" \"skipped\"; expected \"executed\" or \"rejected\"");
  }

  @Test
  void read_blankLine_reportsIt() {
    Path file = directory.resolve(RunFiles.EVENTS);

    assertThatThrownBy(() -> readLines(EXECUTED + "\n\n" + EXECUTED + "\n"))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(file + ":2: empty line; every line must be one JSON object");
  }

  @Test
  void read_twoObjectsOnLine_throws() {
    Path file = directory.resolve(RunFiles.EVENTS);

    assertThatThrownBy(() -> readLines(EXECUTED + EXECUTED + "\n"))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageStartingWith(file + ":1: unexpected content after the JSON object");
  }

  @Test
  void read_duplicatePayloadKey_reportsInvalidJson() {
    assertThatThrownBy(() -> readLines(EXECUTED.replace("{}", "{\"a\":1,\"a\":2}") + "\n"))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageContaining("Duplicate Object property \"a\"");
  }

  @Test
  void read_unknownKeys_areSkipped() {
    List<LogEntry> entries =
        readLines(EXECUTED.replace("\"kind\"", "\"note\":{\"x\":[1]},\"kind\"") + "\n");

    assertThat(entries).hasSize(1);
  }

  @Test
  void read_crlfLineEnds_areAccepted() {
    assertThat(readLines(EXECUTED + "\r\n" + EXECUTED + "\r\n")).hasSize(2);
  }
}
