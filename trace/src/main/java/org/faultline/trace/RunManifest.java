package org.faultline.trace;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The contents of {@code run.json}: what ran, with which seed and how far, and how it ended.
 *
 * <p>Nothing in it depends on the wall clock or the machine, so two runs of the same scenario, seed
 * and version have equal manifests. Instances are immutable and thread-safe.
 *
 * @param version Faultline version that produced the run, such as {@code 0.1.0}
 * @param scenario name, description and content hash of the scenario that ran
 * @param seed run seed from which every random stream derives
 * @param horizon logical time in ticks at which the run stops; zero or more
 * @param timeUnit unit of one tick, such as {@code minute}; used only in reports
 * @param metricsMode how {@code metrics.csv} records the service state
 * @param services service ids in declaration order, which is the row order of {@code metrics.csv};
 *     unique
 * @param agents agent ids in registration order; unique
 * @param counts numbers of executed events, rejected intents and events pending at the horizon
 * @param fingerprintSha256 SHA-256 of the exact bytes of {@code events.jsonl}, as 64 lowercase
 *     hexadecimal digits; {@code run.json} writes it as {@code "sha256:"} followed by the digits
 * @param status whether the run completed or was interrupted
 */
public record RunManifest(
    String version,
    Scenario scenario,
    long seed,
    long horizon,
    String timeUnit,
    MetricsMode metricsMode,
    List<String> services,
    List<String> agents,
    Counts counts,
    String fingerprintSha256,
    RunStatus status) {

  /** Validates the components and copies the lists. */
  public RunManifest {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(timeUnit, "timeUnit");
    Objects.requireNonNull(metricsMode, "metricsMode");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(status, "status");
    if (horizon < 0) {
      throw new IllegalArgumentException("horizon must be zero or more ticks, got " + horizon);
    }
    services = copyUnique(services, "services");
    agents = copyUnique(agents, "agents");
    requireSha256Hex(fingerprintSha256, "fingerprintSha256");
  }

  /**
   * The scenario that ran.
   *
   * @param name scenario name
   * @param description scenario description; empty when the scenario has none
   * @param contentSha256 SHA-256 of the UTF-8 bytes of {@code scenario.yaml}, as 64 lowercase
   *     hexadecimal digits
   */
  public record Scenario(String name, String description, String contentSha256) {

    /** Validates the components. */
    public Scenario {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      requireSha256Hex(contentSha256, "contentSha256");
    }
  }

  /**
   * How many events the run executed, rejected and left pending.
   *
   * @param executed number of executed events; zero or more
   * @param rejected number of rejected intents; zero or more
   * @param pendingAtHorizon number of events still scheduled when the run stopped; zero or more
   */
  public record Counts(long executed, long rejected, long pendingAtHorizon) {

    /** Validates the components. */
    public Counts {
      requireNotNegative(executed, "executed");
      requireNotNegative(rejected, "rejected");
      requireNotNegative(pendingAtHorizon, "pendingAtHorizon");
    }
  }

  /**
   * Returns whether the text is 64 lowercase hexadecimal digits, the form of every SHA-256 here.
   */
  public static boolean isSha256Hex(String text) {
    if (text == null || text.length() != 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
      if (!hexDigit) {
        return false;
      }
    }
    return true;
  }

  private static void requireSha256Hex(String text, String component) {
    if (!isSha256Hex(text)) {
      throw new IllegalArgumentException(
          component + " must be 64 lowercase hexadecimal digits, got \"" + text + "\"");
    }
  }

  private static void requireNotNegative(long count, String component) {
    if (count < 0) {
      throw new IllegalArgumentException(component + " must be zero or more, got " + count);
    }
  }

  private static List<String> copyUnique(List<String> ids, String component) {
    List<String> copy = List.copyOf(Objects.requireNonNull(ids, component));
    Set<String> seen = new HashSet<>();
    for (String id : copy) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException(component + " contains \"" + id + "\" more than once");
      }
    }
    return copy;
  }
}
