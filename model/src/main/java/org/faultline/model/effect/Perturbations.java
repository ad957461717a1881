package org.faultline.model.effect;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.event.Event;

/**
 * The direct perturbations c* in force on each service: every stressor pulse that perturbs a
 * service adds one, which lasts from its tick for its duration. A service's c* is the largest level
 * in force, and the event that applied it is the cause a crossing driven by it records.
 *
 * <p>Mutated only by effect handlers. Not thread-safe.
 */
final class Perturbations {

  private record Applied(double level, long until, Event source) {}

  private final List<List<Applied>> applied = new ArrayList<>();

  Perturbations(int services) {
    for (int i = 0; i < services; i++) {
      applied.add(new ArrayList<>());
    }
  }

  /**
   * Adds a perturbation of a service.
   *
   * @param service the service's index in declaration order
   * @param level c*, in (0, 1]
   * @param until the first tick at which it no longer applies
   * @param source the executed event that applied it
   */
  void add(int service, double level, long until, Event source) {
    applied.get(service).add(new Applied(level, until, source));
  }

  /** Forgets every perturbation whose duration ended by a tick. */
  void expire(long now) {
    for (List<Applied> perturbations : applied) {
      perturbations.removeIf(perturbation -> perturbation.until() <= now);
    }
  }

  /** Returns c* of a service: the largest level in force, or 0. */
  double level(int service) {
    double level = 0;
    for (Applied perturbation : applied.get(service)) {
      level = Math.max(level, perturbation.level());
    }
    return level;
  }

  /**
   * Returns the event that applied a service's c*, the first applied on ties, or null when none is
   * in force.
   */
  Event source(int service) {
    Applied strongest = null;
    for (Applied perturbation : applied.get(service)) {
      if (strongest == null || perturbation.level() > strongest.level()) {
        strongest = perturbation;
      }
    }
    return strongest == null ? null : strongest.source();
  }
}
