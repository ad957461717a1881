package org.faultline.analysis.postmortem.finding;

/**
 * How far a run's failures spread, from none to systemic; {@link CharacterizationRules} states each
 * rule.
 */
public enum FailureMode {
  /** No service was affected. */
  NONE("none"),
  /** Services were affected, but no dependency edge carried degradation. */
  LOCALIZED("localized"),
  /** At least one dependency edge carried degradation. */
  CASCADING("cascading"),
  /** Many services failed, or degradation travelled far to many services. */
  SYSTEMIC("systemic");

  private final String id;

  FailureMode(String id) {
    this.id = id;
  }

  /**
   * Returns the identifier written to the report and {@code analysis.json}, such as {@code
   * cascading}.
   */
  public String id() {
    return id;
  }
}
