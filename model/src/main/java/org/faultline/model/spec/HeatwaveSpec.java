package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;

/**
 * A heatwave: pulses of extra demand on the services it hits, such as power for cooling and water,
 * without draining their resources.
 *
 * @param id source id, unique among all participants
 * @param targets the services each pulse hits, in order
 * @param onset the time in ticks of the first pulse; at least 0
 * @param pulses how many pulses; at least 1
 * @param interval ticks between consecutive pulses; at least 0
 * @param intensity load each pulse adds to each target, in load units; at least 0
 * @param perturbation what each pulse does to the targets' inoperability under dependency coupling
 */
public record HeatwaveSpec(
    String id,
    List<String> targets,
    long onset,
    int pulses,
    long interval,
    double intensity,
    Perturbation perturbation)
    implements StressorSpec {

  public HeatwaveSpec {
    Objects.requireNonNull(id, "id");
    targets = List.copyOf(targets);
    Objects.requireNonNull(perturbation, "perturbation");
  }
}
