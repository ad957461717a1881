package org.faultline.analysis.figure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Checks the dependency rule stated in the package documentation. */
class FigureDependencyTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.faultline.analysis.figure");

  @Test
  void figurePackage_dependsOnlyOnJdkAndChartingLibraries() {
    classes()
        .that()
        .resideInAPackage("org.faultline.analysis.figure")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.faultline.analysis.figure",
            "java..",
            "javax.imageio..",
            "org.jfree..",
            "org.jgrapht..")
        .check(CLASSES);
  }
}
