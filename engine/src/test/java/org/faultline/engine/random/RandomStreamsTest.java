package org.faultline.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RandomStreamsTest {

  private static final long SEED = 42;
  private static final String JITTER = "latency.jitter";
  private static final String DEMAND = "demand.arrivals";

  /*
   * Reference values computed outside Java: the first 8 bytes, big-endian, of
   * SHA-256(42 as 8 big-endian bytes || "latency.jitter" in UTF-8), and the first three outputs of
   * SplitMix64 (golden gamma 0x9e3779b97f4a7c15, Stafford variant 13 mixer) from that seed.
   */
  private static final long JITTER_SEED_FOR_42 = 566_573_303_645_184_093L;
  private static final List<Long> SPLITMIX64_FROM_JITTER_SEED =
      List.of(1_273_096_060_796_971_029L, -3_649_500_460_002_252_025L, 8_124_160_891_473_497_119L);

  @Test
  void stream_sameSeedAndPurpose_sameSequence() {
    List<Long> first = draw(new RandomStreams(SEED).stream(JITTER), 20);
    List<Long> second = draw(new RandomStreams(SEED).stream(JITTER), 20);

    assertThat(first).isEqualTo(second);
  }

  @Test
  void stream_otherSeed_otherSequence() {
    List<Long> first = draw(new RandomStreams(SEED).stream(JITTER), 20);
    List<Long> second = draw(new RandomStreams(SEED + 1).stream(JITTER), 20);

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void stream_otherPurpose_otherSequence() {
    RandomStreams streams = new RandomStreams(SEED);

    assertThat(draw(streams.stream(JITTER), 20)).isNotEqualTo(draw(streams.stream(DEMAND), 20));
  }

  @Test
  void stream_createdAfterAnotherStreamDrew_unshifted() {
    RandomStreams alone = new RandomStreams(SEED);
    List<Long> expected = draw(alone.stream(JITTER), 20);

    RandomStreams crowded = new RandomStreams(SEED);
    draw(crowded.stream(DEMAND), 100);
    draw(crowded.stream("model.other"), 3);

    assertThat(draw(crowded.stream(JITTER), 20)).isEqualTo(expected);
  }

  @Test
  void stream_interleavedWithAnotherStream_unshifted() {
    List<Long> expected = draw(new RandomStreams(SEED).stream(JITTER), 20);

    RandomStreams streams = new RandomStreams(SEED);
    RandomStream jitter = streams.stream(JITTER);
    RandomStream demand = streams.stream(DEMAND);
    List<Long> actual = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      actual.add(jitter.nextLong());
      demand.nextLong();
      demand.nextDouble();
    }

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void stream_createdInOtherOrder_sameSequences() {
    RandomStreams jitterFirst = new RandomStreams(SEED);
    List<Long> jitterA = draw(jitterFirst.stream(JITTER), 10);
    List<Long> demandA = draw(jitterFirst.stream(DEMAND), 10);

    RandomStreams demandFirst = new RandomStreams(SEED);
    List<Long> demandB = draw(demandFirst.stream(DEMAND), 10);
    List<Long> jitterB = draw(demandFirst.stream(JITTER), 10);

    assertThat(List.of(jitterA, demandA)).isEqualTo(List.of(jitterB, demandB));
  }

  @Test
  void stream_samePurposeTwice_continuesWhereItLeftOff() {
    RandomStreams streams = new RandomStreams(SEED);
    List<Long> expected = draw(new RandomStreams(SEED).stream(JITTER), 6);

    List<Long> actual = new ArrayList<>(draw(streams.stream(JITTER), 3));
    actual.addAll(draw(streams.stream(JITTER), 3));

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void deriveSeed_knownSeedAndPurpose_matchesSha256Reference() {
    assertThat(RandomStreams.deriveSeed(SEED, JITTER)).isEqualTo(JITTER_SEED_FOR_42);
  }

  @Test
  void nextLong_knownSeedAndPurpose_matchesSplitMix64Reference() {
    RandomStream jitter = new RandomStreams(SEED).stream(JITTER);

    assertThat(draw(jitter, 3)).isEqualTo(SPLITMIX64_FROM_JITTER_SEED);
  }

  @Test
  void nextExponential_manyDraws_meanNearRequested() {
    RandomStream stream = new RandomStreams(SEED).stream(JITTER);
    double sum = 0;
    for (int i = 0; i < 20_000; i++) {
      sum += stream.nextExponential(/* mean= */ 4.0);
    }

    // The standard error of the sample mean is 4 / sqrt(20,000) ≈ 0.028.
    assertThat(sum / 20_000).isBetween(3.85, 4.15);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
  void nextExponential_invalidMean_rejectedWithValue(double mean) {
    RandomStream stream = new RandomStreams(SEED).stream(JITTER);

    assertThatThrownBy(() -> stream.nextExponential(mean))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got " + mean);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void stream_blankPurpose_rejected(String purpose) {
    RandomStreams streams = new RandomStreams(SEED);

    assertThatThrownBy(() -> streams.stream(purpose)).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Long> draw(RandomStream stream, int count) {
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(stream.nextLong());
    }
    return values;
  }
}
