package org.faultline.engine.run;

import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;

/** Scheduled-but-not-executed events per (type, source), kept in one flat int array. */
final class PendingCounts {

  private final int agentCount;
  private final int participantCount;
  private final int[] counts;

  PendingCounts(int typeCount, Participants participants) {
    this.agentCount = participants.agentCount();
    this.participantCount = agentCount + participants.externals().size();
    this.counts = new int[typeCount * participantCount];
  }

  int get(EventType type, Participant source) {
    return counts[slot(type, source)];
  }

  void increment(EventType type, Participant source) {
    counts[slot(type, source)]++;
  }

  void decrement(EventType type, Participant source) {
    counts[slot(type, source)]--;
  }

  private int slot(EventType type, Participant source) {
    int column = source.isAgent() ? source.index() : agentCount + source.index();
    return type.index() * participantCount + column;
  }
}
