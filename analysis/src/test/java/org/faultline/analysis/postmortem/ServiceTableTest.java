package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every number of the service table, in failure_analysis.md and analysis.json, against the same
 * numbers computed here from metrics.csv with FastCSV, by the definitions the report states.
 */
class ServiceTableTest {

  @TempDir Path directory;

  /** One service's rows in file order. */
  private record Row(
      long time, double stress, double resource, double load, double capacity, String status) {}

  /** The table row expected for one service. */
  private record Expected(
      double peakStress,
      long peakTime,
      double minResource,
      long minTime,
      double loadAtPeak,
      double capacityAtPeak,
      long ticksOverloaded,
      String finalStatus) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        RunFixtures.FLOOD_OVERLOAD,
        RunFixtures.FLOOD_INTERVENING,
        RunFixtures.FLOOD_INTERVENING_DELTA
      })
  void json_everyFixture_matchesMetrics(String fixture) throws IOException {
    RunFixtures.analysed(fixture, directory);
    JsonNode json = RunFixtures.json(directory);
    Map<String, Expected> expected = expected(directory);

    for (Map.Entry<String, Expected> entry : expected.entrySet()) {
      JsonNode service = RunFixtures.service(json, entry.getKey());
      Expected want = entry.getValue();
      assertThat(service.get("peak_stress").get("value").doubleValue())
          .as(entry.getKey())
          .isEqualTo(want.peakStress());
      assertThat(service.get("peak_stress").get("time").longValue())
          .as(entry.getKey())
          .isEqualTo(want.peakTime());
      assertThat(service.get("min_resource").get("value").doubleValue())
          .as(entry.getKey())
          .isEqualTo(want.minResource());
      assertThat(service.get("min_resource").get("time").longValue())
          .as(entry.getKey())
          .isEqualTo(want.minTime());
      assertThat(service.get("load_at_peak_stress").doubleValue())
          .as(entry.getKey())
          .isEqualTo(want.loadAtPeak());
      assertThat(service.get("effective_capacity_at_peak_stress").doubleValue())
          .as(entry.getKey())
          .isEqualTo(want.capacityAtPeak());
      assertThat(service.get("ticks_overloaded").longValue())
          .as(entry.getKey())
          .isEqualTo(want.ticksOverloaded());
      assertThat(service.get("final_status").stringValue())
          .as(entry.getKey())
          .isEqualTo(want.finalStatus());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        RunFixtures.FLOOD_OVERLOAD,
        RunFixtures.FLOOD_INTERVENING,
        RunFixtures.FLOOD_INTERVENING_DELTA
      })
  void markdown_everyFixture_matchesMetrics(String fixture) throws IOException {
    RunFixtures.analysed(fixture, directory);
    String markdown = RunFixtures.markdown(directory);
    Map<String, Expected> expected = expected(directory);
    Map<String, String> firstOverloads = firstOverloadReports(directory);

    for (Map.Entry<String, Expected> entry : expected.entrySet()) {
      Expected want = entry.getValue();
      String row =
          "| "
              + entry.getKey()
              + " | "
              + rounded(want.peakStress())
              + " (t="
              + want.peakTime()
              + ")"
              + " | "
              + rounded(want.minResource())
              + " (t="
              + want.minTime()
              + ")"
              + " | "
              + rounded(want.loadAtPeak())
              + " / "
              + rounded(want.capacityAtPeak())
              + " | "
              + want.ticksOverloaded()
              + (want.ticksOverloaded() == 1 ? " tick" : " ticks")
              + " | "
              + firstOverloads.getOrDefault(entry.getKey(), "—")
              + " | "
              + want.finalStatus()
              + " |";
      assertThat(markdown).as(fixture).contains(row);
    }
  }

  private static Map<String, Expected> expected(Path directory) throws IOException {
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    TreeSet<Long> times = new TreeSet<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(directory.resolve("metrics.csv"))) {
      for (NamedCsvRecord record : csv) {
        Row row =
            new Row(
                Long.parseLong(record.getField("time")),
                Double.parseDouble(record.getField("stress_level")),
                Double.parseDouble(record.getField("resource_level")),
                Double.parseDouble(record.getField("load")),
                Double.parseDouble(record.getField("effective_capacity")),
                record.getField("status"));
        rows.computeIfAbsent(record.getField("service_id"), id -> new ArrayList<>()).add(row);
        times.add(row.time());
      }
    }
    long horizon =
        JsonMapper.builder()
            .build()
            .readTree(directory.resolve("run.json"))
            .get("horizon")
            .longValue();

    Map<String, Expected> expected = new LinkedHashMap<>();
    for (Map.Entry<String, List<Row>> service : rows.entrySet()) {
      List<Row> serviceRows = service.getValue();
      Row peak = serviceRows.get(0);
      Row min = serviceRows.get(0);
      for (Row row : serviceRows) {
        peak = row.stress() > peak.stress() ? row : peak;
        min = row.resource() < min.resource() ? row : min;
      }
      expected.put(
          service.getKey(),
          new Expected(
              peak.stress(),
              peak.time(),
              min.resource(),
              min.time(),
              peak.load(),
              peak.capacity(),
              ticksOverloaded(serviceRows, times, horizon),
              serviceRows.get(serviceRows.size() - 1).status()));
    }
    return expected;
  }

  /**
   * Adds up, over consecutive event ticks, the ticks during which the state after the last event of
   * a tick was overloaded, and from the last event tick to the horizon.
   */
  private static long ticksOverloaded(List<Row> rows, TreeSet<Long> times, long horizon) {
    long ticks = 0;
    List<Long> ordered = new ArrayList<>(times);
    for (int i = 0; i < ordered.size(); i++) {
      long time = ordered.get(i);
      Row state = null;
      for (Row row : rows) {
        if (row.time() <= time) {
          state = row;
        }
      }
      long next = i + 1 < ordered.size() ? ordered.get(i + 1) : horizon;
      if (state != null && state.load() > state.capacity()) {
        ticks += next - time;
      }
    }
    return ticks;
  }

  private static Map<String, String> firstOverloadReports(Path directory) throws IOException {
    Map<String, String> first = new LinkedHashMap<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String line :
        Files.readAllLines(directory.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode event = mapper.readTree(line);
      if (event.get("kind").stringValue().equals("executed")
          && event.get("type").stringValue().equals("SERVICE_OVERLOAD")) {
        first.putIfAbsent(
            event.get("source").stringValue(),
            "#" + event.get("id").longValue() + " at t=" + event.get("time").longValue());
      }
    }
    return first;
  }

  /** Rounds to three decimals, half to even, dropping trailing zeros but keeping one decimal. */
  private static String rounded(double value) {
    String text =
        new BigDecimal(value)
            .setScale(3, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return text.contains(".") ? text : text + ".0";
  }
}
