package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;

/**
 * Everything one run of the infrastructure model is configured with. Lists keep declaration order,
 * which is registration order in the run. The scenario loader produces it from a file and checks
 * every field; this record checks only what would break the model.
 *
 * @param name the scenario's name, such as {@code flood-overload}
 * @param description what the scenario shows, in prose
 * @param timeUnit what one tick stands for in reports: tick, second, minute, hour or day
 * @param seed the run seed from which every random stream derives
 * @param horizon the last time in ticks at which events execute
 * @param services the public services, in declaration order
 * @param citizens the citizen populations
 * @param policies the policy offices
 * @param stressors the stressors, whose events are scheduled first, in this order
 * @param initialEvents further events scheduled before the run, after the stressors' events
 * @param scheduling the scheduling table: how the engine decides each intent type
 * @param reactTo the event types after which every agent observes the state and may intend
 * @param limits the engine guards
 * @param dynamics which dynamics of the richer model are on
 * @param channels the institutional channels that scheduling rules may name
 */
public record ScenarioSpec(
    String name,
    String description,
    String timeUnit,
    long seed,
    long horizon,
    List<ServiceSpec> services,
    List<CitizenSpec> citizens,
    List<PolicySpec> policies,
    List<StressorSpec> stressors,
    List<InitialEventSpec> initialEvents,
    List<SchedulingRule> scheduling,
    List<String> reactTo,
    Limits limits,
    Dynamics dynamics,
    List<ChannelSpec> channels) {

  public ScenarioSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(timeUnit, "timeUnit");
    services = List.copyOf(services);
    citizens = List.copyOf(citizens);
    policies = List.copyOf(policies);
    stressors = List.copyOf(stressors);
    initialEvents = List.copyOf(initialEvents);
    scheduling = List.copyOf(scheduling);
    reactTo = List.copyOf(reactTo);
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(dynamics, "dynamics");
    channels = List.copyOf(channels);
  }

  /** Creates a scenario of the reference configuration, with every dynamic off and no channels. */
  public ScenarioSpec(
      String name,
      String description,
      String timeUnit,
      long seed,
      long horizon,
      List<ServiceSpec> services,
      List<CitizenSpec> citizens,
      List<PolicySpec> policies,
      List<StressorSpec> stressors,
      List<InitialEventSpec> initialEvents,
      List<SchedulingRule> scheduling,
      List<String> reactTo,
      Limits limits) {
    this(
        name,
        description,
        timeUnit,
        seed,
        horizon,
        services,
        citizens,
        policies,
        stressors,
        initialEvents,
        scheduling,
        reactTo,
        limits,
        Dynamics.none(),
        List.of());
  }

  /** Returns this scenario with another seed. */
  public ScenarioSpec withSeed(long newSeed) {
    return new ScenarioSpec(
        name,
        description,
        timeUnit,
        newSeed,
        horizon,
        services,
        citizens,
        policies,
        stressors,
        initialEvents,
        scheduling,
        reactTo,
        limits,
        dynamics,
        channels);
  }

  /** Returns this scenario with another horizon in ticks. */
  public ScenarioSpec withHorizon(long newHorizon) {
    return new ScenarioSpec(
        name,
        description,
        timeUnit,
        seed,
        newHorizon,
        services,
        citizens,
        policies,
        stressors,
        initialEvents,
        scheduling,
        reactTo,
        limits,
        dynamics,
        channels);
  }
}
