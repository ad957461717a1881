/**
 * Strict reading of YAML into an immutable, positioned document tree, and its canonical
 * re-emission.
 *
 * <p>{@link org.faultline.scenario.yaml.YamlReader} turns the bytes of a file into a {@link
 * org.faultline.scenario.yaml.MappingNode} whose every node records its line, column and field
 * path, or reports all problems of the file: invalid UTF-8, size and nesting limits, malformed
 * YAML, several documents, duplicate keys, anchors, aliases and tags. Scalars are resolved by the
 * YAML 1.2 core schema. {@link org.faultline.scenario.yaml.YamlWriter} writes a tree back as YAML
 * text. This package does not depend on the scenario model; it depends only on the problem package,
 * Jackson's YAML streaming parser and the SnakeYAML Engine events that parser exposes.
 */
package org.faultline.scenario.yaml;
