package org.faultline.scenario.bind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.faultline.scenario.field.MappingReader;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.Suggestions;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.YamlNode;

/**
 * The participant ids of one document, unique across services, citizens, policy offices and
 * stressors, with the kind and position of each. References to ids are checked after every
 * declaration has been read, so they may point forward. Not thread-safe.
 */
final class Ids {

  /** What an id names. */
  enum Kind {
    SERVICE("service"),
    CITIZEN("citizen population"),
    POLICY_OFFICE("policy office"),
    STRESSOR("stressor");

    private final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  private record Declaration(Kind kind, YamlNode node) {}

  private final Problems problems;
  private final Map<String, Declaration> declared = new LinkedHashMap<>();
  private final Set<String> reserved = new TreeSet<>();

  Ids(Problems problems) {
    this.problems = problems;
  }

  /** Reserves an id for a source of events that the model adds itself, such as a per-tick step. */
  void reserve(String id) {
    reserved.add(id);
  }

  /** Reads the required {@code id} of a participant and records a duplicate or reserved id. */
  Optional<String> declare(MappingReader reader, Kind kind) {
    Optional<String> id = reader.requiredString("id", ScenarioBinder.ID_FORMAT);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    YamlNode node = reader.node("id").orElseThrow();
    if (reserved.contains(id.get())) {
      reader.reject(
          node,
          "id '"
              + id.get()
              + "' is reserved for a source of events the model adds"
              + " itself; choose another id");
      return Optional.empty();
    }
    Declaration first = declared.get(id.get());
    if (first != null) {
      reader.reject(
          node,
          "duplicate id '"
              + id.get()
              + "': line "
              + first.node().position().line()
              + " already declares it for a "
              + first.kind().description
              + "; ids must be unique across"
              + " services, citizens, policy offices and stressors");
      return Optional.empty();
    }
    declared.put(id.get(), new Declaration(kind, node));
    return id;
  }

  /** Records a problem unless the node names a declared participant of the kind. */
  void requireKind(ScalarNode reference, Kind kind, String role) {
    String id = reference.text();
    Declaration declaration = declared.get(id);
    if (declaration == null) {
      String suggestion =
          Suggestions.likelyTypo(id, idsOf(kind))
              .map(nearest -> " (did you mean '" + nearest + "'?)")
              .orElse("");
      problems.add(
          reference.problem(
              "unknown "
                  + kind.description
                  + " '"
                  + id
                  + "'"
                  + suggestion
                  + "; the "
                  + role
                  + " must be the id of a "
                  + kind.description
                  + " declared in this file"));
    } else if (declaration.kind() != kind) {
      problems.add(
          reference.problem(
              "'"
                  + id
                  + "' is a "
                  + declaration.kind().description
                  + ", but the "
                  + role
                  + " must be a "
                  + kind.description));
    }
  }

  private java.util.List<String> idsOf(Kind kind) {
    return declared.entrySet().stream()
        .filter(entry -> entry.getValue().kind() == kind)
        .map(Map.Entry::getKey)
        .toList();
  }
}
