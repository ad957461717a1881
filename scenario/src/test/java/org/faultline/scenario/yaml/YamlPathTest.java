package org.faultline.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlPathTest {

  @Test
  void toString_keysAndIndexes_renderDotted() {
    YamlPath path = YamlPath.ROOT.key("services").index(2).key("capacity");

    assertThat(path).hasToString("services[2].capacity");
  }

  @Test
  void toString_root_isEmpty() {
    assertThat(YamlPath.ROOT).hasToString("");
    assertThat(YamlPath.ROOT.isRoot()).isTrue();
  }

  @Test
  void toString_keyWithDot_isBracketed() {
    YamlPath path = YamlPath.ROOT.key("labels").key("a.b").key("c");

    assertThat(path).hasToString("labels[\"a.b\"].c");
  }

  @Test
  void equals_samePathBuiltTwice_isEqual() {
    YamlPath first = YamlPath.ROOT.key("a").index(0);
    YamlPath second = YamlPath.ROOT.key("a").index(0);

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.parent()).isEqualTo(YamlPath.ROOT.key("a"));
  }

  @Test
  void equals_bracketedKeyAndIndex_differ() {
    assertThat(YamlPath.ROOT.key("a").key("[0]")).isNotEqualTo(YamlPath.ROOT.key("a").index(0));
  }
}
