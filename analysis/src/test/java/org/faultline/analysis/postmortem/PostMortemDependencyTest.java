package org.faultline.analysis.postmortem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Checks the dependency rules stated in the package documentation of the post-mortem. */
class PostMortemDependencyTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.faultline.analysis.postmortem");

  @Test
  void postMortem_dependsOnTraceAndLibraries() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.postmortem..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.faultline.analysis.postmortem..",
            "org.faultline.analysis.figure..",
            "org.faultline.analysis.structure..",
            "org.faultline.analysis.attention",
            "org.faultline.trace..",
            "java..",
            "tools.jackson..",
            "de.siegmar.fastcsv..",
            "org.slf4j..")
        .check(CLASSES);
  }

  @Test
  void findings_dependOnNeitherReadingNorWriting() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.postmortem.finding")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.faultline.analysis.postmortem.finding",
            "org.faultline.analysis.postmortem.scenario",
            "org.faultline.analysis.figure",
            "org.faultline.trace",
            "org.faultline.trace.read",
            "java..")
        .check(CLASSES);
  }

  @Test
  void report_doesNotReadRunFiles() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.postmortem.report")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.faultline.analysis.postmortem.report",
            "org.faultline.analysis.postmortem.finding",
            "org.faultline.analysis.postmortem.scenario",
            "org.faultline.trace",
            "org.faultline.trace.read",
            "org.faultline.analysis.structure",
            "java..",
            "tools.jackson.core..",
            "tools.jackson.databind..")
        .check(CLASSES);
  }
}
