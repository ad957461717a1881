package org.faultline.engine.queue;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Pending events ordered by time, then by the sequence number assigned when each was added: a total
 * order in which events at the same time leave first-scheduled-first, and no two entries ever
 * compare equal.
 *
 * <p>The queue owns logical time: {@link #now()} is the time of the entry polled last, and adding
 * an entry before it is rejected. Sequence numbers start at 1 and grow by one per added entry, so
 * they also serve as event ids.
 *
 * <p>Not thread-safe: one simulation runs on one thread.
 *
 * @param <E> the entry payload; the queue never inspects it
 */
public final class EventQueue<E> {

  /*
   * A 4-ary min-heap over primitive arrays. It has half the depth of a binary heap and needs more
   * comparisons per level on the way down. That pays off because a node's children are contiguous
   * in memory (Larkin, Sen and Tarjan, "A Back-to-Basics Empirical Study of Priority Queues",
   * ALENEX 2014). Times and sequence numbers sit in two parallel long[], so the four children's
   * times share one or two cache lines and a sequence number is read only when two times tie.
   *
   * Items never move while the heap is reordered. Each slot carries an int handle into items[],
   * so a sift moves only primitives and pays no garbage-collector write barrier, and an item is
   * stored once when added and cleared once when polled. The handles are a permutation of
   * 0..capacity-1: those of slots below `slots` are in use, the rest are free. A slot costs 8
   * bytes of time, 8 of sequence, 4 of handle and 4 of item reference (with compressed
   * references): 24 bytes, so at most 36 per pending entry right after growth by half.
   *
   * poll() leaves the root vacant instead of moving the last entry up at once. Executing an event
   * usually schedules a follow-up, and the next add() then sifts the new entry down from the root:
   * one pass instead of two. Any other call that needs the root fills it from the last slot first.
   */
  private static final int ARITY = 4;
  private static final int MIN_CAPACITY = 16;

  /** The largest array length the JDK's own collections request, its soft maximum. */
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

  private long[] times;
  private long[] sequences;
  private int[] handles;
  private Object[] items;

  /** Heap slots in use, counting a vacant root. */
  private int slots;

  /** Whether slot 0 is empty because {@link #poll()} left it for the next add to fill. */
  private boolean vacantRoot;

  private long nextSequence = 1;
  private long now;

  /** Creates an empty queue at time 0 with room for a default number of entries. */
  public EventQueue() {
    this(MIN_CAPACITY);
  }

  /**
   * Creates an empty queue at time 0.
   *
   * @param initialCapacity entries the queue holds before it first grows; at least 1
   */
  public EventQueue(int initialCapacity) {
    if (initialCapacity < 1) {
      throw new IllegalArgumentException(
          "initial capacity must be at least 1, got " + initialCapacity);
    }
    times = new long[initialCapacity];
    sequences = new long[initialCapacity];
    handles = new int[initialCapacity];
    items = new Object[initialCapacity];
    for (int i = 0; i < initialCapacity; i++) {
      handles[i] = i;
    }
  }

  /**
   * Adds an entry at an absolute time and assigns it the next sequence number.
   *
   * @param time logical time in ticks; not before {@link #now()}
   * @param item the entry; not null
   * @return the sequence number assigned to the entry, at least 1
   * @throws IllegalArgumentException if {@code time} is before the current time
   */
  public long add(long time, E item) {
    if (time < now) {
      throw new IllegalArgumentException(
          "cannot schedule at t=" + time + ": it is before the current time t=" + now);
    }
    if (item == null) {
      throw new NullPointerException("item");
    }
    long sequence = nextSequence++;
    if (vacantRoot) {
      vacantRoot = false;
      int handle = handles[0];
      items[handle] = item;
      siftDown(0, time, sequence, handle);
    } else {
      if (slots == items.length) {
        grow();
      }
      int slot = slots++;
      int handle = handles[slot];
      items[handle] = item;
      siftUp(slot, time, sequence, handle);
    }
    return sequence;
  }

  /**
   * Removes the earliest entry and advances the current time to its time.
   *
   * @return the earliest entry; never null
   * @throws NoSuchElementException if the queue is empty
   */
  @SuppressWarnings("unchecked")
  public E poll() {
    fillVacantRoot();
    if (slots == 0) {
      throw new NoSuchElementException("the event queue is empty");
    }
    int handle = handles[0];
    E first = (E) items[handle];
    items[handle] = null;
    now = times[0];
    vacantRoot = true;
    return first;
  }

  /**
   * Returns the time of the earliest entry.
   *
   * @throws NoSuchElementException if the queue is empty
   */
  public long peekTime() {
    fillVacantRoot();
    if (slots == 0) {
      throw new NoSuchElementException("the event queue is empty");
    }
    return times[0];
  }

  /** Returns the time of the entry polled last, or 0 before the first poll. */
  public long now() {
    return now;
  }

  /** Returns the sequence number the next added entry will receive. */
  public long nextSequence() {
    return nextSequence;
  }

  /** Returns the number of pending entries. */
  public int size() {
    return vacantRoot ? slots - 1 : slots;
  }

  /** Returns whether no entry is pending. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** Moves the last entry into a vacant root and restores the heap order. */
  private void fillVacantRoot() {
    if (!vacantRoot) {
      return;
    }
    vacantRoot = false;
    int last = --slots;
    int freed = handles[0];
    if (last > 0) {
      int handle = handles[last];
      handles[last] = freed;
      siftDown(0, times[last], sequences[last], handle);
    }
  }

  private void siftUp(int slot, long time, long sequence, int handle) {
    long[] times = this.times;
    while (slot > 0) {
      int parent = (slot - 1) / ARITY;
      long parentTime = times[parent];
      if (parentTime < time || (parentTime == time && sequences[parent] < sequence)) {
        break;
      }
      moveSlot(parent, slot);
      slot = parent;
    }
    setSlot(slot, time, sequence, handle);
  }

  private void siftDown(int slot, long time, long sequence, int handle) {
    long[] times = this.times;
    long[] sequences = this.sequences;
    int slots = this.slots;
    while (true) {
      int firstChild = ARITY * slot + 1;
      int best;
      if (firstChild + ARITY <= slots) {
        best = earliestOfFour(times, sequences, firstChild);
      } else if (firstChild < slots) {
        best = earliestOfFew(times, sequences, firstChild, slots);
      } else {
        break;
      }
      long bestTime = times[best];
      if (time < bestTime || (time == bestTime && sequence < sequences[best])) {
        break;
      }
      moveSlot(best, slot);
      slot = best;
    }
    setSlot(slot, time, sequence, handle);
  }

  /*
   * Which child is earliest is a coin toss that a branch predictor misses about half the time.
   * The helpers below decide it with a select on the times, which the JIT compiles to a
   * conditional move, and branch only on a tie of times, which is rare unless many events share
   * one tick. Two pairs and a final, rather than a running minimum, shorten the chain of
   * dependent comparisons.
   */
  private static int earliestOfFour(long[] times, long[] sequences, int first) {
    int a = earlier(times, sequences, first, first + 1);
    int b = earlier(times, sequences, first + 2, first + 3);
    return earlier(times, sequences, a, b);
  }

  private static int earliestOfFew(long[] times, long[] sequences, int first, int end) {
    int best = first;
    for (int child = first + 1; child < end; child++) {
      best = earlier(times, sequences, best, child);
    }
    return best;
  }

  private static int earlier(long[] times, long[] sequences, int left, int right) {
    long leftTime = times[left];
    long rightTime = times[right];
    boolean rightFirst = rightTime < leftTime;
    if (rightTime == leftTime) {
      rightFirst = sequences[right] < sequences[left];
    }
    return rightFirst ? right : left;
  }

  private void moveSlot(int from, int to) {
    times[to] = times[from];
    sequences[to] = sequences[from];
    handles[to] = handles[from];
  }

  private void setSlot(int slot, long time, long sequence, int handle) {
    times[slot] = time;
    sequences[slot] = sequence;
    handles[slot] = handle;
  }

  private void grow() {
    int oldCapacity = items.length;
    if (oldCapacity >= MAX_CAPACITY) {
      throw new IllegalStateException(
          "the event queue cannot hold more than " + oldCapacity + " events");
    }
    int capacity =
        (int) Math.min(MAX_CAPACITY, (long) oldCapacity + Math.max(MIN_CAPACITY, oldCapacity >> 1));
    times = Arrays.copyOf(times, capacity);
    sequences = Arrays.copyOf(sequences, capacity);
    handles = Arrays.copyOf(handles, capacity);
    items = Arrays.copyOf(items, capacity);
    for (int i = oldCapacity; i < capacity; i++) {
      handles[i] = i;
    }
  }
}
