/**
 * Loading scenarios: from files or the built-in library, with {@code --set} overrides, into the
 * model's configuration. The entry point of the scenario module.
 */
package org.faultline.scenario.load;
