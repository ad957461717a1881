package org.faultline.bench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.faultline.engine.queue.EventQueue;
import org.junit.jupiter.api.Test;

/**
 * Checks that the engine's queue and the {@link PriorityQueue} baseline of the benchmark execute
 * events in the same order, so the benchmark compares equal work.
 */
class EventQueueOrderTest {

  private static final long SEED = 7;
  private static final int OPERATIONS = 200_000;

  @Test
  void eventQueue_randomTiedOperations_matchesPriorityQueue() {
    SplittableRandom random = new SplittableRandom(SEED);
    EventQueue<Long> queue = new EventQueue<>(1);
    PriorityQueue<HoldEvent> reference = new PriorityQueue<>();
    List<Long> polled = new ArrayList<>();
    List<Long> expected = new ArrayList<>();

    for (int i = 0; i < OPERATIONS; i++) {
      int choice = random.nextInt(10);
      if (choice < 5 || reference.isEmpty()) {
        // Delays of 0 to 3 ticks make ties of time frequent.
        long time = queue.now() + random.nextInt(4);
        long sequence = queue.add(time, queue.nextSequence());
        reference.add(new HoldEvent(time, sequence));
      } else if (choice < 9) {
        polled.add(queue.poll());
        expected.add(reference.poll().sequence);
      } else {
        assertThat(queue.peekTime()).isEqualTo(reference.peek().time);
      }
    }
    while (!reference.isEmpty()) {
      polled.add(queue.poll());
      expected.add(reference.poll().sequence);
    }

    assertThat(polled).isEqualTo(expected);
  }

  @Test
  void eventQueue_pollThenPeek_reportsRemainingSize() {
    EventQueue<String> queue = new EventQueue<>(1);
    queue.add(/* time= */ 5, "a");
    queue.add(/* time= */ 3, "b");
    queue.add(/* time= */ 4, "c");

    queue.poll();

    assertThat(queue.size()).isEqualTo(2);
    assertThat(queue.peekTime()).isEqualTo(4);
    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void eventQueue_pollLastEntry_isEmpty() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(/* time= */ 2, "only");

    String polled = queue.poll();

    assertThat(polled).isEqualTo("only");
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.now()).isEqualTo(2);
  }
}
