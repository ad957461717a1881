package org.faultline.engine.queue;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Pending events ordered by time, then by the sequence number assigned when each was added: a
 * total order in which events at the same time leave first-scheduled-first, and no two entries
 * ever compare equal.
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
   * A 4-ary min-heap over primitive arrays. Keys are interleaved as (time, sequence) pairs in one
   * long[] so that comparing a node with its children touches one or two cache lines, and items
   * sit in a parallel Object[]: 20 bytes per slot, at most 30 per pending entry after growth by
   * half. A 4-ary heap halves the depth of a binary heap at the cost of three more comparisons per
   * level on the way down, which pays off because each level is contiguous in memory (Larkin, Sen
   * and Tarjan, "A Back-to-Basics Empirical Study of Priority Queues", ALENEX 2014).
   */
  private static final int ARITY = 4;
  private static final int MIN_CAPACITY = 16;

  private long[] keys;
  private Object[] items;
  private int size;
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
      throw new IllegalArgumentException("initial capacity must be at least 1, got " + initialCapacity);
    }
    keys = new long[2 * initialCapacity];
    items = new Object[initialCapacity];
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
    if (size == items.length) {
      grow();
    }
    long sequence = nextSequence++;
    siftUp(size++, time, sequence, item);
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
    if (size == 0) {
      throw new NoSuchElementException("the event queue is empty");
    }
    E first = (E) items[0];
    now = keys[0];
    size--;
    if (size > 0) {
      siftDown(0, keys[2 * size], keys[2 * size + 1], items[size]);
    }
    items[size] = null;
    return first;
  }

  /**
   * Returns the time of the earliest entry.
   *
   * @throws NoSuchElementException if the queue is empty
   */
  public long peekTime() {
    if (size == 0) {
      throw new NoSuchElementException("the event queue is empty");
    }
    return keys[0];
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
    return size;
  }

  /** Returns whether no entry is pending. */
  public boolean isEmpty() {
    return size == 0;
  }

  private void siftUp(int slot, long time, long sequence, Object item) {
    while (slot > 0) {
      int parent = (slot - 1) / ARITY;
      long parentTime = keys[2 * parent];
      if (parentTime < time || (parentTime == time && keys[2 * parent + 1] < sequence)) {
        break;
      }
      moveSlot(parent, slot);
      slot = parent;
    }
    setSlot(slot, time, sequence, item);
  }

  private void siftDown(int slot, long time, long sequence, Object item) {
    while (true) {
      int firstChild = ARITY * slot + 1;
      if (firstChild >= size) {
        break;
      }
      int lastChild = Math.min(firstChild + ARITY, size);
      int best = firstChild;
      long bestTime = keys[2 * firstChild];
      long bestSequence = keys[2 * firstChild + 1];
      for (int child = firstChild + 1; child < lastChild; child++) {
        long childTime = keys[2 * child];
        if (childTime < bestTime
            || (childTime == bestTime && keys[2 * child + 1] < bestSequence)) {
          best = child;
          bestTime = childTime;
          bestSequence = keys[2 * child + 1];
        }
      }
      if (time < bestTime || (time == bestTime && sequence < bestSequence)) {
        break;
      }
      moveSlot(best, slot);
      slot = best;
    }
    setSlot(slot, time, sequence, item);
  }

  private void moveSlot(int from, int to) {
    keys[2 * to] = keys[2 * from];
    keys[2 * to + 1] = keys[2 * from + 1];
    items[to] = items[from];
  }

  private void setSlot(int slot, long time, long sequence, Object item) {
    keys[2 * slot] = time;
    keys[2 * slot + 1] = sequence;
    items[slot] = item;
  }

  private void grow() {
    int capacity = items.length + Math.max(MIN_CAPACITY, items.length >> 1);
    if (capacity < 0 || capacity > Integer.MAX_VALUE / 2 - 8) {
      throw new IllegalStateException("the event queue cannot hold more than " + size + " events");
    }
    keys = Arrays.copyOf(keys, 2 * capacity);
    items = Arrays.copyOf(items, capacity);
  }
}
