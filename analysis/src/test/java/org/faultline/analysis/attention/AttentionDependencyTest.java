package org.faultline.analysis.attention;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Checks the dependency rules stated in the package documentation of both packages. */
class AttentionDependencyTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.faultline.analysis.attention");

  @Test
  void attentionPackage_dependsOnlyOnJdk() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.attention")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.faultline.analysis.attention", "java..")
        .check(CLASSES);
  }

  @Test
  void ioPackage_dependsOnDeclaredLibraries() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.attention.io")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.faultline.analysis.attention..",
            "java..",
            "de.siegmar.fastcsv..",
            "tools.jackson..",
            "org.slf4j..")
        .check(CLASSES);
  }
}
