package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.faultline.model.spec.Dynamics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of the resource coupling switch. */
class ResourceCouplingBindingTest {

  @TempDir Path directory;

  @Test
  void dynamics_resourceCouplingTrue_turnsOnOnlyResourceCoupling() {
    String text =
        BindingFiles.HEAD
            + """
                dynamics:
                  resource_coupling: true
                services:
                  - {id: desk, capacity: 2}
                """;

    assertThat(new BindingFiles(directory).load(text).dynamics())
        .isEqualTo(Dynamics.none().withResourceCoupling());
  }

  @Test
  void dynamics_resourceCouplingNotBoolean_rejected() {
    String text =
        BindingFiles.HEAD
            + """
                dynamics:
                  resource_coupling: yes
                services:
                  - {id: desk, capacity: 2}
                """;

    assertThat(new BindingFiles(directory).problems(text))
        .containsExactly(
            "4:22: dynamics.resource_coupling: invalid value \"yes\": must be true or false");
  }
}
