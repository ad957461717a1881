package org.faultline.analysis.attention.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.faultline.analysis.attention.GatWeights;
import org.faultline.analysis.attention.RandomGatCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeightsJsonReaderTest {

  /** Two heads of four channels over three features. */
  private static final GatWeights WEIGHTS =
      RandomGatCases.randomWeights(new SplittableRandom(3), 3, 2, 4);

  private static final String KEYS =
      "gat1.lin.weight, gat1.att_src, gat1.att_dst, gat1.bias,"
          + " gat2.lin.weight, gat2.att_src, gat2.att_dst, gat2.bias";
  private static final String OBJECT_HINT =
      "expected one JSON object that maps state_dict keys to nested lists of numbers";
  private static final String FROM_ATT_SRC = "(heads 2 x hidden 4, from gat1.att_src)";

  @TempDir Path dir;

  private Path weightsFile() {
    return dir.resolve("weights.json");
  }

  /**
   * Writes the state_dict of {@link #WEIGHTS} after {@code edit}; a string value {@code
   * "@RAW:text@"} is written as the bare JSON text {@code text}.
   */
  private void writeEdited(Consumer<Map<String, Object>> edit) throws IOException {
    Map<String, Object> stateDict = StateDicts.of(WEIGHTS);
    edit.accept(stateDict);
    String json = StateDicts.write(stateDict, weightsFile());
    Files.writeString(
        weightsFile(), json.replaceAll("\"@RAW:([^@]*)@\"", "$1"), StandardCharsets.UTF_8);
  }

  private List<String> problems() {
    return catchThrowableOfType(
            GatInputException.class, () -> WeightsJsonReader.read(weightsFile()))
        .problems();
  }

  private List<String> expand(List<String> messages) {
    return messages.stream().map(m -> m.replace("{w}", weightsFile().toString())).toList();
  }

  private static List<Object> mutableCopy(Object list) {
    return new ArrayList<>((List<?>) list);
  }

  @Test
  void read_stateDict_returnsSameWeights() throws IOException {
    writeEdited(stateDict -> {});

    GatWeights read = WeightsJsonReader.read(weightsFile());

    assertThat(read.heads()).isEqualTo(2);
    assertThat(read.hidden()).isEqualTo(4);
    assertThat(read.featureCount()).isEqualTo(3);
    assertThat(read.first().linWeight()).isDeepEqualTo(WEIGHTS.first().linWeight());
    assertThat(read.first().attSrc()).isDeepEqualTo(WEIGHTS.first().attSrc());
    assertThat(read.first().attDst()).isDeepEqualTo(WEIGHTS.first().attDst());
    assertThat(read.first().bias()).containsExactly(WEIGHTS.first().bias());
    assertThat(read.second().linWeight()).isDeepEqualTo(WEIGHTS.second().linWeight());
    assertThat(read.second().attSrc()).isDeepEqualTo(WEIGHTS.second().attSrc());
    assertThat(read.second().attDst()).isDeepEqualTo(WEIGHTS.second().attDst());
    assertThat(read.second().bias()).containsExactly(WEIGHTS.second().bias());
  }

  @Test
  void read_olderLinSrcKeys_accepted() throws IOException {
    writeEdited(
        stateDict -> {
          for (String layer : List.of("gat1", "gat2")) {
            Object lin = stateDict.remove(layer + ".lin.weight");
            stateDict.put(layer + ".lin_src.weight", lin);
            stateDict.put(layer + ".lin_dst.weight", lin);
          }
        });

    GatWeights read = WeightsJsonReader.read(weightsFile());

    assertThat(read.first().linWeight()).isDeepEqualTo(WEIGHTS.first().linWeight());
    assertThat(read.second().linWeight()).isDeepEqualTo(WEIGHTS.second().linWeight());
  }

  @Test
  void read_integerValues_accepted() throws IOException {
    writeEdited(stateDict -> stateDict.put("gat2.bias", List.of(-2)));

    GatWeights read = WeightsJsonReader.read(weightsFile());

    assertThat(read.second().bias()).containsExactly(-2.0);
  }

  static Stream<Arguments> badStateDicts() {
    return Stream.of(
        Arguments.of(
            "key missing",
            (Consumer<Map<String, Object>>) d -> d.remove("gat2.bias"),
            List.of(
                "{w}: key \"gat2.bias\" is missing; a state_dict of the model has the keys "
                    + KEYS)),
        Arguments.of(
            "key unknown",
            (Consumer<Map<String, Object>>) d -> d.put("gat3.bias", List.of(0.0)),
            List.of(
                "{w}: unknown key \"gat3.bias\"; expected the keys "
                    + KEYS
                    + " (and, from"
                    + " older PyTorch Geometric versions, lin_src.weight and lin_dst.weight in place"
                    + " of lin.weight)")),
        Arguments.of(
            "bias too short",
            (Consumer<Map<String, Object>>) d -> d.put("gat1.bias", List.of(0.0, 0.0, 0.0)),
            List.of("{w}: key \"gat1.bias\" has shape [3]; expected [8] " + FROM_ATT_SRC)),
        Arguments.of(
            "linear map with too few rows",
            (Consumer<Map<String, Object>>)
                d -> {
                  List<Object> rows = mutableCopy(d.get("gat1.lin.weight"));
                  rows.remove(7);
                  d.put("gat1.lin.weight", rows);
                },
            List.of(
                "{w}: key \"gat1.lin.weight\" has shape [7, 3]; expected [8, 3] " + FROM_ATT_SRC)),
        Arguments.of(
            "second linear map too narrow",
            (Consumer<Map<String, Object>>)
                d -> d.put("gat2.lin.weight", List.of(Collections.nCopies(7, 0.5))),
            List.of(
                "{w}: key \"gat2.lin.weight\" has shape [1, 7]; expected [1, 8] " + FROM_ATT_SRC)),
        Arguments.of(
            "second layer with two channels",
            (Consumer<Map<String, Object>>)
                d -> d.put("gat2.att_src", List.of(List.of(List.of(1.0, 2.0)))),
            List.of(
                "{w}: key \"gat2.att_src\" has shape [1, 1, 2]; expected [1, 1, 1] (gat2"
                    + " has one head of one channel)")),
        Arguments.of(
            "att_src with leading 2",
            (Consumer<Map<String, Object>>)
                d -> {
                  Object att = ((List<?>) d.get("gat1.att_src")).get(0);
                  d.put("gat1.att_src", List.of(att, att));
                },
            List.of(
                "{w}: key \"gat1.att_src\" has shape [2, 2, 4]; expected [1, 2, 4] (heads 2"
                    + " x hidden 4, from gat1.att_dst)")),
        Arguments.of(
            "both attention vectors without leading 1",
            (Consumer<Map<String, Object>>)
                d -> {
                  d.put("gat1.att_src", List.of(List.of(List.of(1.0)), List.of(List.of(1.0))));
                  d.put("gat1.att_dst", List.of(List.of(List.of(1.0)), List.of(List.of(1.0))));
                },
            List.of(
                "{w}: key \"gat1.att_src\" has shape [2, 1, 1]; expected [1, heads, hidden]",
                "{w}: key \"gat1.att_dst\" has shape [2, 1, 1]; expected [1, heads, hidden]")),
        Arguments.of(
            "value a string",
            (Consumer<Map<String, Object>>) d -> d.put("gat2.bias", List.of("0.5")),
            List.of(
                "{w}: key \"gat2.bias\": value at [0] is the string \"0.5\"; every value"
                    + " must be a number")),
        Arguments.of(
            "value null",
            (Consumer<Map<String, Object>>)
                d -> {
                  List<Object> row = new ArrayList<>(List.of(1.0, 2.0));
                  row.add(null);
                  List<Object> rows = mutableCopy(d.get("gat1.lin.weight"));
                  rows.set(5, row);
                  d.put("gat1.lin.weight", rows);
                },
            List.of(
                "{w}: key \"gat1.lin.weight\": value at [5][2] is null; every value must be"
                    + " a number")),
        Arguments.of(
            "value NaN as Python writes it",
            (Consumer<Map<String, Object>>) d -> d.put("gat2.bias", List.of("@RAW:NaN@")),
            List.of("{w}: key \"gat2.bias\": value at [0] is NaN; every value must be finite")),
        Arguments.of(
            "value Infinity as Python writes it",
            (Consumer<Map<String, Object>>)
                d -> d.put("gat2.att_dst", List.of(List.of(List.of("@RAW:-Infinity@")))),
            List.of(
                "{w}: key \"gat2.att_dst\": value at [0][0][0] is -Infinity; every value"
                    + " must be finite")),
        Arguments.of(
            "value beyond double range",
            (Consumer<Map<String, Object>>) d -> d.put("gat2.bias", List.of("@RAW:1e400@")),
            List.of(
                "{w}: key \"gat2.bias\": value at [0] is Infinity; every value must be"
                    + " finite")),
        Arguments.of(
            "rows ragged",
            (Consumer<Map<String, Object>>)
                d -> {
                  List<Object> rows = mutableCopy(d.get("gat1.lin.weight"));
                  rows.set(1, List.of(1.0, 2.0));
                  d.put("gat1.lin.weight", rows);
                },
            List.of(
                "{w}: key \"gat1.lin.weight\" has a list of 2 at [1] but a list of 3 at [0];"
                    + " nested lists must be rectangular")),
        Arguments.of(
            "bias nested one level too deep",
            (Consumer<Map<String, Object>>) d -> d.put("gat2.bias", List.of(List.of(0.0))),
            List.of(
                "{w}: key \"gat2.bias\" has a list at [0] where a number belongs; expected a"
                    + " 1-D nested list of numbers")),
        Arguments.of(
            "bias a bare number",
            (Consumer<Map<String, Object>>) d -> d.put("gat2.bias", 0.5),
            List.of(
                "{w}: key \"gat2.bias\" has a number at the top level where a non-empty list"
                    + " belongs; expected a 1-D nested list of numbers")),
        Arguments.of(
            "bias an empty list",
            (Consumer<Map<String, Object>>) d -> d.put("gat1.bias", List.of()),
            List.of(
                "{w}: key \"gat1.bias\" has an empty list at the top level where a non-empty"
                    + " list belongs; expected a 1-D nested list of numbers")),
        Arguments.of(
            "row a number among lists",
            (Consumer<Map<String, Object>>)
                d -> {
                  List<Object> rows = mutableCopy(d.get("gat1.lin.weight"));
                  rows.set(2, 4.0);
                  d.put("gat1.lin.weight", rows);
                },
            List.of(
                "{w}: key \"gat1.lin.weight\" has a number at [2] where a list of 3 belongs;"
                    + " nested lists must be rectangular")),
        Arguments.of(
            "lin.weight and lin_src.weight both given",
            (Consumer<Map<String, Object>>)
                d -> d.put("gat1.lin_src.weight", d.get("gat1.lin.weight")),
            List.of(
                "{w}: keys \"gat1.lin.weight\" and \"gat1.lin_src.weight\" both give"
                    + " gat1.lin.weight; keep only one of them")),
        Arguments.of(
            "lin_dst.weight without lin_src.weight",
            (Consumer<Map<String, Object>>)
                d -> d.put("gat2.lin_dst.weight", d.get("gat2.lin.weight")),
            List.of(
                "{w}: key \"gat2.lin_dst.weight\" is accepted only beside"
                    + " gat2.lin_src.weight, as older PyTorch Geometric versions export one shared"
                    + " map under both keys; remove it or rename gat2.lin.weight to"
                    + " gat2.lin_src.weight")),
        Arguments.of(
            "lin_dst.weight differs from lin_src.weight",
            (Consumer<Map<String, Object>>)
                d -> {
                  d.put("gat2.lin_src.weight", d.remove("gat2.lin.weight"));
                  d.put("gat2.lin_dst.weight", List.of(Collections.nCopies(8, 0.5)));
                },
            List.of(
                "{w}: key \"gat2.lin_dst.weight\" differs from gat2.lin_src.weight; the"
                    + " layer applies one linear map to source and target nodes, so the two must be"
                    + " equal")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStateDicts")
  void read_badStateDict_reportsProblem(
      String description, Consumer<Map<String, Object>> edit, List<String> expected)
      throws IOException {
    writeEdited(edit);

    assertThat(problems()).containsExactlyElementsOf(expand(expected));
  }

  static Stream<Arguments> badJsonTexts() {
    return Stream.of(
        Arguments.of("empty file", "", "{w}: empty file; " + OBJECT_HINT),
        Arguments.of(
            "top level a list",
            "[1, 2]",
            "{w}: the top-level value is of type array; " + OBJECT_HINT),
        Arguments.of(
            "syntax error",
            "{\"gat1.bias\": [1, 2,]}",
            "{w}: line 1, column 21: invalid JSON (Unexpected character (']' (code 93)):"
                + " expected a valid value (JSON String, Number (or 'NaN'/'+INF'/'-INF'), Array,"
                + " Object or token 'null', 'true' or 'false')); "
                + OBJECT_HINT),
        Arguments.of(
            "duplicate key",
            "{\"gat2.bias\": [1],\n \"gat2.bias\": [2]}",
            "{w}: line 2, column 13: invalid JSON (Duplicate Object property \"gat2.bias\"); "
                + OBJECT_HINT),
        Arguments.of(
            "text after the object",
            "{} {}",
            "{w}: line 1, column 4: invalid JSON (Trailing token (`JsonToken.START_OBJECT`) found"
                + " after value (bound as `tools.jackson.databind.JsonNode`): not allowed as per"
                + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`); "
                + OBJECT_HINT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badJsonTexts")
  void read_badJson_reportsProblem(String description, String text, String expected)
      throws IOException {
    Files.writeString(weightsFile(), text, StandardCharsets.UTF_8);

    assertThat(problems()).containsExactlyElementsOf(expand(List.of(expected)));
  }

  @Test
  void read_manyBadValues_restCounted() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int row = 0; row < 8; row++) {
      rows.add(List.of("a", "b", "c"));
    }
    writeEdited(d -> d.put("gat1.lin.weight", rows));

    List<String> problems = problems();

    assertThat(problems).hasSize(6);
    assertThat(problems.get(0))
        .isEqualTo(
            weightsFile()
                + ": key \"gat1.lin.weight\": value at [0][0] is the string \"a\"; every value must be"
                + " a number");
    assertThat(problems.get(5))
        .isEqualTo(
            weightsFile() + ": key \"gat1.lin.weight\" has 19 more invalid values not listed here");
  }

  @Test
  void read_problemsInSeveralKeys_allReported() throws IOException {
    writeEdited(
        d -> {
          d.remove("gat1.att_dst");
          d.put("gat2.bias", List.of(1.0, 2.0));
          d.put("extra", List.of());
        });

    assertThat(problems())
        .containsExactlyElementsOf(
            expand(
                List.of(
                    "{w}: unknown key \"extra\"; expected the keys "
                        + KEYS
                        + " (and, from older PyTorch"
                        + " Geometric versions, lin_src.weight and lin_dst.weight in place of lin.weight)",
                    "{w}: key \"gat1.att_dst\" is missing; a state_dict of the model has the keys "
                        + KEYS,
                    "{w}: key \"gat2.bias\" has shape [2]; expected [1] (gat2 has one head of one"
                        + " channel)")));
  }

  @Test
  void read_missingFile_reportsNotFound() {
    assertThat(problems())
        .containsExactlyElementsOf(expand(List.of("{w}: file not found; check the path")));
  }

  @Test
  void read_keysInAnyOrder_accepted() throws IOException {
    Map<String, Object> reversed = new LinkedHashMap<>();
    List<Map.Entry<String, Object>> entries = new ArrayList<>(StateDicts.of(WEIGHTS).entrySet());
    Collections.reverse(entries);
    entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
    StateDicts.write(reversed, weightsFile());

    GatWeights read = WeightsJsonReader.read(weightsFile());

    assertThat(read.first().attSrc()).isDeepEqualTo(WEIGHTS.first().attSrc());
  }
}
