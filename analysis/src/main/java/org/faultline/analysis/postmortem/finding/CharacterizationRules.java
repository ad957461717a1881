package org.faultline.analysis.postmortem.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Classifies a run's failures as none, localized, cascading or systemic.
 *
 * <p>The rules are tested in this order, and the first that applies decides:
 *
 * <ol>
 *   <li>none: no service was affected (see {@link ServiceFindings#affected()});
 *   <li>systemic: at least {@link #SYSTEMIC_FAILED_SHARE} of the services failed, or at least
 *       {@link #SYSTEMIC_REMOTE_SHARE} of them were reached by degradation over at least {@link
 *       #SYSTEMIC_MIN_HOPS} dependency edges;
 *   <li>cascading: at least {@link #CASCADING_MIN_CARRIED_EDGES} dependency edge carried
 *       degradation;
 *   <li>localized: otherwise.
 * </ol>
 *
 * <p>A service is reached over h hops when a degradation path of h dependency edges ends at one of
 * its degradation events. The cost is linear in the number of services and edges. This class is
 * stateless and thread-safe.
 */
public final class CharacterizationRules {

  /** Share of failed services from which a run is systemic. */
  public static final double SYSTEMIC_FAILED_SHARE = 0.5;

  /**
   * Share of services reached over {@link #SYSTEMIC_MIN_HOPS} or more hops from which a run is
   * systemic.
   */
  public static final double SYSTEMIC_REMOTE_SHARE = 0.5;

  /** Dependency edges a degradation path needs before the service at its end counts as remote. */
  public static final int SYSTEMIC_MIN_HOPS = 2;

  /** Dependency edges that must carry degradation for a run to be cascading. */
  public static final int CASCADING_MIN_CARRIED_EDGES = 1;

  private static final int MAX_NAMES_LISTED = 10;

  private CharacterizationRules() {}

  /**
   * Classifies the run.
   *
   * @param services every service in declaration order
   * @param propagation the causal findings, with the dependency edges
   * @return the failure mode with its decision, numbers and rules
   */
  public static Characterization characterize(
      List<ServiceFindings> services, Propagation propagation) {
    List<String> affected = new ArrayList<>();
    List<String> affectedTargets = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> remote = new ArrayList<>();
    for (ServiceFindings service : services) {
      if (service.affected()) {
        affected.add(service.id());
        if (service.stressorTarget()) {
          affectedTargets.add(service.id());
        }
      }
      if (service.failed()) {
        failed.add(service.id());
      }
      if (service.reports().degradationHops() >= SYSTEMIC_MIN_HOPS) {
        remote.add(service.id());
      }
    }
    int carried = propagation.carriedEdges().size();
    Characterization.Counts counts =
        new Characterization.Counts(
            services.size(),
            affected.size(),
            affectedTargets.size(),
            failed.size(),
            propagation.edges().size(),
            carried,
            propagation.longestHops(),
            remote.size());

    FailureMode mode;
    String decision;
    int total = services.size();
    if (affected.isEmpty()) {
      mode = FailureMode.NONE;
      decision = "none: no service of " + total + " was overloaded, degraded or failed.";
    } else if (failed.size() >= SYSTEMIC_FAILED_SHARE * total) {
      mode = FailureMode.SYSTEMIC;
      decision =
          String.format(
              Locale.ROOT,
              "systemic: %d of %d services failed (%s), at least %s of them.",
              failed.size(),
              total,
              names(failed),
              percent(SYSTEMIC_FAILED_SHARE));
    } else if (!remote.isEmpty() && remote.size() >= SYSTEMIC_REMOTE_SHARE * total) {
      mode = FailureMode.SYSTEMIC;
      decision =
          String.format(
              Locale.ROOT,
              "systemic: degradation reached %d of %d services (%s) over %d or more dependency edges, at least %s of them.",
              remote.size(),
              total,
              names(remote),
              SYSTEMIC_MIN_HOPS,
              percent(SYSTEMIC_REMOTE_SHARE));
    } else if (carried >= CASCADING_MIN_CARRIED_EDGES) {
      mode = FailureMode.CASCADING;
      decision =
          String.format(
              Locale.ROOT,
              "cascading: %d of %d dependency edges carried degradation, and the longest degradation path has %d %s; "
                  + "%d of %d services failed and %d were reached over %d or more hops, below %s.",
              carried,
              propagation.edges().size(),
              propagation.longestHops(),
              propagation.longestHops() == 1 ? "hop" : "hops",
              failed.size(),
              total,
              remote.size(),
              SYSTEMIC_MIN_HOPS,
              percent(SYSTEMIC_REMOTE_SHARE));
    } else {
      mode = FailureMode.LOCALIZED;
      decision =
          String.format(
              Locale.ROOT,
              "localized: degradation reached %d of %d services (%s), %s; %d of %d failed; no dependency edge of %d carried degradation.",
              affected.size(),
              total,
              names(affected),
              targetClause(affected, affectedTargets),
              failed.size(),
              total,
              propagation.edges().size());
    }
    return new Characterization(mode, decision, counts, rules(), caveats(propagation));
  }

  /** Returns the rules in the order they are tested, one sentence each, with their thresholds. */
  public static List<String> rules() {
    return List.of(
        "none: no service was overloaded (load above effective capacity in metrics.csv), had the status degraded "
            + "or failed, or produced SERVICE_OVERLOAD, SERVICE_DEGRADED or SERVICE_FAILED.",
        String.format(
            Locale.ROOT,
            "systemic: at least %s of the services failed, or at least %s of them were reached "
                + "by degradation over %d or more dependency edges.",
            percent(SYSTEMIC_FAILED_SHARE),
            percent(SYSTEMIC_REMOTE_SHARE),
            SYSTEMIC_MIN_HOPS),
        String.format(
            Locale.ROOT,
            "cascading: not systemic, and at least %d dependency edge carried degradation.",
            CASCADING_MIN_CARRIED_EDGES),
        "localized: services were affected, but no dependency edge carried degradation and the run is not systemic.");
  }

  private static List<String> caveats(Propagation propagation) {
    List<String> caveats = new ArrayList<>();
    if (!propagation.edgesKnown()) {
      caveats.add(
          "scenario.yaml gave no dependency edges, so no edge can be found to carry degradation: "
              + "cascading could not be tested, and systemic only by the share of failed services.");
    }
    if (propagation.unresolvedCauses() > 0) {
      caveats.add(
          propagation.unresolvedCauses()
              + " events name a cause that events.jsonl does not hold, so their chains stop there and may miss degradation.");
    }
    return caveats;
  }

  private static String targetClause(List<String> affected, List<String> targets) {
    if (targets.size() == affected.size()) {
      return affected.size() == 1
          ? "which a stressor hits directly"
          : "all of them hit directly by a stressor";
    }
    List<String> others = new ArrayList<>(affected);
    others.removeAll(targets);
    return targets.size()
        + " of them hit directly by a stressor and "
        + others.size()
        + " not ("
        + names(others)
        + ")";
  }

  private static String names(List<String> ids) {
    if (ids.size() <= MAX_NAMES_LISTED) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, MAX_NAMES_LISTED))
        + " and "
        + (ids.size() - MAX_NAMES_LISTED)
        + " more";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
