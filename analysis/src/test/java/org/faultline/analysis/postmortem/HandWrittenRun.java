package org.faultline.analysis.postmortem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a run directory by hand, line by line, for cases no built-in scenario produces. The
 * fingerprint and content hash are placeholders: nothing in the post-mortem checks them.
 */
final class HandWrittenRun {

  private static final String ZERO_HASH = "0".repeat(64);

  private final List<String> services = new ArrayList<>();
  private final List<String> agents = new ArrayList<>();
  private final List<String> events = new ArrayList<>();
  private final List<String> rows = new ArrayList<>();
  private String scenario = "name: hand-written\n";
  private long horizon = 10;
  private long executed;
  private long pending;

  /** Declares the services, in order; they are also the first agents. */
  HandWrittenRun services(String... ids) {
    services.addAll(List.of(ids));
    agents.addAll(List.of(ids));
    return this;
  }

  /** Declares agents that are not services. */
  HandWrittenRun agents(String... ids) {
    agents.addAll(List.of(ids));
    return this;
  }

  HandWrittenRun horizon(long ticks) {
    horizon = ticks;
    return this;
  }

  HandWrittenRun pending(long count) {
    pending = count;
    return this;
  }

  HandWrittenRun scenario(String yaml) {
    scenario = yaml;
    return this;
  }

  /** Adds an executed event; a null cause makes it a root, scheduled at 0. */
  HandWrittenRun event(long id, long time, String type, String source, Long cause, String payload) {
    executed++;
    events.add(
        String.format(
            Locale.ROOT,
            "{\"kind\":\"executed\",\"id\":%d,\"time\":%d,\"type\":\"%s\",\"source\":\"%s\",\"cause\":%s,"
                + "\"scheduled_at\":%d,\"payload\":%s,\"requested_delay\":null,\"delay\":[{\"component\":\"%s\",\"ticks\":%d}]}",
            id,
            time,
            type,
            source,
            cause == null ? "null" : cause.toString(),
            cause == null ? 0 : time - 1,
            payload,
            cause == null ? "scheduled" : "fixed",
            cause == null ? time : 1));
    return this;
  }

  /** Adds a metrics row for one service after one event. */
  HandWrittenRun row(
      long eventId,
      long time,
      String type,
      String source,
      String service,
      double stress,
      double load,
      double capacity,
      String status) {
    rows.add(
        String.format(
            Locale.ROOT,
            "%d,%s,%s,%s,%s,%s,%s,%s,%s,%d",
            time,
            type,
            source,
            service,
            Double.toString(stress),
            "1.0",
            Double.toString(load),
            Double.toString(capacity),
            status,
            eventId));
    return this;
  }

  /** Writes run.json, events.jsonl, metrics.csv and scenario.yaml into the directory. */
  Path writeTo(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve("run.json"), manifest(), StandardCharsets.UTF_8);
      Files.writeString(
          directory.resolve("events.jsonl"),
          events.stream().map(line -> line + "\n").collect(Collectors.joining()),
          StandardCharsets.UTF_8);
      Files.writeString(
          directory.resolve("metrics.csv"),
          "time,event_type,source,service_id,stress_level,resource_level,load,effective_capacity,status,event_id\r\n"
              + rows.stream().map(row -> row + "\r\n").collect(Collectors.joining()),
          StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("scenario.yaml"), scenario, StandardCharsets.UTF_8);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String manifest() {
    return "{\n"
        + "  \"format\": \"faultline-run/1\",\n"
        + "  \"version\": \"0.1.0\",\n"
        + "  \"scenario\": {\"name\": \"hand-written\", \"description\": \"\", \"content_sha256\": \""
        + ZERO_HASH
        + "\"},\n"
        + "  \"seed\": 7,\n"
        + "  \"horizon\": "
        + horizon
        + ",\n"
        + "  \"time_unit\": \"tick\",\n"
        + "  \"metrics_mode\": \"full\",\n"
        + "  \"services\": "
        + quoted(services)
        + ",\n"
        + "  \"agents\": "
        + quoted(agents)
        + ",\n"
        + "  \"counts\": {\"executed\": "
        + executed
        + ", \"rejected\": 0, \"pending_at_horizon\": "
        + pending
        + "},\n"
        + "  \"fingerprint\": \"sha256:"
        + ZERO_HASH
        + "\",\n"
        + "  \"status\": \"complete\"\n"
        + "}\n";
  }

  private static String quoted(List<String> ids) {
    return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
