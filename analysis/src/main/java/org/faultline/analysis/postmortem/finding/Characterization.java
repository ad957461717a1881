package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;

/**
 * The failure mode of a run, the rule that decided it and the numbers the rule used. Instances are
 * immutable and thread-safe.
 *
 * @param mode the failure mode
 * @param decision the sentence saying which rule applied, with its numbers
 * @param counts the numbers every rule looks at
 * @param rules the rules in the order they are tested, one sentence each
 * @param caveats what limits the decision, such as dependency edges that are unknown; empty when
 *     nothing does
 */
public record Characterization(
    FailureMode mode, String decision, Counts counts, List<String> rules, List<String> caveats) {

  /** Checks for nulls and copies the lists. */
  public Characterization {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(counts, "counts");
    rules = List.copyOf(rules);
    caveats = List.copyOf(caveats);
  }

  /**
   * The numbers behind a characterization.
   *
   * @param services services in the run
   * @param affected services that degradation reached, as {@link ServiceFindings#affected()}
   * @param affectedTargets affected services that a stressor hits directly
   * @param failed services that failed, as {@link ServiceFindings#failed()}
   * @param dependencyEdges dependency edges in {@code scenario.yaml}
   * @param carriedEdges dependency edges that carried degradation
   * @param longestHops dependency edges on the longest degradation path
   * @param remoteServices services reached by degradation over at least {@link
   *     CharacterizationRules#SYSTEMIC_MIN_HOPS} dependency edges
   */
  public record Counts(
      int services,
      int affected,
      int affectedTargets,
      int failed,
      int dependencyEdges,
      int carriedEdges,
      int longestHops,
      int remoteServices) {}
}
