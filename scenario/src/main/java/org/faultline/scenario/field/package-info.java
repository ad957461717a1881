/**
 * Typed, strict reading of fields from a positioned YAML tree, for the binders that turn a scenario
 * document into configuration.
 *
 * <p>{@link org.faultline.scenario.field.MappingReader} reads one mapping: it reports unknown keys
 * with the nearest allowed key, missing required keys, values of the wrong type and values out of
 * range, each as one problem naming the path, the value and what would be valid, and it goes on
 * reading after each problem so that a binder collects all of them. Ranges and formats describe
 * themselves for those messages. This package depends on the yaml and problem packages only, and
 * not on the scenario model.
 */
package org.faultline.scenario.field;
