package org.faultline.scenario.bind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.Allocation;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.HeatwaveSpec;
import org.faultline.model.spec.InitialEventSpec;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.Limits;
import org.faultline.model.spec.Perturbation;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.spec.StressorSpec;
import org.faultline.model.world.World;
import org.faultline.scenario.field.DoubleRange;
import org.faultline.scenario.field.LongRange;
import org.faultline.scenario.field.MappingReader;
import org.faultline.scenario.field.StringFormat;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.Suggestions;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.YamlNode;

/**
 * Binds a scenario document to the model's configuration records, checking every field and every
 * reference between fields. All problems of a document are recorded; a spec is returned only when
 * there were none. docs/scenarios.md documents each field, its type, unit, default and range.
 *
 * <p>Stateless; each call uses its own problem collector.
 */
public final class ScenarioBinder {

  /** The units a tick may stand for in reports. */
  public static final List<String> TIME_UNITS = List.of("tick", "second", "minute", "hour", "day");

  /** Stressor kinds. */
  public static final List<String> STRESSOR_KINDS = List.of("flood", "heatwave");

  /** The event types after which agents react when a scenario sets no react_to. */
  public static final List<String> DEFAULT_REACT_TO =
      List.of("FLOOD_IMPACT", "NORMAL_DEMAND", "DEMAND_SPIKE", "POLICY_INTERVENTION");

  /** The types an initial event may have. */
  public static final List<String> INITIAL_EVENT_TYPES = List.of("NORMAL_DEMAND", "DEMAND_SPIKE");

  /** Ids: no leading or trailing white space and no control characters. */
  public static final StringFormat ID_FORMAT =
      StringFormat.of(
          "[^\\p{Cc}\\s](?:[^\\p{Cc}]*[^\\p{Cc}\\s])?",
          "a name without control characters or leading and trailing spaces");

  /** The maximum number of pulses of one stressor. */
  public static final long MAX_PULSES = 1_000_000;

  /**
   * The latest time in ticks of an event scheduled before the run (a flood pulse or an initial
   * event): 2^53, up to which every whole number of ticks converts to a double exactly.
   */
  public static final long MAX_SCHEDULED_TIME = 1L << 53;

  static final List<String> ROOT_KEYS =
      List.of(
          "name",
          "description",
          "time_unit",
          "seed",
          "horizon",
          "services",
          "citizens",
          "policy_offices",
          "stressors",
          "initial_events",
          "scheduling",
          "react_to",
          "limits",
          "dynamics",
          "channels");
  static final List<String> SERVICE_KEYS =
      List.of(
          "id",
          "capacity",
          "resource",
          "depends_on",
          "overload_threshold",
          "stress_increment",
          "recovery_rate",
          "self_coupling",
          "degraded_inoperability",
          "failed_inoperability",
          "stress_rise",
          "stress_decay",
          "failure_threshold",
          "repair_delay",
          "react_to");
  static final List<String> DEPENDENCY_KEYS = List.of("service", "coupling");
  static final List<String> CITIZEN_KEYS =
      List.of("id", "demand", "panic_threshold", "resource", "uses", "escalation", "react_to");
  static final List<String> POLICY_KEYS =
      List.of(
          "id",
          "budget",
          "stress_threshold",
          "intervention_delay",
          "budget_release",
          "reports_from",
          "allocation",
          "priority",
          "react_to");
  static final List<String> FLOOD_KEYS =
      List.of(
          "id",
          "kind",
          "targets",
          "onset",
          "pulses",
          "interval",
          "intensity",
          "resource_drain",
          "perturbation",
          "perturbation_duration");
  static final List<String> HEATWAVE_KEYS =
      List.of(
          "id",
          "kind",
          "targets",
          "onset",
          "pulses",
          "interval",
          "intensity",
          "perturbation",
          "perturbation_duration");
  static final List<String> INITIAL_EVENT_KEYS = List.of("type", "source", "delay", "intensity");
  static final List<String> SCHEDULING_KEYS = List.of("event", "requested", "fixed", "channel");
  static final List<String> CHANNEL_KEYS = List.of("id", "minimum", "capacity", "jitter");
  static final List<String> LIMITS_KEYS = List.of("max_events_per_instant", "max_events");
  static final List<String> DYNAMICS_KEYS =
      List.of("dependency_coupling", "resource_coupling", "backlog");

  /** The maximum duration of a stressor's perturbation, in ticks. */
  public static final long MAX_PERTURBATION_DURATION = 1_000_000_000;

  private static final double DEFAULT_CITIZEN_RESOURCE = 1.0;

  private final List<String> eventTypes = new InfrastructureEvents().names();

  /**
   * Binds a document.
   *
   * @param root the document's root mapping, overrides already applied
   * @param problems where every problem is recorded
   * @return the spec, or empty when any problem was recorded
   */
  public Optional<ScenarioSpec> bind(MappingNode root, Problems problems) {
    int before = problems.size();
    MappingReader top = MappingReader.of(root, problems, ROOT_KEYS);
    Ids ids = new Ids(problems);

    Optional<String> name = top.requiredString("name");
    String description = top.optionalString("description", "");
    String timeUnit = top.optionalEnumValue("time_unit", "tick", TIME_UNITS);
    long seed = top.optionalLong("seed", 0, LongRange.any());
    OptionalLong horizon = top.requiredLong("horizon", LongRange.nonNegative());

    List<YamlNode> serviceNodes = top.requiredSequence("services");
    if (top.has("services") && serviceNodes.isEmpty() && top.node("services").isPresent()) {
      top.reject(top.node("services").get(), "a scenario needs at least one service");
    }
    List<ServiceSpec> services = new ArrayList<>();
    Map<String, List<ScalarNode>> dependencies = new LinkedHashMap<>();
    ids.reserve(World.COUPLING_SOURCE);
    ids.reserve(World.SERVICE_SOURCE);
    for (YamlNode node : serviceNodes) {
      bindService(node, problems, ids, dependencies).ifPresent(services::add);
    }
    List<DynamicsFields.ServiceReference> serviceReferences = new ArrayList<>();
    List<CitizenSpec> citizens = new ArrayList<>();
    for (YamlNode node : top.optionalSequence("citizens")) {
      bindCitizen(node, problems, ids, serviceReferences).ifPresent(citizens::add);
    }
    List<PolicySpec> policies = new ArrayList<>();
    List<YamlNode> reportsFrom = new ArrayList<>();
    for (YamlNode node : top.optionalSequence("policy_offices")) {
      bindPolicy(node, problems, ids, reportsFrom, serviceReferences).ifPresent(policies::add);
    }
    checkDependencies(dependencies, ids, problems);

    List<StressorSpec> stressors = new ArrayList<>();
    for (YamlNode node : top.optionalSequence("stressors")) {
      bindStressor(node, problems, ids).ifPresent(stressors::add);
    }
    for (DynamicsFields.ServiceReference reference : serviceReferences) {
      ids.requireKind(reference.node(), Ids.Kind.SERVICE, reference.role());
    }
    List<InitialEventSpec> initialEvents = new ArrayList<>();
    for (YamlNode node : top.optionalSequence("initial_events")) {
      bindInitialEvent(node, problems, ids).ifPresent(initialEvents::add);
    }
    DynamicsFields.Channels channels =
        DynamicsFields.bindChannels(top.optionalSequence("channels"), problems);
    Set<String> scheduledTypes = new LinkedHashSet<>();
    List<SchedulingRule> scheduling =
        bindScheduling(
            top.optionalSequence("scheduling"), channels.declared(), scheduledTypes, problems);
    DynamicsFields.checkReportRule(reportsFrom, scheduledTypes, problems);
    List<String> reactTo = bindReactTo(top, problems);
    Limits limits =
        top.optionalMapping("limits")
            .map(node -> bindLimits(node, problems))
            .orElse(Limits.defaults());
    Dynamics dynamics =
        top.optionalMapping("dynamics")
            .map(node -> DynamicsFields.bindDynamics(node, problems))
            .orElse(Dynamics.none());

    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new ScenarioSpec(
            name.orElseThrow(),
            description,
            timeUnit,
            seed,
            horizon.getAsLong(),
            services,
            citizens,
            policies,
            stressors,
            initialEvents,
            scheduling,
            reactTo,
            limits,
            dynamics,
            channels.specs()));
  }

  private Optional<ServiceSpec> bindService(
      YamlNode node, Problems problems, Ids ids, Map<String, List<ScalarNode>> dependencies) {
    MappingReader service = MappingReader.of(node, problems, SERVICE_KEYS);
    Optional<String> id = ids.declare(service, Ids.Kind.SERVICE);
    OptionalDouble capacity = service.requiredDouble("capacity", DoubleRange.positive());
    double resource =
        service.optionalDouble("resource", capacity.orElse(0), DoubleRange.nonNegative());
    List<DynamicsFields.DependencyNode> dependsOn =
        DynamicsFields.bindDependencies(service, problems);
    double overloadThreshold =
        service.optionalDouble(
            "overload_threshold", ServiceSpec.DEFAULT_OVERLOAD_THRESHOLD, DoubleRange.positive());
    double stressIncrement =
        service.optionalDouble(
            "stress_increment", ServiceSpec.DEFAULT_STRESS_INCREMENT, DoubleRange.nonNegative());
    Inoperability inoperability = DynamicsFields.bindInoperability(service);
    Backlog backlog = DynamicsFields.bindBacklog(service);
    Optional<List<String>> reactTo = bindOwnReactTo(service, eventTypes, problems);
    // Dependencies are checked even when another field of the service is invalid, so that all
    // problems of the file are reported at once.
    id.ifPresent(
        declared ->
            dependencies.put(
                declared,
                dependsOn.stream()
                    .filter(Objects::nonNull)
                    .map(DynamicsFields.DependencyNode::service)
                    .toList()));
    if (!service.isValid() || id.isEmpty() || dependsOn.contains(null)) {
      return Optional.empty();
    }
    List<Dependency> dependencySpecs =
        dependsOn.stream().map(DynamicsFields.DependencyNode::dependency).toList();
    return Optional.of(
        new ServiceSpec(
            id.get(),
            capacity.getAsDouble(),
            resource,
            dependencySpecs,
            overloadThreshold,
            stressIncrement,
            inoperability,
            backlog,
            reactTo));
  }

  private static void checkDependencies(
      Map<String, List<ScalarNode>> dependencies, Ids ids, Problems problems) {
    for (Map.Entry<String, List<ScalarNode>> service : dependencies.entrySet()) {
      List<String> seen = new ArrayList<>();
      for (ScalarNode dependency : service.getValue()) {
        String target = dependency.text();
        if (target.equals(service.getKey())) {
          problems.add(
              dependency.problem(
                  "service '"
                      + target
                      + "' cannot depend on itself; remove it from its own depends_on"));
        } else if (seen.contains(target)) {
          problems.add(dependency.problem("duplicate dependency on '" + target + "'"));
        } else {
          ids.requireKind(dependency, Ids.Kind.SERVICE, "dependency");
        }
        seen.add(target);
      }
    }
  }

  private Optional<CitizenSpec> bindCitizen(
      YamlNode node,
      Problems problems,
      Ids ids,
      List<DynamicsFields.ServiceReference> serviceReferences) {
    MappingReader citizen = MappingReader.of(node, problems, CITIZEN_KEYS);
    Optional<String> id = ids.declare(citizen, Ids.Kind.CITIZEN);
    OptionalDouble demand = citizen.requiredDouble("demand", DoubleRange.nonNegative());
    OptionalDouble panic = citizen.requiredDouble("panic_threshold", DoubleRange.nonNegative());
    double resource =
        citizen.optionalDouble("resource", DEFAULT_CITIZEN_RESOURCE, DoubleRange.nonNegative());
    Optional<List<String>> uses =
        DynamicsFields.bindServiceList(
            citizen, "uses", "used service", serviceReferences, problems);
    if (uses.isPresent() && uses.get().isEmpty() && citizen.node("uses").isPresent()) {
      citizen.reject(
          citizen.node("uses").get(),
          "uses needs at least one service; leave it out for"
              + " a population that uses every service");
    }
    double escalation =
        citizen.optionalDouble(
            "escalation", CitizenSpec.DEFAULT_ESCALATION, DoubleRange.atLeast(1));
    Optional<List<String>> reactTo = bindOwnReactTo(citizen, eventTypes, problems);
    if (!citizen.isValid() || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CitizenSpec(
            id.get(),
            demand.getAsDouble(),
            panic.getAsDouble(),
            resource,
            uses,
            escalation,
            reactTo));
  }

  /**
   * Binds a policy office, adds its {@code reports_from} node, if any, to a list, and the nodes of
   * the services it names to another, to be checked once every id is declared.
   */
  private Optional<PolicySpec> bindPolicy(
      YamlNode node,
      Problems problems,
      Ids ids,
      List<YamlNode> reportsFromNodes,
      List<DynamicsFields.ServiceReference> serviceReferences) {
    MappingReader policy = MappingReader.of(node, problems, POLICY_KEYS);
    Optional<String> id = ids.declare(policy, Ids.Kind.POLICY_OFFICE);
    OptionalDouble budget = policy.requiredDouble("budget", DoubleRange.nonNegative());
    OptionalDouble threshold = policy.requiredDouble("stress_threshold", DoubleRange.nonNegative());
    OptionalLong delay = policy.requiredLong("intervention_delay", LongRange.nonNegative());
    OptionalDouble release = policy.requiredDouble("budget_release", DoubleRange.nonNegative());
    Optional<List<String>> reportsFrom =
        DynamicsFields.bindServiceList(
            policy, "reports_from", "reporting service", serviceReferences, problems);
    List<String> priority = new ArrayList<>();
    Allocation allocation =
        DynamicsFields.bindAllocation(policy, serviceReferences, problems, priority);
    Optional<List<String>> reactTo = bindOwnReactTo(policy, eventTypes, problems);
    if (reportsFrom.isPresent()) {
      reportsFromNodes.add(policy.node("reports_from").orElseThrow());
    }
    if (!policy.isValid() || id.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PolicySpec(
            id.get(),
            budget.getAsDouble(),
            threshold.getAsDouble(),
            delay.getAsLong(),
            release.getAsDouble(),
            reportsFrom,
            allocation,
            priority,
            reactTo));
  }

  private static Optional<StressorSpec> bindStressor(YamlNode node, Problems problems, Ids ids) {
    boolean heatwave =
        node instanceof MappingNode mapping
            && mapping
                .get("kind")
                .filter(ScalarNode.class::isInstance)
                .map(kindNode -> ((ScalarNode) kindNode).text().equals("heatwave"))
                .orElse(false);
    MappingReader stressor =
        MappingReader.of(node, problems, heatwave ? HEATWAVE_KEYS : FLOOD_KEYS);

    Optional<String> id = ids.declare(stressor, Ids.Kind.STRESSOR);
    Optional<String> kind = stressor.enumValue("kind", STRESSOR_KINDS);
    List<ScalarNode> targets = stressor.stringNodes("targets");
    if (stressor.has("targets") && targets.isEmpty() && stressor.node("targets").isPresent()) {
      stressor.reject(
          stressor.node("targets").get(), "a stressor needs at least one target service");
    } else if (!stressor.has("targets") && node instanceof MappingNode mapping) {
      stressor.reject(mapping, "missing required key 'targets': the services the stressor hits");
    }
    for (ScalarNode target : targets) {
      ids.requireKind(target, Ids.Kind.SERVICE, "target");
    }
    OptionalLong onset = stressor.requiredLong("onset", LongRange.between(0, MAX_SCHEDULED_TIME));
    long pulses = stressor.optionalLong("pulses", 1, LongRange.between(1, MAX_PULSES));
    long interval = stressor.optionalLong("interval", 0, LongRange.nonNegative());
    onset.ifPresent(first -> checkLastPulse(stressor, first, pulses, interval));
    OptionalDouble intensity = stressor.requiredDouble("intensity", DoubleRange.nonNegative());

    double drain =
        heatwave
            ? 0
            : stressor.optionalDouble(
                "resource_drain", FloodSpec.DEFAULT_RESOURCE_DRAIN, DoubleRange.nonNegative());
    Perturbation perturbation = DynamicsFields.bindPerturbation(stressor);
    if (!stressor.isValid() || id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    List<String> targetIds = targets.stream().map(ScalarNode::text).toList();
    if (heatwave) {
      return Optional.of(
          new HeatwaveSpec(
              id.get(),
              targetIds,
              onset.getAsLong(),
              (int) pulses,
              interval,
              intensity.getAsDouble(),
              perturbation));
    }
    return Optional.of(
        new FloodSpec(
            id.get(),
            targetIds,
            onset.getAsLong(),
            (int) pulses,
            interval,
            intensity.getAsDouble(),
            drain,
            perturbation));
  }

  /*
   * The model schedules pre-run events with delays given as doubles, so a later time would be
   * rounded or rejected by the engine, and onset + (pulses - 1) × interval could overflow a long.
   * NOTE: scheduling them at long times (Simulation.scheduleAt) would lift this limit.
   */
  private static void checkLastPulse(
      MappingReader stressor, long onset, long pulses, long interval) {
    if (pulses < 2 || interval <= (MAX_SCHEDULED_TIME - onset) / (pulses - 1)) {
      return;
    }
    BigInteger lastPulse =
        BigInteger.valueOf(interval)
            .multiply(BigInteger.valueOf(pulses - 1))
            .add(BigInteger.valueOf(onset));
    stressor.reject(
        stressor.node("interval").orElseThrow(),
        "the last pulse would come at t="
            + lastPulse
            + " (onset + (pulses - 1) × interval), after t="
            + MAX_SCHEDULED_TIME
            + ", the latest time of an event scheduled before the run; lower onset, pulses or interval");
  }

  private static Optional<InitialEventSpec> bindInitialEvent(
      YamlNode node, Problems problems, Ids ids) {
    MappingReader event = MappingReader.of(node, problems, INITIAL_EVENT_KEYS);
    Optional<String> type = event.enumValue("type", INITIAL_EVENT_TYPES);
    Optional<String> source = event.requiredString("source", ID_FORMAT);
    event
        .node("source")
        .filter(ScalarNode.class::isInstance)
        .filter(sourceNode -> source.isPresent())
        .ifPresent(
            sourceNode -> ids.requireKind((ScalarNode) sourceNode, Ids.Kind.CITIZEN, "source"));
    OptionalLong delay = event.requiredLong("delay", LongRange.between(0, MAX_SCHEDULED_TIME));
    OptionalDouble intensity = event.requiredDouble("intensity", DoubleRange.nonNegative());
    if (!event.isValid()) {
      return Optional.empty();
    }
    return Optional.of(
        new InitialEventSpec(
            type.orElseThrow(), source.orElseThrow(), delay.getAsLong(), intensity.getAsDouble()));
  }

  /** Binds the scheduling rules and adds the event type of every rule, valid or not, to a set. */
  private List<SchedulingRule> bindScheduling(
      List<YamlNode> nodes, Set<String> channels, Set<String> scheduledTypes, Problems problems) {
    List<SchedulingRule> rules = new ArrayList<>();
    Map<String, YamlNode> seen = new LinkedHashMap<>();
    for (YamlNode node : nodes) {
      MappingReader rule = MappingReader.of(node, problems, SCHEDULING_KEYS);
      Optional<String> event = rule.enumValue("event", eventTypes);
      boolean requested = rule.optionalBoolean("requested", false);
      long fixed = rule.optionalLong("fixed", 0, LongRange.nonNegative());
      Optional<String> channel =
          rule.has("channel") ? rule.requiredString("channel", ID_FORMAT) : Optional.empty();
      if (channel.isPresent() && !channels.contains(channel.get())) {
        String hint =
            Suggestions.likelyTypo(channel.get(), List.copyOf(channels))
                .map(near -> " (did you mean '" + near + "'?)")
                .orElse("");
        rule.reject(
            rule.node("channel").orElseThrow(),
            "unknown channel '"
                + channel.get()
                + "'"
                + hint
                + "; the channel must be the id of a channel declared under channels");
      }
      if (event.isPresent() && InfrastructureEvents.MODEL_SCHEDULED.contains(event.get())) {
        rule.reject(
            rule.node("event").orElseThrow(),
            "the model schedules "
                + event.get()
                + " itself, so the scheduling table cannot have a rule for it");
      } else if (event.isPresent() && seen.containsKey(event.get())) {
        rule.reject(
            rule.node("event").orElseThrow(),
            "duplicate scheduling rule for "
                + event.get()
                + ": the first is at line "
                + seen.get(event.get()).position().line());
      }
      event.ifPresent(type -> seen.putIfAbsent(type, node));
      event.ifPresent(scheduledTypes::add);
      if (rule.isValid()) {
        rules.add(new SchedulingRule(event.orElseThrow(), requested, fixed, channel));
      }
    }
    return rules;
  }

  private List<String> bindReactTo(MappingReader top, Problems problems) {
    return bindOwnReactTo(top, eventTypes, problems).orElse(DEFAULT_REACT_TO);
  }

  /** Reads a {@code react_to} list of event types; empty when the key is absent or null. */
  private static Optional<List<String>> bindOwnReactTo(
      MappingReader reader, List<String> eventTypes, Problems problems) {
    if (!reader.has("react_to")) {
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    for (ScalarNode node : reader.stringNodes("react_to")) {
      String type = node.text();
      if (!eventTypes.contains(type)) {
        problems.add(
            node.problem(
                "unknown event type '"
                    + type
                    + "'"
                    + Suggestions.likelyTypo(type, eventTypes)
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse("")
                    + "; expected one of "
                    + String.join(", ", eventTypes)));
      } else if (types.contains(type)) {
        problems.add(node.problem("duplicate event type '" + type + "' in react_to"));
      } else {
        types.add(type);
      }
    }
    return Optional.of(types);
  }

  private static Limits bindLimits(MappingNode node, Problems problems) {
    MappingReader limits = MappingReader.of(node, problems, LIMITS_KEYS);
    Limits defaults = Limits.defaults();
    long perInstant =
        limits.optionalLong(
            "max_events_per_instant", defaults.maxEventsPerInstant(), LongRange.positive());
    long total = limits.optionalLong("max_events", defaults.maxEvents(), LongRange.positive());
    return new Limits(perInstant, total);
  }
}
