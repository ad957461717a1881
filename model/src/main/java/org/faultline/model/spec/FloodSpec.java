package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;

/**
 * A flood: pulses of extra load that also drain resources of the services it hits.
 *
 * @param id source id, unique among all participants
 * @param targets the services each pulse hits, in order
 * @param onset the time in ticks of the first pulse; at least 0
 * @param pulses how many pulses; at least 1
 * @param interval ticks between consecutive pulses; at least 0
 * @param intensity load each pulse adds to each target, in load units; at least 0
 * @param resourceDrain resources each pulse takes from each target per unit of intensity; at least
 *     0
 * @param perturbation what each pulse does to the targets' inoperability under dependency coupling
 */
public record FloodSpec(
    String id,
    List<String> targets,
    long onset,
    int pulses,
    long interval,
    double intensity,
    double resourceDrain,
    Perturbation perturbation)
    implements StressorSpec {

  /** The default resource drain per unit of intensity. */
  public static final double DEFAULT_RESOURCE_DRAIN = 0.1;

  public FloodSpec {
    Objects.requireNonNull(id, "id");
    targets = List.copyOf(targets);
    Objects.requireNonNull(perturbation, "perturbation");
  }

  /** Creates a flood that does not perturb inoperability. */
  public FloodSpec(
      String id,
      List<String> targets,
      long onset,
      int pulses,
      long interval,
      double intensity,
      double resourceDrain) {
    this(id, targets, onset, pulses, interval, intensity, resourceDrain, Perturbation.none());
  }
}
