package org.faultline.engine;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.faultline.archfixture.EffectApplyingAgent;
import org.faultline.archfixture.PoliteAgent;
import org.faultline.archfixture.QueueingAgent;
import org.faultline.archfixture.SchedulingAgent;
import org.faultline.archfixture.SelfTimingAgent;
import org.faultline.archfixture.SneakyAgent;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.queue.EventQueue;
import org.faultline.engine.run.Simulation;
import org.faultline.engine.state.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's architecture rules, each defined once and checked against the production classes
 * under {@code org.faultline}; the agent rule is also evaluated against deliberate violations in
 * {@code org.faultline.archfixture} to show that it reports them.
 */
public class ArchitectureTest {

  /**
   * Agents intend and nothing more: a class that implements {@link Agent}, in any package, must not
   * reach the state store, the event queue, the run loop, effect handlers or latency policies.
   *
   * <p>Empty should is allowed because the engine itself declares no agent; the domain model's
   * modules do.
   */
  public static final ArchRule AGENTS_ONLY_INTEND =
      noClasses()
          .that()
          .implement(Agent.class)
          .should()
          .dependOnClassesThat(
              belongToAnyOf(StateStore.class, EventQueue.class)
                  .or(
                      resideInAnyPackage(
                          "org.faultline.engine.run..",
                          "org.faultline.engine.effect..",
                          "org.faultline.engine.latency..")))
          .because("the engine alone schedules, decides latency and mutates state")
          .allowEmptyShould(true);

  /** The engine depends on the JDK, the SLF4J API and itself. */
  public static final ArchRule ENGINE_DEPENDS_ON_JDK_AND_SLF4J_ONLY =
      classes()
          .that()
          .resideInAPackage("org.faultline.engine..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.slf4j..", "org.faultline.engine..");

  /** The engine's packages depend on each other without cycles. */
  public static final ArchRule ENGINE_PACKAGES_FREE_OF_CYCLES =
      slices().matching("org.faultline.engine.(*)..").should().beFreeOfCycles();

  /*
   * Production classes only: ImportOption.DoNotIncludeTests skips target/test-classes, which
   * contains this test and the fixtures in org.faultline.archfixture.
   * NOTE: a lambda that implements Agent compiles to no class of its own, so ArchUnit sees its
   * body as code of the enclosing class and the agent rule does not apply to it. Models that
   * want the rule to cover a decision rule write it as a named class.
   */
  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.faultline");

  @Test
  void productionImport_engineClasses_included() {
    assertThat(PRODUCTION.contain(Simulation.class)).isTrue();
  }

  @Test
  void productionImport_fixturePackage_excluded() {
    assertThat(PRODUCTION.containPackage("org.faultline.archfixture")).isFalse();
  }

  @Test
  void agentRule_productionClasses_holds() {
    AGENTS_ONLY_INTEND.check(PRODUCTION);
  }

  @Test
  void engineDependencyRule_productionClasses_holds() {
    ENGINE_DEPENDS_ON_JDK_AND_SLF4J_ONLY.check(PRODUCTION);
  }

  @Test
  void cycleRule_productionClasses_holds() {
    ENGINE_PACKAGES_FREE_OF_CYCLES.check(PRODUCTION);
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        SneakyAgent.class,
        QueueingAgent.class,
        SchedulingAgent.class,
        EffectApplyingAgent.class,
        SelfTimingAgent.class
      })
  void agentRule_violatingFixture_reportsViolation(Class<?> fixture) {
    EvaluationResult result = AGENTS_ONLY_INTEND.evaluate(importFixture(fixture));

    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void agentRule_storeWritingFixture_reportNamesCall() {
    EvaluationResult result = AGENTS_ONLY_INTEND.evaluate(importFixture(SneakyAgent.class));

    assertThat(result.getFailureReport().getDetails())
        .anyMatch(line -> line.contains("SneakyAgent.observe") && line.contains("StateStore.set"));
  }

  @Test
  void agentRule_compliantFixture_noViolation() {
    EvaluationResult result = AGENTS_ONLY_INTEND.evaluate(importFixture(PoliteAgent.class));

    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }

  /** Returns each engine package with the engine packages its package-info.java allows it. */
  static Stream<Arguments> packageDependencies() {
    return Stream.of(
        Arguments.of("queue", new String[] {}),
        Arguments.of("random", new String[] {}),
        Arguments.of("event", new String[] {}),
        Arguments.of("state", new String[] {"event"}),
        Arguments.of("latency", new String[] {"event", "random"}),
        Arguments.of("observe", new String[] {"event", "state"}),
        Arguments.of("agent", new String[] {"event", "state"}),
        Arguments.of("effect", new String[] {"event", "state", "random", "agent"}));
  }

  @ParameterizedTest
  @MethodSource("packageDependencies")
  void packageRule_productionClasses_dependOnlyOnAllowedPackages(
      String enginePackage, String[] allowed) {
    String[] packages = new String[allowed.length + 2];
    packages[0] = "java..";
    packages[1] = "org.faultline.engine." + enginePackage + "..";
    for (int i = 0; i < allowed.length; i++) {
      packages[i + 2] = "org.faultline.engine." + allowed[i] + "..";
    }

    classes()
        .that()
        .resideInAPackage("org.faultline.engine." + enginePackage + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(packages)
        .check(PRODUCTION);
  }

  private static JavaClasses importFixture(Class<?> fixture) {
    return new ClassFileImporter().importClasses(fixture);
  }
}
