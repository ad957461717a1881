package org.faultline.model.event;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;

/**
 * The event types of the infrastructure model, defined in one catalog, and the payload field names
 * they use. Names are the ones written to every output.
 *
 * <p>Immutable after construction; create one per simulation.
 */
public final class InfrastructureEvents {

  /** Payload field: load added, in load units. */
  public static final String INTENSITY = "intensity";

  /** Payload field: the services a stressor pulse hits. */
  public static final String SERVICES = "services";

  /** Payload field: resources taken per unit of intensity. */
  public static final String RESOURCE_DRAIN = "resource_drain";

  /** Payload field: stress one overload report adds. */
  public static final String STRESS_INCREMENT = "stress_increment";

  /** Payload field: budget an intervention releases. */
  public static final String BUDGET_RELEASE = "budget_release";

  /** Payload field: the direct perturbation c* a stressor pulse applies to inoperability. */
  public static final String PERTURBATION = "perturbation";

  /** Payload field: how many ticks a pulse's perturbation lasts. */
  public static final String PERTURBATION_DURATION = "perturbation_duration";

  /** Payload field: why a service's status changed, such as {@code inoperability}. */
  public static final String REASON = "reason";

  /** Payload field: a service's inoperability q when its status changed. */
  public static final String INOPERABILITY = "inoperability";

  /** Payload field: the threshold whose crossing changed a service's status. */
  public static final String THRESHOLD = "threshold";

  /** Payload field: a service's status after the change. */
  public static final String STATUS = "status";

  /** Payload field: a service's stress when it failed from stress. */
  public static final String STRESS = "stress";

  /** Payload field: ticks from a failure until the repair. */
  public static final String REPAIR_DELAY = "repair_delay";

  /** Payload field: a service's load when it sent a report. */
  public static final String LOAD = "load";

  /** Payload field: a service's effective capacity when it sent a report. */
  public static final String CAPACITY = "capacity";

  /** Payload field: the policy offices a report is addressed to. */
  public static final String RECIPIENTS = "recipients";

  /** Payload field: the stress a citizen population perceived when it intended its demand. */
  public static final String PERCEIVED_STRESS = "perceived_stress";

  /**
   * The types whose scheduling the model decides itself, so a scenario's scheduling table may not
   * have rows for them.
   */
  public static final List<String> MODEL_SCHEDULED =
      List.of(
          "COUPLING_STEP",
          "SERVICE_STEP",
          "SERVICE_DEGRADED",
          "SERVICE_FAILED",
          "SERVICE_RESTORED");

  private final EventCatalog catalog = new EventCatalog();

  /** A flood pulse hits services. */
  public final EventType floodImpact = catalog.define("FLOOD_IMPACT");

  /** A heatwave pulse adds demand to services. */
  public final EventType heatwaveDemand = catalog.define("HEATWAVE_DEMAND");

  /** Citizens add their normal demand to every service. */
  public final EventType normalDemand = catalog.define("NORMAL_DEMAND");

  /** Panicking citizens add escalated demand to every service. */
  public final EventType demandSpike = catalog.define("DEMAND_SPIKE");

  /** A service reports that its load exceeds its capacity. */
  public final EventType serviceOverload = catalog.define("SERVICE_OVERLOAD");

  /** A policy office decides to intervene. */
  public final EventType policyIntent = catalog.define("POLICY_INTENT");

  /** A policy office's budget release reaches the services. */
  public final EventType policyIntervention = catalog.define("POLICY_INTERVENTION");

  /** A service reports its state to the policy offices that list it; it arrives with latency. */
  public final EventType serviceReport = catalog.define("SERVICE_REPORT");

  /** One tick of dependency coupling: every service's inoperability is updated. */
  public final EventType couplingStep = catalog.define("COUPLING_STEP");

  /** One tick of service: every service serves load, queues the rest and updates its stress. */
  public final EventType serviceStep = catalog.define("SERVICE_STEP");

  /** A service's status worsens from active to degraded. */
  public final EventType serviceDegraded = catalog.define("SERVICE_DEGRADED");

  /** A service fails. */
  public final EventType serviceFailed = catalog.define("SERVICE_FAILED");

  /** A service's status improves: from failed or degraded to degraded or active. */
  public final EventType serviceRestored = catalog.define("SERVICE_RESTORED");

  /** Returns the catalog holding these types. */
  public EventCatalog catalog() {
    return catalog;
  }

  /** Returns the type names in definition order, as scenario files and outputs spell them. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (EventType type : catalog.types()) {
      names.add(type.name());
    }
    return List.copyOf(names);
  }

  /** Returns the types in definition order. */
  public List<EventType> all() {
    return catalog.types();
  }
}
