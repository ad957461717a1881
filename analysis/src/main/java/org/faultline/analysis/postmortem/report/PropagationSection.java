package org.faultline.analysis.postmortem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.faultline.analysis.postmortem.finding.CausalChain;
import org.faultline.analysis.postmortem.finding.ChainLink;
import org.faultline.analysis.postmortem.finding.ChainShape;
import org.faultline.analysis.postmortem.finding.DegradationPath;
import org.faultline.analysis.postmortem.finding.DependencyEdge;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.Propagation;
import tools.jackson.core.JsonGenerator;

/**
 * The causal chains from root events to each overload and failure, the deepest chain, and the
 * dependency edges that carried degradation. Writes the fields {@code deepest_chain}, {@code
 * degradation_chains}, {@code dependency_edges} and {@code longest_degradation_path} of {@code
 * analysis.json}. Immutable.
 */
final class PropagationSection implements ReportSection {

  /**
   * Distinct chains printed in the Markdown report; {@code analysis.json} contains every kept one.
   */
  static final int MAX_CHAINS_PRINTED = 20;

  private final Findings findings;

  PropagationSection(Findings findings) {
    this.findings = findings;
  }

  @Override
  public String id() {
    return "propagation";
  }

  @Override
  public String title() {
    return "Propagation";
  }

  @Override
  public void writeMarkdown(Markdown markdown) {
    Propagation propagation = findings.propagation();
    markdown.paragraph(
        "Every executed event names the event whose processing produced it, its cause. Following "
            + "causes leads back to a root event, which has no cause. A per-tick step of the model (a source whose "
            + "id starts with system:) also counts as a root, because its only cause is the previous step. A "
            + "chain's depth is its number of events, the root and the last event included.");
    writeChains(markdown, propagation);
    propagation
        .deepestChain()
        .ifPresent(
            chain ->
                markdown.paragraph(
                    "The deepest chain has depth " + chain.depth() + ": " + render(chain) + "."));
    writeEdges(markdown, propagation);
  }

  private static void writeChains(Markdown markdown, Propagation propagation) {
    if (propagation.endpointCount() == 0) {
      markdown.paragraph("No overload, degradation or failure happened, so no chain ends at one.");
      return;
    }
    String count =
        propagation.endpointCount() == 1
            ? "1 overload, degradation or failure event ends a causal chain, of 1 shape"
            : String.format(
                Locale.ROOT,
                "%d overload, degradation or failure events end causal chains of %d distinct %s",
                propagation.endpointCount(),
                propagation.shapeCount(),
                propagation.shapeCount() == 1 ? "shape" : "shapes");
    markdown.paragraph(
        count
            + ". A shape is the sequence of event types and sources from the root; each shape is "
            + "shown once, with its first example:");
    List<String> items = new ArrayList<>();
    List<ChainShape> shapes = propagation.shapes();
    for (ChainShape shape : shapes.subList(0, Math.min(shapes.size(), MAX_CHAINS_PRINTED))) {
      String occurrences =
          shape.occurrences() == 1 ? "" : " (" + shape.occurrences() + " chains of this shape)";
      items.add(render(shape.example()) + occurrences);
    }
    markdown.bullets(items);
    int hidden = propagation.shapeCount() - Math.min(shapes.size(), MAX_CHAINS_PRINTED);
    if (hidden > 0) {
      markdown.paragraph(hidden + " more distinct chains are not shown.");
    }
  }

  private static void writeEdges(Markdown markdown, Propagation propagation) {
    markdown.paragraph(
        "A dependency edge runs from a dependency to the service that depends on it. The edge d → s "
            + "carried degradation when a degradation event at s (SERVICE_OVERLOAD, SERVICE_DEGRADED or SERVICE_FAILED "
            + "from s) has a degradation event at d among its causes.");
    if (!propagation.edgesKnown()) {
      markdown.paragraph(
          "scenario.yaml gave no dependency edges, so no edge can be shown to carry degradation.");
      return;
    }
    if (propagation.edges().isEmpty()) {
      markdown.paragraph(
          "The scenario has no dependency edges, so nothing could cascade along one.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (DependencyEdge edge : propagation.edges()) {
      rows.add(
          List.of(
              edge.from() + " → " + edge.to(),
              Long.toString(edge.carried()),
              edge.firstCause().isPresent()
                  ? Phrases.event(edge.firstCause().get())
                      + " → "
                      + Phrases.event(edge.firstEffect().get())
                  : ""));
    }
    markdown.table(List.of("edge", "degradation events carried", "first cause → effect"), rows);
    List<DependencyEdge> carried = propagation.carriedEdges();
    if (carried.isEmpty()) {
      markdown.paragraph(
          "No dependency edge of "
              + propagation.edges().size()
              + " carried degradation: nothing cascaded.");
      return;
    }
    String path = propagation.longestPath().map(PropagationSection::render).orElse("");
    markdown.paragraph(
        String.format(
            Locale.ROOT,
            "%d of %d dependency edges carried degradation (%s). The longest "
                + "degradation path has %d %s: %s.",
            carried.size(),
            propagation.edges().size(),
            carried.stream()
                .map(edge -> edge.from() + " → " + edge.to())
                .collect(Collectors.joining(", ")),
            propagation.longestHops(),
            propagation.longestHops() == 1 ? "hop" : "hops",
            path));
  }

  private static String render(CausalChain chain) {
    String root = chain.rootSide().stream().map(Phrases::link).collect(Collectors.joining(" → "));
    if (chain.omitted() == 0) {
      return root;
    }
    String end = chain.endSide().stream().map(Phrases::link).collect(Collectors.joining(" → "));
    return root + " → … " + chain.omitted() + " more events … → " + end;
  }

  private static String render(DegradationPath path) {
    return path.steps().stream()
        .map(
            step ->
                String.format(
                    Locale.ROOT,
                    "%s (#%d %s, %s)",
                    step.service(),
                    step.event().id(),
                    step.type(),
                    Phrases.time(step.event().time())))
        .collect(Collectors.joining(" → "));
  }

  @Override
  public void writeJson(JsonGenerator json) {
    Propagation propagation = findings.propagation();
    json.writeName("deepest_chain");
    if (propagation.deepestChain().isPresent()) {
      writeChain(json, propagation.deepestChain().get());
    } else {
      json.writeNull();
    }

    json.writeName("degradation_chains");
    json.writeStartObject();
    json.writeNumberProperty("endpoints", propagation.endpointCount());
    json.writeNumberProperty("distinct", propagation.shapeCount());
    json.writeName("shapes");
    json.writeStartArray();
    for (ChainShape shape : propagation.shapes()) {
      json.writeStartObject();
      json.writeNumberProperty("occurrences", shape.occurrences());
      json.writeName("example");
      writeChain(json, shape.example());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();

    writeEdgesJson(json, propagation);
    writePathJson(json, propagation.longestPath());
  }

  private static void writeEdgesJson(JsonGenerator json, Propagation propagation) {
    json.writeName("dependency_edges");
    json.writeStartObject();
    json.writeBooleanProperty("known", propagation.edgesKnown());
    json.writeNumberProperty("carried", propagation.carriedEdges().size());
    json.writeName("edges");
    json.writeStartArray();
    for (DependencyEdge edge : propagation.edges()) {
      json.writeStartObject();
      json.writeStringProperty("from", edge.from());
      json.writeStringProperty("to", edge.to());
      json.writeNumberProperty("carried_events", edge.carried());
      JsonWriting.event(json, "first_cause", edge.firstCause());
      JsonWriting.event(json, "first_effect", edge.firstEffect());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writePathJson(JsonGenerator json, Optional<DegradationPath> longest) {
    json.writeName("longest_degradation_path");
    if (longest.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberProperty("hops", longest.get().hops());
    json.writeName("steps");
    json.writeStartArray();
    for (DegradationPath.Step step : longest.get().steps()) {
      json.writeStartObject();
      json.writeStringProperty("service", step.service());
      JsonWriting.event(json, "event", Optional.of(step.event()));
      json.writeStringProperty("type", step.type());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeChain(JsonGenerator json, CausalChain chain) {
    json.writeStartObject();
    json.writeNumberProperty("depth", chain.depth());
    writeLinks(json, "events", chain.rootSide());
    json.writeNumberProperty("omitted", chain.omitted());
    writeLinks(json, "end_events", chain.endSide());
    json.writeEndObject();
  }

  private static void writeLinks(JsonGenerator json, String name, List<ChainLink> links) {
    json.writeName(name);
    json.writeStartArray();
    for (ChainLink link : links) {
      json.writeStartObject();
      json.writeNumberProperty("id", link.id());
      json.writeStringProperty("type", link.type());
      json.writeStringProperty("source", link.source());
      json.writeNumberProperty("time", link.time());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
