package org.faultline.analysis.postmortem.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The parts of {@code scenario.yaml} the post-mortem uses: services with their capacity and
 * dependencies, stressors, policy offices and the event types agents react to.
 *
 * <p>A field the file lacks, or holds in an unexpected form, is empty here and described in {@link
 * #notes()}; keys the outline does not use are ignored. Instances are immutable and thread-safe.
 *
 * @param readable whether {@code scenario.yaml} was read as a YAML mapping; when false, every list
 *     is empty and {@link #notes()} says why
 * @param services services in declaration order
 * @param stressors stressors in declaration order
 * @param offices policy offices in declaration order
 * @param reactTo the event types after which agents observe, from {@code react_to}; empty when the
 *     file does not set the key
 * @param notes one sentence per part of the file that could not be read; empty when every used part
 *     was read
 */
public record ScenarioOutline(
    boolean readable,
    List<Service> services,
    List<Stressor> stressors,
    List<Office> offices,
    Optional<List<String>> reactTo,
    List<String> notes) {

  /** Copies the lists. */
  public ScenarioOutline {
    services = List.copyOf(services);
    stressors = List.copyOf(stressors);
    offices = List.copyOf(offices);
    reactTo = reactTo.map(List::copyOf);
    notes = List.copyOf(notes);
  }

  /** Creates the outline of a scenario file that could not be read at all. */
  public static ScenarioOutline unreadable(String note) {
    return new ScenarioOutline(
        false, List.of(), List.of(), List.of(), Optional.empty(), List.of(note));
  }

  /** Returns the service with the given id, or empty when the file declares none. */
  public Optional<Service> service(String id) {
    return services.stream().filter(service -> service.id().equals(id)).findFirst();
  }

  /**
   * A service.
   *
   * @param id service id
   * @param capacity nominal capacity in load units per tick, or empty when the file lacks it
   * @param dependsOn ids of the services it depends on, in file order
   */
  public record Service(String id, OptionalDouble capacity, List<String> dependsOn) {

    /** Checks for nulls and copies the list. */
    public Service {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(capacity, "capacity");
      dependsOn = List.copyOf(dependsOn);
    }
  }

  /**
   * A stressor, such as a flood.
   *
   * @param id stressor id, which is the source of its events
   * @param kind stressor kind, such as {@code flood}, or empty
   * @param targets ids of the services it hits
   * @param onset tick of its first pulse, or empty
   * @param pulses number of pulses, or empty when the file does not set it
   * @param interval ticks between pulses, or empty when the file does not set it
   * @param intensity load one pulse adds, or empty
   */
  public record Stressor(
      String id,
      Optional<String> kind,
      List<String> targets,
      OptionalLong onset,
      OptionalLong pulses,
      OptionalLong interval,
      OptionalDouble intensity) {

    /** Checks for nulls and copies the list. */
    public Stressor {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      targets = List.copyOf(targets);
    }
  }

  /**
   * A policy office.
   *
   * @param id office id
   * @param stressThreshold total stress above which it intends to intervene, or empty
   * @param interventionDelay delay in ticks it requests for its intent and its intervention, or
   *     empty
   * @param budgetRelease budget one intervention releases, or empty
   * @param budget budget at the start, or empty
   */
  public record Office(
      String id,
      OptionalDouble stressThreshold,
      OptionalLong interventionDelay,
      OptionalDouble budgetRelease,
      OptionalDouble budget) {

    /** Checks for nulls. */
    public Office {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(stressThreshold, "stressThreshold");
      Objects.requireNonNull(interventionDelay, "interventionDelay");
      Objects.requireNonNull(budgetRelease, "budgetRelease");
      Objects.requireNonNull(budget, "budget");
    }
  }
}
