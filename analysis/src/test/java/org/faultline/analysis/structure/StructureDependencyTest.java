package org.faultline.analysis.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Checks the dependency rule stated in the package documentation. */
class StructureDependencyTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.faultline.analysis.structure");

  @Test
  void structurePackage_dependsOnlyOnAttentionAndJdk() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.structure")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.faultline.analysis.structure", "org.faultline.analysis.attention", "java..")
        .check(CLASSES);
  }
}
