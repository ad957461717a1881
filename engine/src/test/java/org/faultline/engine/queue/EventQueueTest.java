package org.faultline.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  /** A queue entry that remembers the key it was added with, to compare against a reference. */
  private record Entry(long time, long sequence) {}

  @Test
  void poll_sameTime_firstScheduledFirst() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(5, "a");
    queue.add(5, "b");
    queue.add(5, "c");

    assertThat(drain(queue)).containsExactly("a", "b", "c");
  }

  @Test
  void poll_mixedTimes_earliestTimeThenSequence() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(3, "a");
    queue.add(1, "b");
    queue.add(3, "c");
    queue.add(2, "d");
    queue.add(1, "e");

    assertThat(drain(queue)).containsExactly("b", "e", "d", "a", "c");
  }

  @Test
  void poll_randomAddsAndPolls_matchesSortByTimeThenSequence() {
    // A seeded mix of 10,000 operations, with times drawn from a narrow window so that many
    // entries share a time, checked against a reference queue ordered by (time, sequence).
    EventQueue<Entry> queue = new EventQueue<>(4);
    Comparator<Entry> byTimeThenSequence =
        Comparator.comparingLong(Entry::time).thenComparingLong(Entry::sequence);
    PriorityQueue<Entry> reference = new PriorityQueue<>(byTimeThenSequence);
    SplittableRandom random = new SplittableRandom(20_240_601L);
    List<Entry> actual = new ArrayList<>();
    List<Entry> expected = new ArrayList<>();

    for (int operation = 0; operation < 10_000; operation++) {
      if (queue.isEmpty() || random.nextInt(100) < 55) {
        long time = queue.now() + random.nextInt(8);
        Entry entry = new Entry(time, queue.nextSequence());
        queue.add(time, entry);
        reference.add(entry);
      } else {
        actual.add(queue.poll());
        expected.add(reference.poll());
      }
    }
    while (!queue.isEmpty()) {
      actual.add(queue.poll());
    }
    expected.addAll(drainReference(reference));

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void add_eachEntry_returnsSequenceFromOneUpByOne() {
    EventQueue<String> queue = new EventQueue<>();

    List<Long> sequences = List.of(queue.add(9, "a"), queue.add(2, "b"), queue.add(2, "c"));

    assertThat(sequences).containsExactly(1L, 2L, 3L);
  }

  @Test
  void now_beforeFirstPoll_isZero() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(7, "a");

    assertThat(queue.now()).isZero();
  }

  @Test
  void now_afterPoll_isTimeOfPolledEntry() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(7, "a");
    queue.add(12, "b");

    queue.poll();

    assertThat(queue.now()).isEqualTo(7);
  }

  @Test
  void add_beforeNow_rejectedWithValueAndCurrentTime() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(10, "a");
    queue.poll();

    assertThatThrownBy(() -> queue.add(7, "late"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("t=7", "current time t=10");
  }

  @Test
  void add_atNow_accepted() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(10, "a");
    queue.poll();

    queue.add(10, "same instant");

    assertThat(queue.poll()).isEqualTo("same instant");
  }

  @Test
  void add_pastInitialCapacity_growsAndKeepsOrder() {
    EventQueue<Integer> queue = new EventQueue<>(/* initialCapacity= */ 1);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      queue.add(100 - i, i);
      expected.add(0, i);
    }

    assertThat(drain(queue)).containsExactlyElementsOf(expected);
  }

  @Test
  void size_pastInitialCapacity_countsEveryEntry() {
    EventQueue<Integer> queue = new EventQueue<>(/* initialCapacity= */ 1);
    for (int i = 0; i < 100; i++) {
      queue.add(i, i);
    }

    assertThat(queue.size()).isEqualTo(100);
  }

  @Test
  void poll_empty_throwsNoSuchElement() {
    EventQueue<String> queue = new EventQueue<>();

    assertThatThrownBy(queue::poll).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void peekTime_empty_throwsNoSuchElement() {
    EventQueue<String> queue = new EventQueue<>();

    assertThatThrownBy(queue::peekTime).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void peekTime_pending_returnsEarliestTime() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(4, "a");
    queue.add(3, "b");

    assertThat(queue.peekTime()).isEqualTo(3);
  }

  @Test
  void peekTime_pending_leavesEntriesQueued() {
    EventQueue<String> queue = new EventQueue<>();
    queue.add(4, "a");
    queue.add(3, "b");

    queue.peekTime();

    assertThat(queue.size()).isEqualTo(2);
  }

  @Test
  void add_nullItem_rejected() {
    EventQueue<String> queue = new EventQueue<>();

    assertThatThrownBy(() -> queue.add(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructor_zeroCapacity_rejectedWithValue() {
    assertThatThrownBy(() -> new EventQueue<String>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
  }

  private static <E> List<E> drain(EventQueue<E> queue) {
    List<E> items = new ArrayList<>();
    while (!queue.isEmpty()) {
      items.add(queue.poll());
    }
    return items;
  }

  private static List<Entry> drainReference(PriorityQueue<Entry> reference) {
    List<Entry> items = new ArrayList<>();
    while (!reference.isEmpty()) {
      items.add(reference.poll());
    }
    return items;
  }
}
