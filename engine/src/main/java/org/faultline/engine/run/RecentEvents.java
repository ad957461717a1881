package org.faultline.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.engine.event.Event;

/** The last few executed events, kept to name the culprits when a guard stops a run. */
final class RecentEvents {

  static final int CAPACITY = 64;

  private final Event[] ring = new Event[CAPACITY];
  private long count;

  void add(Event event) {
    ring[(int) (count++ % CAPACITY)] = event;
  }

  /**
   * Describes the recent events as "TYPE from SOURCE (n)" groups, most frequent first and, among
   * equals, in order of first appearance.
   */
  String describe() {
    Map<String, Integer> groups = new LinkedHashMap<>();
    long first = Math.max(0, count - CAPACITY);
    for (long i = first; i < count; i++) {
      Event event = ring[(int) (i % CAPACITY)];
      groups.merge(event.type().name() + " from " + event.source().id(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Integer> group : sorted) {
      text.append(text.length() == 0 ? "" : ", ")
          .append(group.getKey())
          .append(" (")
          .append(group.getValue())
          .append(')');
    }
    return text.toString();
  }

  long size() {
    return Math.min(count, CAPACITY);
  }
}
