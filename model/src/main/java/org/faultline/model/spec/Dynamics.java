package org.faultline.model.spec;

/**
 * Which dynamics of the richer model a scenario turns on. All are off in the reference
 * configuration.
 *
 * @param dependencyCoupling whether inoperability propagates along dependencies each tick and
 *     lowers effective capacity (the dynamic inoperability input-output model)
 * @param resourceCoupling whether drained resources lower effective capacity
 * @param backlog whether services serve up to their effective capacity each tick and queue the
 *     rest, with stress that rises while overloaded, failure and repair
 */
public record Dynamics(boolean dependencyCoupling, boolean resourceCoupling, boolean backlog) {

  /** Returns the reference configuration: every dynamic off. */
  public static Dynamics none() {
    return new Dynamics(false, false, false);
  }

  /** Returns these dynamics with dependency coupling on. */
  public Dynamics withDependencyCoupling() {
    return new Dynamics(true, resourceCoupling, backlog);
  }

  /** Returns these dynamics with resource coupling on. */
  public Dynamics withResourceCoupling() {
    return new Dynamics(dependencyCoupling, true, backlog);
  }

  /** Returns these dynamics with backlog, failure and repair on. */
  public Dynamics withBacklog() {
    return new Dynamics(dependencyCoupling, resourceCoupling, true);
  }

  /** Returns whether any dynamic is on. */
  public boolean any() {
    return dependencyCoupling || resourceCoupling || backlog;
  }
}
