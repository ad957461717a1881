package org.faultline.trace.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.MetricsColumns;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.SampleRun;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsReaderTest {

  private static final String SIX_COLUMNS =
      "time,event_type,source,service_id,stress_level,resource_level\r\n";

  @TempDir Path directory;

  private static List<MetricsRow> readAll(Path file) {
    try (MetricsReader reader = MetricsReader.open(file)) {
      return reader.stream().toList();
    }
  }

  @Test
  void read_fullMode_oneRowPerServicePerEvent() {
    SampleRun.write(directory, MetricsMode.FULL);

    List<MetricsRow> rows = readAll(directory.resolve(RunFiles.METRICS));

    assertThat(rows).hasSize(5 * SampleRun.SERVICES.size());
    assertThat(rows.subList(0, 4))
        .extracting(MetricsRow::serviceId)
        .containsExactlyElementsOf(SampleRun.SERVICES);
    assertThat(rows.get(0))
        .isEqualTo(
            new MetricsRow(
                1,
                "FLOOD_IMPACT",
                "environment:flood",
                "Straße \"Nord\", 1",
                1.0 / 3,
                1.0,
                5.0 - 0.1 - 0.1 - 0.1,
                10.0,
                "operational",
                1));
  }

  @Test
  void read_fullMode_keepsNanAndExtremes() {
    SampleRun.write(directory, MetricsMode.FULL);

    List<MetricsRow> lastEvent = readAll(directory.resolve(RunFiles.METRICS)).subList(16, 20);

    assertThat(lastEvent.get(1).effectiveCapacity()).isEqualTo(Double.MIN_VALUE);
    assertThat(lastEvent.get(3).effectiveCapacity()).isNaN();
    assertThat(lastEvent.get(0).load()).isEqualTo(1e21);
    assertThat(lastEvent.get(2).resourceLevel()).isEqualTo(1e-7);
  }

  @Test
  void columns_fullHeader_listsEveryColumnInOrder() {
    SampleRun.write(directory, MetricsMode.FULL);

    try (MetricsReader reader = MetricsReader.open(directory.resolve(RunFiles.METRICS))) {
      assertThat(reader.columns()).isEqualTo(MetricsColumns.HEADER);
    }
  }

  @Test
  void read_sixColumnsWithLf_leavesOptionalAbsent() {
    Path file =
        TestFiles.write(
            directory.resolve("metrics.csv"),
            SIX_COLUMNS.replace("\r\n", "\n") + "3,T,s,\"a,b\",0.5,\n");

    assertThat(readAll(file))
        .containsExactly(
            new MetricsRow(
                3,
                "T",
                "s",
                "a,b",
                0.5,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                null,
                MetricsRow.NO_EVENT_ID));
  }

  @Test
  void read_reorderedExtraColumns_readsKnownOnes() {
    Path file =
        TestFiles.write(
            directory.resolve("metrics.csv"),
            "time,event_type,source,service_id,stress_level,resource_level,note,event_id,status\r\n"
                + "1,T,s,a,0.5,1.0,anything,9,failed\r\n");

    assertThat(readAll(file))
        .containsExactly(
            new MetricsRow(1, "T", "s", "a", 0.5, 1.0, Double.NaN, Double.NaN, "failed", 9));
  }

  @Test
  void open_byteOrderMark_isIgnored() {
    Path file =
        TestFiles.write(
            directory.resolve("metrics.csv"), "\uFEFF" + SIX_COLUMNS + "1,T,s,a,0.5,1.0\r\n");

    assertThat(readAll(file)).hasSize(1);
  }

  @Test
  void open_wrongMandatoryColumns_reportsEachColumn() {
    Path file =
        TestFiles.write(
            directory.resolve("metrics.csv"),
            "time,event,source,service_id,stress,resource_level,time\r\n");

    MalformedRunFileException error =
        catchThrowableOfType(MalformedRunFileException.class, () -> MetricsReader.open(file));

    assertThat(error.problems())
        .containsExactly(
            file
                + ":1: header column 2 must be \"event_type\", found \"event\"; the header must start with "
                + "time,event_type,source,service_id,stress_level,resource_level",
            file
                + ":1: header column 5 must be \"stress_level\", found \"stress\"; the header must start with "
                + "time,event_type,source,service_id,stress_level,resource_level",
            file + ":1: header has the column \"time\" more than once");
  }

  @Test
  void open_emptyFile_reportsMissingHeader() {
    Path file = TestFiles.write(directory.resolve("metrics.csv"), "");

    assertThatThrownBy(() -> MetricsReader.open(file))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(
            file
                + ":1: the file is empty; expected a header starting with "
                + "time,event_type,source,service_id,stress_level,resource_level");
  }

  @Test
  void read_afterMultilineField_countsLines() {
    Path file =
        TestFiles.write(
            directory.resolve("metrics.csv"),
            SIX_COLUMNS + "1,T,s,\"multi\nline\",0.5,1.0\r\n" + "2,T,s,a,NaN,1,0\r\n");

    MalformedRunFileException error =
        catchThrowableOfType(MalformedRunFileException.class, () -> readAll(file));

    assertThat(error.problems())
        .containsExactly(file + ":4: expected 6 fields as in the header, found 7");
  }

  @Test
  void read_textInNumberColumns_reportsEachField() {
    Path file =
        TestFiles.write(
            directory.resolve("metrics.csv"), SIX_COLUMNS + "-1,T,s,a,Infinity,high\r\n");

    MalformedRunFileException error =
        catchThrowableOfType(MalformedRunFileException.class, () -> readAll(file));

    assertThat(error.problems())
        .containsExactly(
            file + ":2: column time: invalid value \"-1\"; expected a whole number of 0 or more",
            file
                + ":2: column stress_level: invalid number \"Infinity\"; expected a decimal such as 0.25 or 1.0E-7, "
                + "or an empty field for NaN",
            file
                + ":2: column resource_level: invalid number \"high\"; expected a decimal such as 0.25 or 1.0E-7, "
                + "or an empty field for NaN");
  }

  @Test
  void read_emptyLine_reportsIt() {
    Path file =
        TestFiles.write(directory.resolve("metrics.csv"), SIX_COLUMNS + "1,T,s,a,0.5,1.0\r\n\r\n");

    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessage(file + ":3: empty line; expected a row of 6 fields");
  }

  @Test
  void read_unclosedQuote_reportsInvalidCsv() {
    Path file =
        TestFiles.write(directory.resolve("metrics.csv"), SIX_COLUMNS + "1,T,s,\"a,0.5,1.0\r\n");

    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(MalformedRunFileException.class)
        .hasMessageStartingWith(file + ":2: invalid CSV: ");
  }

  @Test
  void iterator_secondCall_throws() {
    Path file = TestFiles.write(directory.resolve("metrics.csv"), SIX_COLUMNS);

    try (MetricsReader reader = MetricsReader.open(file)) {
      reader.iterator();

      assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }
  }
}
