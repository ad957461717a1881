package org.faultline.analysis.attention.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.attention.GatLayerWeights;
import org.faultline.analysis.attention.GatWeights;
import tools.jackson.databind.json.JsonMapper;

/** Builds weights files as PyTorch's {@code state_dict} export would, for tests. */
final class StateDicts {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StateDicts() {}

  /** Returns the state_dict of the weights as nested lists, keys in PyTorch's order. */
  static Map<String, Object> of(GatWeights weights) {
    Map<String, Object> stateDict = new LinkedHashMap<>();
    putLayer(stateDict, "gat1", weights.first());
    putLayer(stateDict, "gat2", weights.second());
    return stateDict;
  }

  /** Writes the state_dict as JSON and returns the text written. */
  static String write(Map<String, Object> stateDict, Path file) throws IOException {
    String json = MAPPER.writeValueAsString(stateDict);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return json;
  }

  private static void putLayer(Map<String, Object> stateDict, String name, GatLayerWeights layer) {
    stateDict.put(name + ".att_src", List.of(nested(layer.attSrc())));
    stateDict.put(name + ".att_dst", List.of(nested(layer.attDst())));
    stateDict.put(name + ".bias", list(layer.bias()));
    stateDict.put(name + ".lin.weight", nested(layer.linWeight()));
  }

  static List<List<Double>> nested(double[][] matrix) {
    List<List<Double>> rows = new ArrayList<>();
    for (double[] row : matrix) {
      rows.add(list(row));
    }
    return rows;
  }

  static List<Double> list(double[] vector) {
    return Arrays.stream(vector).boxed().toList();
  }
}
