package org.faultline.scenario.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.override.Overrides;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** Overridden values go through the binder's checks like values from the file, and name their argument. */
class BindingWithOverridesTest {

    private final MappingNode reference = YamlReader.withDefaults().readFile(Fixtures.path("valid/flood-overload.yaml"));

    @Test
    void bind_invalidOverride_reportsArgumentAsSource() {
        Problems problems = new Problems();
        MappingNode overridden = Overrides.apply(reference, List.of("horizon=abc"), problems);

        SampleBinder.bind(overridden, problems);

        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.render()).isEqualTo(
                    "--set horizon=abc: horizon: invalid value \"abc\": must be an integer ≥ 1");
        });
    }

    @Test
    void bind_overrideById_reportsCanonicalPath() {
        Problems problems = new Problems();
        MappingNode overridden = Overrides.apply(reference, List.of("services.power.capacity=-1"), problems);

        SampleBinder.bind(overridden, problems);

        assertThat(problems.sorted()).extracting(Problem::render).containsExactly(
                "--set services.power.capacity=-1: services[2].capacity: invalid value -1: must be a finite number > 0");
    }

    @Test
    void bind_validOverrides_changeBoundValues() {
        Problems problems = new Problems();
        MappingNode overridden = Overrides.apply(
                reference, List.of("horizon=20", "services.emergency.capacity=4.5", "unit=minute"), problems);

        var scenario = SampleBinder.bind(overridden, problems).orElseThrow();

        assertThat(scenario.horizon()).isEqualTo(20);
        assertThat(scenario.unit()).isEqualTo("minute");
        assertThat(scenario.services().get(1).capacity()).isEqualTo(4.5);
    }

    @Test
    void bind_fileAndOverrideProblems_reportedTogether() {
        MappingNode root = YamlReader.withDefaults().readFile(Fixtures.path("invalid/out-of-range.yaml"));
        Problems problems = new Problems();
        MappingNode overridden = Overrides.apply(root, List.of("horizon=0"), problems);

        SampleBinder.bind(overridden, problems);

        assertThat(problems.sorted()).extracting(Problem::source, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("--set horizon=0", 0),
                org.assertj.core.groups.Tuple.tuple(Fixtures.path("invalid/out-of-range.yaml").toString(), 7));
    }
}
