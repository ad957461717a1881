package org.faultline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.faultline.engine.ArchitectureTest;
import org.junit.jupiter.api.Test;

/**
 * The arrows between Faultline's modules, checked over every production class: the cli module's
 * test class path is the only one that holds them all.
 */
class ModuleArchitectureTest {

  // Reactor modules arrive as jars during 'verify'; the engine's test jar, which carries the
  // deliberately violating fixtures, is left out.
  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.faultline");

  private static final ArchRule ANALYSIS_READS_ONLY_THE_RUN_DIRECTORY =
      noClasses()
          .that()
          .resideInAPackage("org.faultline.analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.faultline.engine..",
              "org.faultline.model..",
              "org.faultline.scenario..",
              "org.faultline.cli..")
          .because("the post-mortem reads a finished run directory and cannot influence a run");

  private static final ArchRule TRACE_DEPENDS_ON_NO_OTHER_MODULE =
      noClasses()
          .that()
          .resideInAPackage("org.faultline.trace..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.faultline.engine..",
              "org.faultline.model..",
              "org.faultline.scenario..",
              "org.faultline.analysis..",
              "org.faultline.cli..");

  private static final ArchRule MODEL_DEPENDS_ON_ENGINE_ONLY =
      noClasses()
          .that()
          .resideInAPackage("org.faultline.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.faultline.scenario..",
              "org.faultline.trace..",
              "org.faultline.analysis..",
              "org.faultline.cli..");

  private static final ArchRule SCENARIO_DEPENDS_ON_MODEL_ONLY =
      noClasses()
          .that()
          .resideInAPackage("org.faultline.scenario..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.faultline.engine..",
              "org.faultline.trace..",
              "org.faultline.analysis..",
              "org.faultline.cli..");

  @Test
  void agents_inEveryModule_onlyIntend() {
    ArchitectureTest.AGENTS_ONLY_INTEND.check(PRODUCTION);
  }

  @Test
  void analysis_dependsOnNeitherEngineNorModel() {
    ANALYSIS_READS_ONLY_THE_RUN_DIRECTORY.check(PRODUCTION);
  }

  @Test
  void trace_dependsOnNoOtherModule() {
    TRACE_DEPENDS_ON_NO_OTHER_MODULE.check(PRODUCTION);
  }

  @Test
  void model_dependsOnEngineOnly() {
    MODEL_DEPENDS_ON_ENGINE_ONLY.check(PRODUCTION);
  }

  @Test
  void scenario_dependsOnModelOnly() {
    SCENARIO_DEPENDS_ON_MODEL_ONLY.check(PRODUCTION);
  }
}
