package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.trace.read.DelayComponent;

/**
 * One moment that matters in a run. Instances are immutable and thread-safe.
 *
 * @param time logical time in ticks
 * @param kind what happened
 * @param subject the stressor, service or office it concerns
 * @param event the event it is, or the event after which a status change was logged; empty when
 *     unknown
 * @param eventType type of that event, or empty
 * @param detail a short description, such as {@code active → failed}; may be empty
 * @param scheduledAt for an event scheduled during the run, the tick at which it was scheduled
 * @param delay for an event scheduled during the run, the components of its applied delay
 */
public record TimelineEntry(
    long time,
    Kind kind,
    String subject,
    Optional<EventRef> event,
    Optional<String> eventType,
    String detail,
    OptionalLong scheduledAt,
    List<DelayComponent> delay) {

  /** The kinds of timeline entries. */
  public enum Kind {
    /** The first event of a stressor. */
    STRESSOR_ONSET("stressor_onset"),
    /** The last event of a stressor. */
    STRESSOR_END("stressor_end"),
    /** The first {@code SERVICE_OVERLOAD} of a service. */
    FIRST_OVERLOAD("first_overload"),
    /** A {@code SERVICE_DEGRADED}, {@code SERVICE_FAILED} or {@code SERVICE_RESTORED} event. */
    SERVICE_STATUS_EVENT("service_status_event"),
    /** A change of a service's status to {@code failed}. */
    FAILURE("failure"),
    /** A change of a service's status from {@code failed} to another. */
    RECOVERY("recovery"),
    /** Any other change of a service's status, such as to {@code degraded}. */
    STATUS_CHANGE("status_change"),
    /** A policy office intended to intervene: its {@code POLICY_INTENT} executed. */
    POLICY_INTENT("policy_intent"),
    /** A {@code POLICY_INTERVENTION} executed. */
    POLICY_INTERVENTION("policy_intervention");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** Returns the identifier written to {@code analysis.json}. */
    public String id() {
      return id;
    }
  }

  /** Checks for nulls and copies the list. */
  public TimelineEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    delay = List.copyOf(delay);
  }
}
