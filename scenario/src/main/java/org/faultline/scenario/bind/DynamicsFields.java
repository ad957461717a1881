package org.faultline.scenario.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.faultline.model.spec.Allocation;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.ChannelSpec;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.Perturbation;
import org.faultline.scenario.field.DoubleRange;
import org.faultline.scenario.field.LongRange;
import org.faultline.scenario.field.MappingReader;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.YamlNode;

/**
 * Binds the fields of the richer dynamics for {@link ScenarioBinder}: the dynamics switches,
 * dependencies with their coupling, the inoperability and backlog parameters of services, the
 * perturbation of stressor pulses, and institutional channels. Each method records its problems and
 * returns the defaults or leaves out what was invalid, as the binder does.
 *
 * <p>Stateless.
 */
final class DynamicsFields {

  private DynamicsFields() {}

  /** A dependency as written: the node naming the service, for positions, and its coupling. */
  record DependencyNode(ScalarNode service, double coupling) {
    Dependency dependency() {
      return new Dependency(service.text(), coupling);
    }
  }

  /**
   * Reads {@code depends_on}: each item is a service id, with the default coupling, or a mapping
   * with {@code service} and {@code coupling}. An invalid item is a null in the returned list.
   */
  static List<DependencyNode> bindDependencies(MappingReader service, Problems problems) {
    List<DependencyNode> dependencies = new ArrayList<>();
    for (YamlNode item : service.optionalSequence("depends_on")) {
      if (item instanceof MappingNode) {
        MappingReader dependency = MappingReader.of(item, problems, ScenarioBinder.DEPENDENCY_KEYS);
        Optional<String> target = dependency.requiredString("service", ScenarioBinder.ID_FORMAT);
        OptionalDouble coupling = dependency.requiredDouble("coupling", DoubleRange.between(0, 1));
        boolean valid = dependency.isValid() && target.isPresent() && coupling.isPresent();
        dependencies.add(
            valid
                ? new DependencyNode(
                    (ScalarNode) dependency.node("service").orElseThrow(), coupling.getAsDouble())
                : null);
      } else if (item instanceof ScalarNode scalar
          && !scalar.isNull()
          && !scalar.text().isEmpty()) {
        dependencies.add(new DependencyNode(scalar, Dependency.DEFAULT_COUPLING));
      } else {
        service.reject(
            item,
            "expected a service id or a mapping with the keys service, coupling, found "
                + (item instanceof ScalarNode scalar
                    ? scalar.description() + " " + scalar.display()
                    : item.description()));
        dependencies.add(null);
      }
    }
    return dependencies;
  }

  static Backlog bindBacklog(MappingReader service) {
    Backlog defaults = Backlog.defaults();
    double rise =
        service.optionalDouble("stress_rise", defaults.stressRise(), DoubleRange.nonNegative());
    double decay =
        service.optionalDouble("stress_decay", defaults.stressDecay(), DoubleRange.nonNegative());
    OptionalDouble failureThreshold =
        service.has("failure_threshold")
            ? OptionalDouble.of(
                service.optionalDouble("failure_threshold", 0, DoubleRange.positive()))
            : OptionalDouble.empty();
    long repairDelay =
        service.optionalLong(
            "repair_delay",
            defaults.repairDelay(),
            LongRange.between(1, ScenarioBinder.MAX_SCHEDULED_TIME));
    return new Backlog(rise, decay, failureThreshold, repairDelay);
  }

  static Inoperability bindInoperability(MappingReader service) {
    Inoperability defaults = Inoperability.defaults();
    double recoveryRate =
        service.optionalDouble(
            "recovery_rate", defaults.recoveryRate(), new DoubleRange(0, false, 1, true));
    double selfCoupling =
        service.optionalDouble(
            "self_coupling", defaults.selfCoupling(), new DoubleRange(0, true, 1, false));
    double degradedAt =
        service.optionalDouble(
            "degraded_inoperability", defaults.degradedAt(), new DoubleRange(0, false, 1, true));
    double failedAt =
        service.optionalDouble(
            "failed_inoperability", defaults.failedAt(), new DoubleRange(0, false, 1, true));
    if (degradedAt > failedAt) {
      YamlNode node =
          service
              .node("degraded_inoperability")
              .or(() -> service.node("failed_inoperability"))
              .orElseThrow();
      service.reject(
          node,
          "degraded_inoperability "
              + degradedAt
              + " must not exceed failed_inoperability "
              + failedAt);
    }
    return new Inoperability(recoveryRate, selfCoupling, degradedAt, failedAt);
  }

  static Perturbation bindPerturbation(MappingReader stressor) {
    double level = stressor.optionalDouble("perturbation", 0.0, DoubleRange.between(0, 1));
    long duration =
        stressor.optionalLong(
            "perturbation_duration",
            Perturbation.DEFAULT_DURATION,
            LongRange.between(1, ScenarioBinder.MAX_PERTURBATION_DURATION));
    return new Perturbation(level, duration);
  }

  /** The channels of a document: every id declared, and the specs of the valid channels. */
  record Channels(Set<String> declared, List<ChannelSpec> specs) {}

  static Channels bindChannels(List<YamlNode> nodes, Problems problems) {
    List<ChannelSpec> channels = new ArrayList<>();
    Map<String, YamlNode> declared = new LinkedHashMap<>();
    for (YamlNode node : nodes) {
      MappingReader channel = MappingReader.of(node, problems, ScenarioBinder.CHANNEL_KEYS);
      Optional<String> id = channel.requiredString("id", ScenarioBinder.ID_FORMAT);
      long minimum =
          channel.optionalLong(
              "minimum", 0, LongRange.between(0, ScenarioBinder.MAX_SCHEDULED_TIME));
      OptionalLong capacity =
          channel.has("capacity")
              ? OptionalLong.of(channel.optionalLong("capacity", 1, LongRange.positive()))
              : OptionalLong.empty();
      long jitter =
          channel.optionalLong(
              "jitter", 0, LongRange.between(0, ScenarioBinder.MAX_SCHEDULED_TIME));
      if (id.isPresent() && declared.containsKey(id.get())) {
        channel.reject(
            channel.node("id").orElseThrow(),
            "duplicate channel id '"
                + id.get()
                + "': line "
                + declared.get(id.get()).position().line()
                + " already declares it");
      }
      id.ifPresent(
          declaredId -> declared.putIfAbsent(declaredId, channel.node("id").orElseThrow()));
      if (channel.isValid()) {
        channels.add(new ChannelSpec(id.orElseThrow(), minimum, capacity, jitter));
      }
    }
    return new Channels(declared.keySet(), channels);
  }

  /** A reference to a service, checked once every id of the document is declared. */
  record ServiceReference(ScalarNode node, String role) {}

  /**
   * Reads an optional list of service ids, such as a policy office's {@code reports_from}: each
   * item at most once, and its node added to the references to check later.
   *
   * @param role what the list's items are, for messages, such as "reporting service"
   * @return the ids in written order, or empty when the key is absent or null
   */
  static Optional<List<String>> bindServiceList(
      MappingReader reader,
      String key,
      String role,
      List<ServiceReference> references,
      Problems problems) {
    if (!reader.has(key)) {
      return Optional.empty();
    }
    List<String> services = new ArrayList<>();
    for (ScalarNode node : reader.stringNodes(key)) {
      if (services.contains(node.text())) {
        problems.add(node.problem("duplicate service '" + node.text() + "' in " + key));
      } else {
        references.add(new ServiceReference(node, role));
        services.add(node.text());
      }
    }
    return Optional.of(services);
  }

  /**
   * Reads a policy office's allocation rule, and adds its {@code priority} list to {@code
   * priority}; the rule {@code priority} requires a non-empty list and every other rule forbids
   * one.
   */
  static Allocation bindAllocation(
      MappingReader policy,
      List<ServiceReference> references,
      Problems problems,
      List<String> priority) {
    String label =
        policy.optionalEnumValue("allocation", Allocation.EQUAL.label(), Allocation.labels());
    Allocation allocation = Allocation.ofLabel(label).orElseThrow();
    Optional<List<String>> listed =
        bindServiceList(policy, "priority", "priority service", references, problems);
    listed.ifPresent(priority::addAll);
    if (allocation == Allocation.PRIORITY && priority.isEmpty()) {
      YamlNode at = policy.node("priority").or(() -> policy.node("allocation")).orElseThrow();
      policy.reject(at, "allocation priority needs a non-empty priority list of service ids");
    } else if (allocation != Allocation.PRIORITY && listed.isPresent()) {
      policy.reject(
          policy.node("priority").orElseThrow(),
          "priority is used only with allocation: priority,"
              + " but the allocation is "
              + allocation.label()
              + "; remove it or set allocation: priority");
    }
    return allocation;
  }

  /**
   * Records a problem at the first {@code reports_from} when the scheduling table has no rule for
   * {@code SERVICE_REPORT}, because the engine would then reject every report.
   */
  static void checkReportRule(
      List<YamlNode> reportsFrom, Set<String> scheduledTypes, Problems problems) {
    if (!reportsFrom.isEmpty() && !scheduledTypes.contains("SERVICE_REPORT")) {
      problems.add(
          reportsFrom
              .get(0)
              .problem(
                  "services report to this office through SERVICE_REPORT"
                      + " events, but the scheduling table has no rule for SERVICE_REPORT; add one, such as"
                      + " {event: SERVICE_REPORT, fixed: 2} for reports that take 2 ticks"));
    }
  }

  static Dynamics bindDynamics(MappingNode node, Problems problems) {
    MappingReader dynamics = MappingReader.of(node, problems, ScenarioBinder.DYNAMICS_KEYS);
    return new Dynamics(
        dynamics.optionalBoolean("dependency_coupling", false),
        dynamics.optionalBoolean("resource_coupling", false),
        dynamics.optionalBoolean("backlog", false));
  }
}
