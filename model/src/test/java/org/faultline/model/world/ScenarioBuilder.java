package org.faultline.model.world;

import java.util.ArrayList;
import java.util.List;
import org.faultline.model.spec.ChannelSpec;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.InitialEventSpec;
import org.faultline.model.spec.Limits;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.spec.StressorSpec;

/** Builds small scenarios for model tests; every list starts empty and reactions follow none. */
final class ScenarioBuilder {

  private long horizon = 10;
  private final List<ServiceSpec> services = new ArrayList<>();
  private final List<CitizenSpec> citizens = new ArrayList<>();
  private final List<PolicySpec> policies = new ArrayList<>();
  private final List<StressorSpec> stressors = new ArrayList<>();
  private final List<InitialEventSpec> initialEvents = new ArrayList<>();
  private final List<SchedulingRule> scheduling = new ArrayList<>();
  private final List<String> reactTo = new ArrayList<>();
  private Dynamics dynamics = Dynamics.none();
  private final List<ChannelSpec> channels = new ArrayList<>();

  ScenarioBuilder horizon(long ticks) {
    this.horizon = ticks;
    return this;
  }

  ScenarioBuilder service(ServiceSpec service) {
    services.add(service);
    return this;
  }

  ScenarioBuilder citizen(CitizenSpec citizen) {
    citizens.add(citizen);
    return this;
  }

  ScenarioBuilder policy(PolicySpec policy) {
    policies.add(policy);
    return this;
  }

  ScenarioBuilder stressor(StressorSpec stressor) {
    stressors.add(stressor);
    return this;
  }

  ScenarioBuilder initialEvent(InitialEventSpec event) {
    initialEvents.add(event);
    return this;
  }

  ScenarioBuilder rule(SchedulingRule rule) {
    scheduling.add(rule);
    return this;
  }

  ScenarioBuilder reactTo(String... types) {
    reactTo.addAll(List.of(types));
    return this;
  }

  ScenarioBuilder channel(ChannelSpec channel) {
    channels.add(channel);
    return this;
  }

  ScenarioBuilder dynamics(Dynamics value) {
    this.dynamics = value;
    return this;
  }

  ScenarioSpec build() {
    return new ScenarioSpec(
        "test",
        "",
        "tick",
        /* seed= */ 7,
        horizon,
        services,
        citizens,
        policies,
        stressors,
        initialEvents,
        scheduling,
        reactTo,
        Limits.defaults(),
        dynamics,
        channels);
  }
}
