package org.faultline.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.faultline.scenario.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlWriterTest {

  private final YamlReader reader = YamlReader.withDefaults();

  private MappingNode parse(String text) {
    return reader.read("test.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void write_nestedDocument_usesBlockStyle() {
    MappingNode root =
        parse(
            """
                name: flood
                services: [{id: a, depends_on: [b, c]}, {id: b, tags: {}}]
                matrix: [[1, 2], []]
                empty:
                """);

    String text = YamlWriter.write(root);

    assertThat(text)
        .isEqualTo(
            """
                name: flood
                services:
                  - id: a
                    depends_on:
                      - b
                      - c
                  - id: b
                    tags: {}
                matrix:
                  - - 1
                    - 2
                  - []
                empty: null
                """);
  }

  @Test
  void write_plainScalars_keepExactText() {
    MappingNode root = parse("a: 010\nb: 1.50\nc: ~\nd: .inf\ne: no\n");

    assertThat(YamlWriter.write(root)).isEqualTo("a: 010\nb: 1.50\nc: ~\nd: .inf\ne: no\n");
  }

  @Test
  void write_nonPlainScalars_areDoubleQuoted() {
    MappingNode root =
        parse("a: '3.0'\nb: \"say \\\"hi\\\"\"\nc: |\n  two\n  lines\n\"key: x\": 1\n'true': 2\n");

    assertThat(YamlWriter.write(root))
        .isEqualTo(
            "a: \"3.0\"\nb: \"say \\\"hi\\\"\"\nc: \"two\\nlines\\n\"\n\"key: x\": 1\n\"true\": 2\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "valid/flood-overload.yaml",
        "valid/scalars.yaml",
        "valid/flow-style.yaml",
        "valid/byte-order-mark.yaml"
      })
  void write_validFixture_readsBackToSameTree(String fixture) {
    MappingNode original = reader.readFile(Fixtures.path(fixture));

    MappingNode reread = parse(YamlWriter.write(original));

    assertThat(Fixtures.plain(reread)).isEqualTo(Fixtures.plain(original));
    assertThat(types(reread)).isEqualTo(types(original));
  }

  /**
   * Renders every scalar's path, type and text, which plain values alone could blur (1 and 1.0). A
   * null renders without its text, because the writer writes an empty null as "null".
   */
  private static String types(YamlNode node) {
    StringBuilder out = new StringBuilder();
    collect(node, out);
    return out.toString();
  }

  private static void collect(YamlNode node, StringBuilder out) {
    if (node instanceof MappingNode mapping) {
      mapping.entries().forEach(entry -> collect(entry.value(), out));
    } else if (node instanceof SequenceNode sequence) {
      sequence.items().forEach(item -> collect(item, out));
    } else {
      ScalarNode scalar = (ScalarNode) node;
      String text = scalar.isNull() ? "" : scalar.text();
      out.append(scalar.path())
          .append(' ')
          .append(scalar.type())
          .append(' ')
          .append(text)
          .append('\n');
    }
  }
}
