package org.faultline.analysis.postmortem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.faultline.analysis.attention.DirectedEdge;
import org.faultline.analysis.figure.Figures;
import org.faultline.analysis.figure.FontsUnavailableException;
import org.faultline.analysis.figure.GraphEdge;
import org.faultline.analysis.figure.GraphNode;
import org.faultline.analysis.figure.Marker;
import org.faultline.analysis.figure.NodeState;
import org.faultline.analysis.figure.Period;
import org.faultline.analysis.figure.ServiceSeries;
import org.faultline.analysis.figure.TimelineFigure;
import org.faultline.analysis.postmortem.finding.DependencyEdge;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.Intervention;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.ServiceFindings;
import org.faultline.analysis.postmortem.finding.StressorSpan;
import org.faultline.analysis.postmortem.report.FiguresSection;
import org.faultline.analysis.postmortem.report.Report;
import org.faultline.analysis.postmortem.report.StandardReport;
import org.faultline.analysis.postmortem.report.StructureReportSection;
import org.faultline.analysis.structure.LoggedFeatures;
import org.faultline.analysis.structure.ServiceObservation;
import org.faultline.analysis.structure.ServiceOutcome;
import org.faultline.analysis.structure.StructuralReasoning;
import org.faultline.analysis.structure.StructureInput;

/**
 * Adds the two interpretive lenses to the standard report: the figures, after the propagation
 * section, and the graph-based structural reasoning, after the failure characterization. Both take
 * their input from the findings alone. Stateless.
 */
final class Lenses {

  /** Points per service in the timeline figure, at most. */
  static final int TIMELINE_POINTS = 2000;

  /**
   * Points of all services together in the timeline figure, at most, unless each service then keeps
   * fewer than {@link #MIN_TIMELINE_POINTS}: the chart library holds several objects per point, so
   * this bounds the figure's memory in runs with many services.
   */
  static final int TOTAL_TIMELINE_POINTS = 20_000;

  /** Points per service in the timeline figure, at least. */
  static final int MIN_TIMELINE_POINTS = 50;

  private Lenses() {}

  /**
   * Builds the complete report, writing the figure files into the run directory first.
   *
   * @throws UncheckedIOException if a figure file cannot be written for a reason other than missing
   *     fonts
   */
  static Report complete(Findings findings, Path runDirectory) {
    List<GraphNode> nodes = graphNodes(findings);
    List<GraphEdge> edges = graphEdges(findings);
    Optional<String> renderingFailure = writeFigures(findings, nodes, edges, runDirectory);

    return StandardReport.of(findings)
        .withSectionAfter(
            "propagation", new FiguresSection(Figures.mermaid(nodes, edges), renderingFailure))
        .withSectionAfter(
            "failure-characterization",
            new StructureReportSection(StructuralReasoning.analyse(structureInput(findings))));
  }

  private static Optional<String> writeFigures(
      Findings findings, List<GraphNode> nodes, List<GraphEdge> edges, Path runDirectory) {
    try {
      Figures.writeTimeline(timeline(findings), runDirectory, FiguresSection.TIMELINE);
      Figures.writeDependencyGraph(nodes, edges, runDirectory, FiguresSection.DEPENDENCIES);
      return Optional.empty();
    } catch (FontsUnavailableException e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the figures into " + runDirectory, e);
    }
  }

  private static TimelineFigure timeline(Findings findings) {
    int services = Math.max(1, findings.series().size());
    int perService =
        Math.max(MIN_TIMELINE_POINTS, Math.min(TIMELINE_POINTS, TOTAL_TIMELINE_POINTS / services));
    List<ServiceSeries> series = new ArrayList<>();
    for (ServiceSeries one : findings.series()) {
      series.add(one.times().length > perService ? Figures.downsample(one, perService) : one);
    }
    List<Period> periods = new ArrayList<>();
    for (StressorSpan stressor : findings.stressors()) {
      periods.add(new Period(stressor.source(), stressor.first().time(), stressor.last().time()));
    }
    List<Marker> markers = new ArrayList<>();
    for (Intervention intervention : findings.policy().interventions()) {
      intervention
          .intervention()
          .ifPresent(
              executed ->
                  markers.add(new Marker(intervention.office() + " intervenes", executed.time())));
    }
    String title = findings.manifest().scenario().name() + ": stress and resource per service";
    return new TimelineFigure(
        title,
        findings.manifest().timeUnit(),
        findings.manifest().horizon(),
        series,
        periods,
        markers);
  }

  private static List<GraphNode> graphNodes(Findings findings) {
    List<GraphNode> nodes = new ArrayList<>();
    for (ServiceFindings service : findings.services()) {
      nodes.add(new GraphNode(service.id(), state(service), service.stressorTarget()));
    }
    return nodes;
  }

  private static NodeState state(ServiceFindings service) {
    ServiceEffects effects = service.effects();
    if (effects.everFailed() || service.reports().firstFailed().isPresent()) {
      return NodeState.FAILED;
    }
    if (degraded(service)) {
      return NodeState.OVERLOADED;
    }
    return NodeState.NORMAL;
  }

  private static boolean degraded(ServiceFindings service) {
    return service.effects().firstOverloaded().isPresent()
        || service.effects().everDegraded()
        || service.reports().firstOverload().isPresent()
        || service.reports().firstDegraded().isPresent();
  }

  /**
   * Returns every declared dependency edge, marked when the event log shows it carried degradation.
   */
  private static List<GraphEdge> graphEdges(Findings findings) {
    List<GraphEdge> edges = new ArrayList<>();
    for (DirectedEdge edge : dependencyEdges(findings)) {
      boolean carried = carriedEdges(findings).contains(edge);
      edges.add(new GraphEdge(edge.source(), edge.target(), carried));
    }
    return edges;
  }

  private static List<DirectedEdge> dependencyEdges(Findings findings) {
    Set<String> known = new LinkedHashSet<>();
    findings.services().forEach(service -> known.add(service.id()));
    Set<DirectedEdge> edges = new LinkedHashSet<>();
    for (ServiceFindings service : findings.services()) {
      for (String dependency : service.dependsOn()) {
        if (!dependency.equals(service.id()) && known.contains(dependency)) {
          edges.add(new DirectedEdge(dependency, service.id()));
        }
      }
    }
    return List.copyOf(edges);
  }

  private static Set<DirectedEdge> carriedEdges(Findings findings) {
    Set<DirectedEdge> carried = new LinkedHashSet<>();
    for (DependencyEdge edge : findings.propagation().edges()) {
      if (edge.carried() > 0) {
        carried.add(new DirectedEdge(edge.from(), edge.to()));
      }
    }
    return carried;
  }

  /*
   * Observed impact is the number of ticks a service spent overloaded, the figure the service
   * table reports; only its ranks are used. Degradation order ranks services by the first tick at
   * which they were overloaded, degraded or failed, sharing a position on ties.
   */
  private static StructureInput structureInput(Findings findings) {
    long horizon = Math.max(1, Math.max(findings.manifest().horizon(), findings.endTime()));
    List<String> services = new ArrayList<>();
    List<ServiceObservation> observations = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (ServiceFindings service : findings.services()) {
      services.add(service.id());
      ServiceEffects effects = service.effects();
      observations.add(
          new ServiceObservation(
              service.id(),
              effects.peakStress().map(value -> value.value()).orElse(0.0),
              Math.min(horizon, effects.ticksOverloaded().orElse(0)),
              effects.minResource().map(value -> value.value()).orElse(0.0),
              state(service) == NodeState.FAILED,
              firstDegradation(service).stream()
                  .map(tick -> Math.min(horizon, tick))
                  .findFirst()
                  .map(OptionalLong::of)
                  .orElse(OptionalLong.empty())));
      if (service.stressorTarget()) {
        targets.add(service.id());
      }
    }
    return new StructureInput(
        services,
        dependencyEdges(findings),
        LoggedFeatures.of(horizon, observations),
        targets,
        outcomes(findings, horizon),
        List.copyOf(carriedEdges(findings)));
  }

  private static List<ServiceOutcome> outcomes(Findings findings, long horizon) {
    List<Long> firstTicks = new ArrayList<>();
    for (ServiceFindings service : findings.services()) {
      firstTicks.add(firstDegradation(service).orElse(Long.MAX_VALUE));
    }
    List<ServiceOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < findings.services().size(); i++) {
      ServiceFindings service = findings.services().get(i);
      double impact = Math.min(horizon, service.effects().ticksOverloaded().orElse(0));
      long first = firstTicks.get(i);
      if (first == Long.MAX_VALUE) {
        outcomes.add(ServiceOutcome.unaffected(service.id(), impact));
        continue;
      }
      int earlier = 0;
      Set<Long> distinctEarlier = new LinkedHashSet<>();
      for (long other : firstTicks) {
        if (other < first) {
          distinctEarlier.add(other);
        }
      }
      earlier = distinctEarlier.size();
      outcomes.add(ServiceOutcome.degraded(service.id(), impact, earlier + 1));
    }
    return outcomes;
  }

  private static Optional<Long> firstDegradation(ServiceFindings service) {
    long first = Long.MAX_VALUE;
    if (service.effects().firstOverloaded().isPresent()) {
      first = Math.min(first, service.effects().firstOverloaded().get().time());
    }
    for (var event :
        List.of(
            service.reports().firstOverload(),
            service.reports().firstDegraded(),
            service.reports().firstFailed())) {
      if (event.isPresent()) {
        first = Math.min(first, event.get().time());
      }
    }
    if (!service.effects().failures().isEmpty()) {
      first = Math.min(first, service.effects().failures().get(0).time());
    }
    return first == Long.MAX_VALUE ? Optional.empty() : Optional.of(first);
  }
}
