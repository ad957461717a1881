/**
 * Binding of a checked YAML document to the model's configuration records: every field, its range,
 * and every reference between ids. Depends on the model's configuration records and event names and
 * on this module's YAML, field and problem packages.
 */
package org.faultline.scenario.bind;
