package org.faultline.model.spec;

/**
 * Which dynamics of the richer model a scenario turns on. All are off in the reference
 * configuration.
 *
 * @param dependencyCoupling whether inoperability propagates along dependencies each tick and
 *     lowers effective capacity (the dynamic inoperability input-output model)
 */
public record Dynamics(boolean dependencyCoupling) {

  /** Returns the reference configuration: every dynamic off. */
  public static Dynamics none() {
    return new Dynamics(false);
  }
}
