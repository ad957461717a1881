package org.faultline.model.effect;

import java.util.Arrays;
import org.faultline.engine.event.Event;

/**
 * The handlers' record of each service's condition beyond its state columns: the status its
 * inoperability has announced, whether it is out of operation after a failure from stress, its
 * latest degradation or failure event, the latest stressor pulse and overload report at it, and the
 * event its inoperability currently traces back to. Status changes record these events as their
 * causes, so a cascade can be followed from a failure back to the stressor.
 *
 * <p>Mutated only by effect handlers. Not thread-safe.
 */
final class ServiceConditions {

  /** A service's status by severity; the names are the status labels. */
  enum Condition {
    ACTIVE("active"),
    DEGRADED("degraded"),
    FAILED("failed");

    private final String label;

    Condition(String label) {
      this.label = label;
    }

    /** Returns the status label written to outputs. */
    String label() {
      return label;
    }
  }

  private final Condition[] announced;
  private final boolean[] outage;
  private final Event[] lastDisruption;
  private final Event[] lastPulse;
  private final Event[] lastOverload;
  private Event[] origins;

  ServiceConditions(int services) {
    this.announced = new Condition[services];
    this.outage = new boolean[services];
    this.lastDisruption = new Event[services];
    this.lastPulse = new Event[services];
    this.lastOverload = new Event[services];
    this.origins = new Event[services];
    Arrays.fill(announced, Condition.ACTIVE);
  }

  /** Returns the condition the service's inoperability last announced. */
  Condition announced(int service) {
    return announced[service];
  }

  /** Records that a status change to a condition was intended for the service. */
  void announce(int service, Condition condition) {
    announced[service] = condition;
  }

  /** Returns whether the service is out of operation after a failure from stress. */
  boolean inOutage(int service) {
    return outage[service];
  }

  /** Records that a failure from stress was intended for the service, or that it was repaired. */
  void setOutage(int service, boolean out) {
    outage[service] = out;
  }

  /**
   * Returns the status the service has: failed during an outage, otherwise the one its
   * inoperability announced.
   */
  Condition status(int service) {
    return outage[service] ? Condition.FAILED : announced[service];
  }

  /** Records an executed stressor pulse that hit the service. */
  void hit(int service, Event pulse) {
    lastPulse[service] = pulse;
  }

  /** Records an executed overload report of the service. */
  void overloaded(int service, Event report) {
    lastOverload[service] = report;
  }

  /**
   * Returns the cause a failure from stress records: the origin of the service's inoperability when
   * there is one, otherwise the latest stressor pulse that hit it, otherwise its latest overload
   * report; null when there is none of these.
   */
  Event stressCause(int service) {
    Event origin = origin(service);
    if (origin != null) {
      return origin;
    }
    return lastPulse[service] != null ? lastPulse[service] : lastOverload[service];
  }

  /** Returns the service's latest executed degradation or failure event, or null. */
  Event lastDisruption(int service) {
    return lastDisruption[service];
  }

  /** Records an executed degradation or failure event of the service. */
  void disrupted(int service, Event event) {
    lastDisruption[service] = event;
  }

  /**
   * Returns the event that a service's inoperability traces back to. That is its latest disruption
   * while it is degraded or failed, and otherwise the cause that drove it at the last coupling
   * step, or null when nothing drove it.
   */
  Event origin(int service) {
    if (announced[service] != Condition.ACTIVE && lastDisruption[service] != null) {
      return lastDisruption[service];
    }
    return origins[service];
  }

  /**
   * Replaces the drivers found at a coupling step, keeping the array, and returns the array of the
   * previous step for reuse.
   */
  Event[] replaceOrigins(Event[] drivers) {
    Event[] previous = origins;
    this.origins = drivers;
    return previous;
  }
}
