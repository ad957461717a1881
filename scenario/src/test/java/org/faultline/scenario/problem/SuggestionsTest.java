package org.faultline.scenario.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> KEYS =
      List.of("id", "capacity", "resource", "stress_increment", "depends_on");

  @Test
  void likelyTypo_missingLetter_findsKey() {
    assertThat(Suggestions.likelyTypo("capcity", KEYS)).hasValue("capacity");
  }

  @Test
  void likelyTypo_swappedLetters_findsKey() {
    assertThat(Suggestions.likelyTypo("depneds_on", KEYS)).hasValue("depends_on");
    assertThat(Suggestions.likelyTypo("resuorce", KEYS)).hasValue("resource");
  }

  @Test
  void likelyTypo_unrelatedName_findsNothing() {
    assertThat(Suggestions.likelyTypo("colour", KEYS)).isEmpty();
  }

  @Test
  void nearest_unrelatedName_stillFindsClosest() {
    assertThat(Suggestions.nearest("ids", KEYS)).hasValue("id");
  }

  @Test
  void nearest_tie_prefersEarlierCandidate() {
    assertThat(Suggestions.nearest("ab", List.of("ax", "xb"))).hasValue("ax");
  }

  @Test
  void distance_transposition_costsOne() {
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }
}
