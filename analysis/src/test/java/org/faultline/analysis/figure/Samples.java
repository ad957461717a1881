package org.faultline.analysis.figure;

import java.util.ArrayList;
import java.util.List;

/** Figure inputs with ids that need escaping in XML and Mermaid. */
final class Samples {

  static final String POWER = "power \"north\"";
  static final String TELECOM = "telecom, east";
  static final String HOSPITAL = "<hospital> & co";
  static final String ISLAND = "Ærø øst";

  /** Reads as an XML entity, which a careless writer would turn into "a<b". */
  static final String ENTITY_LOOKALIKE = "a&lt;b";

  static final List<String> SERVICES = List.of(POWER, TELECOM, HOSPITAL, ISLAND, ENTITY_LOOKALIKE);

  private Samples() {}

  static TimelineFigure timeline() {
    List<ServiceSeries> series = new ArrayList<>();
    for (int s = 0; s < SERVICES.size(); s++) {
      series.add(walk(SERVICES.get(s), s));
    }
    return new TimelineFigure(
        "Flood & heat <test>",
        "minute",
        600,
        series,
        List.of(
            new Period("environment:flood", 100, 300),
            new Period("outage:\"grid\" <north>", 250, 250)),
        List.of(new Marker("policy:central intervenes", 180), new Marker("policy:Ærø & co", 420)));
  }

  static List<GraphNode> nodes() {
    return List.of(
        new GraphNode(POWER, NodeState.FAILED, true),
        new GraphNode(TELECOM, NodeState.OVERLOADED, false),
        new GraphNode(HOSPITAL, NodeState.FAILED, false),
        new GraphNode(ISLAND, NodeState.NORMAL, true),
        new GraphNode(ENTITY_LOOKALIKE, NodeState.NORMAL, false));
  }

  static List<GraphEdge> edges() {
    return List.of(
        new GraphEdge(POWER, TELECOM, true),
        new GraphEdge(TELECOM, POWER, false),
        new GraphEdge(TELECOM, HOSPITAL, true),
        new GraphEdge(POWER, ISLAND, false),
        new GraphEdge(ISLAND, ENTITY_LOOKALIKE, false),
        new GraphEdge(ENTITY_LOOKALIKE, ENTITY_LOOKALIKE, false));
  }

  /** Returns a deterministic zig-zag series, different for each service index. */
  private static ServiceSeries walk(String service, int index) {
    int n = 60;
    long[] times = new long[n];
    double[] stress = new double[n];
    double[] resource = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = i * 9L + index;
      stress[i] = ((i * (index + 3)) % 17) / 17.0;
      resource[i] = 1 - ((i * (index + 5)) % 13) / 26.0;
    }
    return new ServiceSeries(service, times, stress, resource);
  }
}
