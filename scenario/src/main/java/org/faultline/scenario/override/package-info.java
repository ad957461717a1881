/**
 * Command-line overrides ({@code --set PATH=VALUE}) applied to a scenario's YAML tree before
 * binding.
 *
 * <p>An override replaces one scalar that the file already contains; its value is read as YAML and
 * carries the override argument as its source, so the binder validates it exactly as a value from
 * the file and its problems name the argument. This package depends on the yaml and problem
 * packages only, and not on the scenario model.
 */
package org.faultline.scenario.override;
