package org.faultline.scenario.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void render_fullProblem_isOneLine() {
    Problem problem =
        new Problem(
            "scenario.yaml",
            12,
            15,
            "services[1].capacity",
            "-3.0",
            "invalid value -3.0: must be a finite number > 0");

    assertThat(problem.render())
        .isEqualTo(
            "scenario.yaml:12:15: services[1].capacity: invalid value -3.0: must be a finite number > 0");
  }

  @Test
  void render_unplacedProblem_showsSource() {
    Problem problem = Problem.at(Position.of("--set horizon=abc"), "", "abc", "invalid value");

    assertThat(problem.render()).isEqualTo("--set horizon=abc: invalid value");
  }

  @Test
  void sorted_unorderedProblems_sortByPosition() {
    Problems problems = new Problems();
    problems.add(new Position("a.yaml", 9, 1), "x", null, "third");
    problems.add(new Position("a.yaml", 2, 8), "y", null, "second");
    problems.add(Position.of("--set x=1"), "x", "1", "first");
    problems.add(new Position("a.yaml", 2, 3), "z", null, "also second");

    List<String> messages = problems.sorted().stream().map(Problem::message).toList();

    assertThat(messages).containsExactly("first", "also second", "second", "third");
  }

  @Test
  void sorted_problemsAtSamePlace_keepInsertionOrder() {
    Problems problems = new Problems();
    problems.add(new Position("a.yaml", 2, 3), "", null, "one");
    problems.add(new Position("a.yaml", 2, 3), "", null, "two");

    assertThat(problems.sorted()).extracting(Problem::message).containsExactly("one", "two");
  }

  @Test
  void throwIfAny_noProblems_doesNotThrow() {
    assertThatNoException().isThrownBy(() -> new Problems().throwIfAny());
  }

  @Test
  void throwIfAny_problems_throwsAllSorted() {
    Problems problems = new Problems();
    problems.add(new Position("a.yaml", 3, 1), "b", null, "later");
    problems.add(new Position("a.yaml", 1, 1), "a", null, "earlier");

    ScenarioException error = catchThrowableOfType(ScenarioException.class, problems::throwIfAny);

    assertThat(error.problems()).extracting(Problem::message).containsExactly("earlier", "later");
    assertThat(error.getMessage()).isEqualTo("a.yaml:1:1: a: earlier\na.yaml:3:1: b: later");
  }

  @Test
  void position_halfKnown_isRejected() {
    assertThatThrownBy(() -> new Position("a.yaml", 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Position(" ", 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scenarioException_noProblems_isRejected() {
    assertThatThrownBy(() -> new ScenarioException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
