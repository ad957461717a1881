package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidTest {

  @Test
  void mermaid_awkwardIds_quotedEscapedLabelsAndClasses() {
    List<GraphNode> nodes =
        List.of(
            new GraphNode("power \"north\"", NodeState.FAILED, true),
            new GraphNode("telecom, east", NodeState.OVERLOADED, false),
            new GraphNode("<hospital> & co", NodeState.NORMAL, false),
            new GraphNode("Ærø #1", NodeState.NORMAL, true));
    List<GraphEdge> edges =
        List.of(
            new GraphEdge("power \"north\"", "telecom, east", true),
            new GraphEdge("telecom, east", "power \"north\"", false),
            new GraphEdge("telecom, east", "<hospital> & co", true),
            new GraphEdge("power \"north\"", "Ærø #1", false));

    assertThat(Figures.mermaid(nodes, edges))
        .isEqualTo(
            """
        flowchart LR
          n0["power #quot;north#quot;"]
          n1["telecom, east"]
          n2["#lt;hospital#gt; #amp; co"]
          n3["Ærø #35;1"]
          n0 ==> n1
          n1 --> n0
          n1 ==> n2
          n0 --> n3
          classDef normal fill:#e8eef4,stroke:#4a5568,color:#1a202c
          classDef overloaded fill:#f6c85f,stroke:#8a6100,color:#1a202c
          classDef failed fill:#d1495b,stroke:#7a1020,color:#1a202c
          classDef hit stroke:#5b2a86,stroke-width:3px,stroke-dasharray:6 3
          class n2,n3 normal
          class n1 overloaded
          class n0 failed
          class n0,n3 hit
          linkStyle 0,2 stroke:#e8590c,stroke-width:3px
        """);
  }

  @Test
  void mermaid_noDegradationOrHits_omitsTheirLines() {
    List<GraphNode> nodes =
        List.of(
            new GraphNode("power", NodeState.NORMAL, false),
            new GraphNode("water", NodeState.NORMAL, false));
    List<GraphEdge> edges = List.of(new GraphEdge("power", "water", false));

    assertThat(Figures.mermaid(nodes, edges))
        .isEqualTo(
            """
        flowchart LR
          n0["power"]
          n1["water"]
          n0 --> n1
          classDef normal fill:#e8eef4,stroke:#4a5568,color:#1a202c
          classDef overloaded fill:#f6c85f,stroke:#8a6100,color:#1a202c
          classDef failed fill:#d1495b,stroke:#7a1020,color:#1a202c
          classDef hit stroke:#5b2a86,stroke-width:3px,stroke-dasharray:6 3
          class n0,n1 normal
        """);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain             | plain",
        "'say \"hi\"'      | say #quot;hi#quot;",
        "a#quot;b          | a#35;quot;b",
        "a&b               | a#amp;b",
        "a<b>c             | a#lt;b#gt;c",
        "`md`              | #96;md#96;",
        "'a, b; [c] (d)'   | 'a, b; [c] (d)'",
        "Łódź Ærø 東京      | Łódź Ærø 東京",
      })
  void escapeLabel_specialCharacters_entityCodes(String label, String expected) {
    assertThat(MermaidFlowchart.escapeLabel(label)).isEqualTo(expected);
  }

  @Test
  void escapeLabel_lineBreak_decimalCode() {
    assertThat(MermaidFlowchart.escapeLabel("a\nb\tc")).isEqualTo("a#10;b#9;c");
  }

  @Test
  void mermaid_invalidGraph_listsEveryProblem() {
    List<GraphNode> nodes =
        List.of(
            new GraphNode("power", NodeState.NORMAL, false),
            new GraphNode("power", NodeState.FAILED, false));
    List<GraphEdge> edges =
        List.of(new GraphEdge("power", "cache", false), new GraphEdge("dns", "power", false));

    assertThatThrownBy(() -> Figures.mermaid(nodes, edges))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            """
            invalid dependency graph:
              node 1: id "power" repeats the id of node 0; expected distinct ids
              edge 0: dependent "cache" is not a node; add a node with this id or remove the edge
              edge 1: dependency "dns" is not a node; add a node with this id or remove the edge""");
  }
}
