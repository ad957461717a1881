package org.faultline.trace.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.faultline.trace.SampleRun;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogWriterTest {

  @TempDir Path directory;

  private Path file() {
    return directory.resolve("events.jsonl");
  }

  @Test
  void beginExecuted_withDelay_writesFormatOrder() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginExecuted(1, 1, "FLOOD_IMPACT", "environment:flood", EventLogWriter.NO_CAUSE, 0);
      writer.payloadDouble("intensity", 0.8);
      writer.requestedDelay(1);
      writer.delayComponent("scheduled", 1);
      writer.end();
    }

    assertThat(TestFiles.read(file()))
        .isEqualTo(
            "{\"kind\":\"executed\",\"id\":1,\"time\":1,\"type\":\"FLOOD_IMPACT\","
                + "\"source\":\"environment:flood\",\"cause\":null,\"scheduled_at\":0,\"payload\":{\"intensity\":0.8},"
                + "\"requested_delay\":1,\"delay\":[{\"component\":\"scheduled\",\"ticks\":1}]}\n");
  }

  @Test
  void beginRejected_withReason_writesReasonLast() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginRejected(
          1,
          "NORMAL_DEMAND",
          "citizen:1",
          4,
          "no channel schedules NORMAL_DEMAND in this configuration");
      writer.payloadLong("households", 3);
      writer.end();
    }

    assertThat(TestFiles.read(file()))
        .isEqualTo(
            "{\"kind\":\"rejected\",\"id\":null,\"time\":1,\"type\":\"NORMAL_DEMAND\","
                + "\"source\":\"citizen:1\",\"cause\":4,\"payload\":{\"households\":3},\"requested_delay\":null,"
                + "\"reason\":\"no channel schedules NORMAL_DEMAND in this configuration\"}\n");
  }

  @Test
  void payload_everyValueType_keepsWriteOrder() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginExecuted(2, 3, "T", "s", 1, 3);
      writer.payloadString("z", "Straße \"Nord\"\n");
      writer.payloadLong("a", -7);
      writer.payloadDouble("m", 1.0 / 3);
      writer.payloadDouble("nan", Double.NaN);
      writer.payloadBoolean("b", true);
      writer.payloadStrings("list", List.of("x", "Zürich ✓"));
      writer.payloadStrings("empty", List.of());
      writer.end();
    }

    assertThat(TestFiles.read(file()))
        .contains(
            "\"payload\":{\"z\":\"Straße \\\"Nord\\\"\\n\",\"a\":-7,"
                + "\"m\":0.3333333333333333,\"nan\":null,\"b\":true,\"list\":[\"x\",\"Zürich ✓\"],\"empty\":[]},"
                + "\"requested_delay\":null,\"delay\":[]}\n");
  }

  @Test
  void payloadDouble_infinite_throwsNamingKey() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginExecuted(9, 0, "T", "s", EventLogWriter.NO_CAUSE, 0);

      assertThatThrownBy(() -> writer.payloadDouble("budget", Double.NEGATIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "payload field \"budget\" of event 9 is -Infinity; payload numbers must be finite or NaN");
    }
  }

  @Test
  void payload_duplicateKey_throws() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginExecuted(1, 0, "T", "s", EventLogWriter.NO_CAUSE, 0);
      writer.payloadLong("n", 1);

      assertThatThrownBy(() -> writer.payloadString("n", "again"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already has the field \"n\"");
    }
  }

  @Test
  void delayComponent_onRejectedIntent_throws() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginRejected(0, "T", "s", EventLogWriter.NO_CAUSE, "no channel");

      assertThatThrownBy(() -> writer.delayComponent("scheduled", 1))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("delay components belong to an executed event");
    }
  }

  @Test
  void payload_afterDelayComponent_throws() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginExecuted(1, 1, "T", "s", EventLogWriter.NO_CAUSE, 0);
      writer.delayComponent("scheduled", 1);

      assertThatThrownBy(() -> writer.payloadLong("late", 1))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is past its payload");
    }
  }

  @Test
  void beginExecuted_scheduledAfterExecution_throws() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      assertThatThrownBy(() -> writer.beginExecuted(1, 2, "T", "s", EventLogWriter.NO_CAUSE, 3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("executes at time 2 but was scheduled at 3");
    }
  }

  @Test
  void delayComponent_negativeTicks_throws() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      writer.beginExecuted(1, 1, "T", "s", EventLogWriter.NO_CAUSE, 0);

      assertThatThrownBy(() -> writer.delayComponent("jitter", -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("delay component \"jitter\" of event 1 must be zero or more ticks, got -1");
    }
  }

  @Test
  void sha256Hex_beforeClose_throws() {
    try (EventLogWriter writer = EventLogWriter.create(file())) {
      assertThatThrownBy(writer::sha256Hex).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void sha256Hex_afterClose_equalsFileDigest() throws Exception {
    RunManifest manifest = SampleRun.write(directory, MetricsMode.FULL);

    byte[] bytes = Files.readAllBytes(directory.resolve(RunFiles.EVENTS));
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(manifest.fingerprintSha256()).isEqualTo(expected);
  }

  @Test
  void counts_afterSampleRun_countEachKind() {
    RunManifest manifest = SampleRun.write(directory, MetricsMode.FULL);

    assertThat(manifest.counts().executed()).isEqualTo(5);
    assertThat(manifest.counts().rejected()).isEqualTo(1);
  }
}
