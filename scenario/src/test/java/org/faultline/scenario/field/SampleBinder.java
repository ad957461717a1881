package org.faultline.scenario.field;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.YamlNode;

/**
 * Binds a scenario-shaped document with {@link MappingReader}, the way the model's binder will, so
 * that tests see the problems a user would see for the fixtures.
 */
final class SampleBinder {

    static final StringFormat ID = StringFormat.of(
            "[a-z][a-z0-9_-]*(:[a-z0-9_-]+)?",
            "a lowercase id such as transport or citizen:1 (letters, digits, '_' and '-', with at most one ':')");

    static final List<String> ROOT_KEYS = List.of(
            "name", "description", "seed", "horizon", "unit", "engine", "services", "citizens", "policy_offices",
            "stressors");
    static final List<String> ENGINE_KEYS = List.of("max_events_per_instant", "trace");
    static final List<String> SERVICE_KEYS =
            List.of("id", "capacity", "resource", "stress_increment", "overload_threshold", "depends_on");
    static final List<String> CITIZEN_KEYS = List.of("id", "demand", "panic_threshold");
    static final List<String> POLICY_KEYS =
            List.of("id", "budget", "stress_threshold", "intervention_delay", "budget_release");
    static final List<String> STRESSOR_KEYS = List.of("type", "at", "pulses", "intensity", "affects");
    static final List<String> STRESSOR_TYPES =
            List.of("flood", "heatwave", "outage", "demand_surge", "staff_shortage", "communications_failure");

    record Service(String id, double capacity, double resource, double stressIncrement, List<String> dependsOn) {}

    record Scenario(String name, long seed, long horizon, String unit, boolean trace, List<Service> services) {}

    private SampleBinder() {}

    /** Binds a document, or returns empty after recording its problems. */
    static Optional<Scenario> bind(MappingNode root, Problems problems) {
        MappingReader scenario = MappingReader.of(root, problems, ROOT_KEYS);
        Optional<String> name = scenario.requiredString("name", ID);
        scenario.optionalString("description", "");
        long seed = scenario.optionalLong("seed", 0, LongRange.nonNegative());
        var horizon = scenario.requiredLong("horizon", LongRange.positive());
        String unit = scenario.optionalEnumValue("unit", "minute", List.of("minute", "hour"));

        boolean trace = false;
        Optional<MappingNode> engineNode = scenario.optionalMapping("engine");
        if (engineNode.isPresent()) {
            MappingReader engine = MappingReader.of(engineNode.get(), problems, ENGINE_KEYS);
            engine.optionalLong("max_events_per_instant", 10_000, LongRange.positive());
            trace = engine.optionalBoolean("trace", false);
        }

        List<Service> services = bindServices(scenario, problems);
        bindOthers(scenario, problems);

        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.orElseThrow(), seed, horizon.orElseThrow(), unit, trace, services));
    }

    private static List<Service> bindServices(MappingReader scenario, Problems problems) {
        List<Service> services = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<ScalarNode> dependencies = new ArrayList<>();
        for (YamlNode item : scenario.requiredSequence("services")) {
            MappingReader service = MappingReader.of(item, problems, SERVICE_KEYS);
            Optional<String> id = service.requiredString("id", ID);
            if (id.isPresent() && !ids.add(id.get())) {
                service.reject(service.node("id").orElseThrow(),
                        "duplicate service id '" + id.get() + "': each service needs its own id");
            }
            var capacity = service.requiredDouble("capacity", DoubleRange.positive());
            double resource = service.optionalDouble("resource", 0.0, DoubleRange.nonNegative());
            double increment = service.optionalDouble("stress_increment", 1.0 / 3, DoubleRange.positive());
            service.optionalDouble("overload_threshold", 1.0, DoubleRange.positive());
            List<ScalarNode> dependsOn = service.stringNodes("depends_on");
            dependencies.addAll(dependsOn);
            if (service.isValid()) {
                services.add(new Service(id.orElseThrow(), capacity.orElseThrow(), resource, increment,
                        dependsOn.stream().map(ScalarNode::text).toList()));
            }
        }
        for (ScalarNode dependency : dependencies) {
            if (!ids.contains(dependency.text())) {
                problems.add(dependency.problem("unknown service " + dependency.display()
                        + ": a dependency must be the id of a service, one of " + String.join(", ", ids)));
            }
        }
        return services;
    }

    private static void bindOthers(MappingReader scenario, Problems problems) {
        for (YamlNode item : scenario.optionalSequence("citizens")) {
            MappingReader citizen = MappingReader.of(item, problems, CITIZEN_KEYS);
            citizen.requiredString("id", ID);
            citizen.requiredDouble("demand", DoubleRange.nonNegative());
            citizen.requiredDouble("panic_threshold", DoubleRange.positive());
        }
        for (YamlNode item : scenario.optionalSequence("policy_offices")) {
            MappingReader policy = MappingReader.of(item, problems, POLICY_KEYS);
            policy.requiredString("id", ID);
            policy.requiredDouble("budget", DoubleRange.nonNegative());
            policy.requiredDouble("stress_threshold", DoubleRange.positive());
            policy.requiredLong("intervention_delay", LongRange.nonNegative());
            policy.requiredDouble("budget_release", DoubleRange.nonNegative());
        }
        for (YamlNode item : scenario.optionalSequence("stressors")) {
            MappingReader stressor = MappingReader.of(item, problems, STRESSOR_KEYS);
            stressor.enumValue("type", STRESSOR_TYPES);
            stressor.requiredLong("at", LongRange.nonNegative());
            stressor.optionalLong("pulses", 1, LongRange.positive());
            stressor.requiredDouble("intensity", DoubleRange.positive());
            stressor.stringList("affects");
        }
    }
}
