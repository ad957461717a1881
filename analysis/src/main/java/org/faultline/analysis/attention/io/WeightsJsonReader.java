package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.faultline.analysis.attention.GatLayerWeights;
import org.faultline.analysis.attention.GatWeights;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the network's weights from a JSON file laid out like a PyTorch {@code state_dict} of a
 * model with two {@code GATConv} layers named {@code gat1} and {@code gat2}, each tensor written as
 * nested lists, as this Python line writes it:
 *
 * <pre>
 * json.dump({k: v.tolist() for k, v in model.state_dict().items()}, open("weights.json", "w"))
 * </pre>
 *
 * <p>The file is one JSON object with exactly these keys, {@code H} heads and {@code C} hidden
 * channels being inferred from {@code gat1.att_src} and {@code F} features from {@code
 * gat1.lin.weight}:
 *
 * <pre>
 *   gat1.lin.weight  [H·C, F]     gat2.lin.weight  [1, H·C]
 *   gat1.att_src     [1, H, C]    gat2.att_src     [1, 1, 1]
 *   gat1.att_dst     [1, H, C]    gat2.att_dst     [1, 1, 1]
 *   gat1.bias        [H·C]        gat2.bias        [1]
 * </pre>
 *
 * <p>Older PyTorch Geometric versions name the linear map {@code lin_src.weight} and store the same
 * tensor again as {@code lin_dst.weight}; {@code lin_src.weight} is accepted in place of {@code
 * lin.weight}, and {@code lin_dst.weight} beside it when the two are equal. Every value must be a
 * finite number; {@code NaN} and {@code Infinity}, which Python's {@code json} writes for
 * non-finite floats, are read and then reported. Duplicate keys, missing keys, unknown keys, shapes
 * that do not fit and bad values are all collected and thrown together.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class WeightsJsonReader {

  /** Names of the two layers, as the keys of the file start. */
  public static final List<String> LAYER_NAMES = List.of("gat1", "gat2");

  private static final String LIN = ".lin.weight";
  private static final String LIN_SRC = ".lin_src.weight";
  private static final String LIN_DST = ".lin_dst.weight";
  private static final String ATT_SRC = ".att_src";
  private static final String ATT_DST = ".att_dst";
  private static final String BIAS = ".bias";
  private static final List<String> PARAMETERS = List.of(LIN, ATT_SRC, ATT_DST, BIAS);

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private WeightsJsonReader() {}

  /**
   * Reads the weights of both layers.
   *
   * @param file the JSON weights file
   * @return the weights, with the architecture inferred from the shapes
   * @throws GatInputException with every problem found in the file
   */
  public static GatWeights read(Path file) {
    Problems problems = new Problems();
    GatWeights weights = read(file, problems);
    problems.throwIfAny();
    return weights;
  }

  /** Reads the file, adding every problem found; returns null if there was any. */
  static GatWeights read(Path file, Problems problems) {
    Objects.requireNonNull(file, "file");
    int problemsBefore = problems.size();

    JsonNode root = parse(file, problems);
    if (root == null) {
      return null;
    }
    StateDict stateDict = readTensors(file, root, problems);
    checkMissingKeys(file, stateDict, problems);
    checkSharedLinearMaps(file, stateDict, problems);
    new ShapeCheck(file, stateDict, problems).run();

    if (problems.size() > problemsBefore) {
      return null;
    }
    return toWeights(stateDict);
  }

  /** Returns the top-level object, or null after adding a problem. */
  private static JsonNode parse(Path file, Problems problems) {
    String text = InputFiles.readUtf8(file, problems);
    if (text == null) {
      return null;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      String message =
          "invalid JSON ("
              + e.getOriginalMessage()
              + "); expected one JSON object"
              + " that maps state_dict keys to nested lists of numbers";
      if (location != null && location.getLineNr() > 0) {
        problems.add(file, location.getLineNr(), location.getColumnNr(), message);
      } else {
        problems.add(file, message);
      }
      return null;
    }
    if (root == null || root.isMissingNode()) {
      problems.add(
          file,
          "empty file; expected one JSON object that maps state_dict keys to"
              + " nested lists of numbers");
      return null;
    }
    if (!root.isObject()) {
      String type = root.getNodeType().name().toLowerCase(Locale.ROOT);
      problems.add(
          file,
          "the top-level value is of type "
              + type
              + "; expected one JSON object"
              + " that maps state_dict keys to nested lists of numbers");
      return null;
    }
    return root;
  }

  /** Parses every known key of the file into a tensor, reporting unknown and duplicate keys. */
  private static StateDict readTensors(Path file, JsonNode root, Problems problems) {
    StateDict stateDict = new StateDict();
    for (Map.Entry<String, JsonNode> property : root.properties()) {
      String key = property.getKey();
      String canonical = canonicalKey(key);
      if (canonical == null) {
        problems.add(
            file,
            "unknown key "
                + Problems.quote(key)
                + "; expected the keys "
                + String.join(", ", expectedKeys())
                + " (and, from older PyTorch Geometric"
                + " versions, lin_src.weight and lin_dst.weight in place of lin.weight)");
        continue;
      }
      String earlier = stateDict.keyUsed.putIfAbsent(canonical, key);
      if (earlier != null) {
        problems.add(
            file,
            "keys "
                + Problems.quote(earlier)
                + " and "
                + Problems.quote(key)
                + " both give "
                + canonical
                + "; keep only one of them");
        continue;
      }
      JsonTensor tensor =
          JsonTensor.parse(file, key, property.getValue(), rank(canonical), problems);
      if (tensor != null) {
        stateDict.tensors.put(canonical, tensor);
      }
    }
    return stateDict;
  }

  /**
   * Returns the key that {@code key} stands for: itself for the keys of the current layout, the
   * {@code lin.weight} key for {@code lin_src.weight}, a {@code lin_dst.weight} key unchanged, or
   * null for an unknown key.
   */
  private static String canonicalKey(String key) {
    for (String layer : LAYER_NAMES) {
      for (String parameter : PARAMETERS) {
        if (key.equals(layer + parameter)) {
          return key;
        }
      }
      if (key.equals(layer + LIN_SRC)) {
        return layer + LIN;
      }
      if (key.equals(layer + LIN_DST)) {
        return key;
      }
    }
    return null;
  }

  private static List<String> expectedKeys() {
    return LAYER_NAMES.stream()
        .flatMap(layer -> PARAMETERS.stream().map(parameter -> layer + parameter))
        .toList();
  }

  private static int rank(String canonicalKey) {
    if (canonicalKey.endsWith(BIAS)) {
      return 1;
    }
    return canonicalKey.endsWith(ATT_SRC) || canonicalKey.endsWith(ATT_DST) ? 3 : 2;
  }

  private static void checkMissingKeys(Path file, StateDict stateDict, Problems problems) {
    for (String key : expectedKeys()) {
      if (!stateDict.keyUsed.containsKey(key)) {
        problems.add(
            file,
            "key "
                + Problems.quote(key)
                + " is missing; a state_dict of the"
                + " model has the keys "
                + String.join(", ", expectedKeys()));
      }
    }
  }

  /** Checks that a {@code lin_dst.weight} key repeats the {@code lin_src.weight} beside it. */
  private static void checkSharedLinearMaps(Path file, StateDict stateDict, Problems problems) {
    for (String layer : LAYER_NAMES) {
      String dstKey = layer + LIN_DST;
      if (!stateDict.keyUsed.containsKey(dstKey)) {
        continue;
      }
      String srcKey = layer + LIN_SRC;
      if (!srcKey.equals(stateDict.keyUsed.get(layer + LIN))) {
        problems.add(
            file,
            "key "
                + Problems.quote(dstKey)
                + " is accepted only beside "
                + srcKey
                + ", as older PyTorch Geometric versions export one shared map under both"
                + " keys; remove it or rename "
                + layer
                + LIN
                + " to "
                + srcKey);
        continue;
      }
      JsonTensor src = stateDict.tensors.get(layer + LIN);
      JsonTensor dst = stateDict.tensors.get(dstKey);
      if (src != null && dst != null && !src.sameAs(dst)) {
        problems.add(
            file,
            "key "
                + Problems.quote(dstKey)
                + " differs from "
                + srcKey
                + "; the layer applies one linear map to source and target nodes, so the two must"
                + " be equal");
      }
    }
  }

  private static GatWeights toWeights(StateDict stateDict) {
    return new GatWeights(toLayer(stateDict, "gat1"), toLayer(stateDict, "gat2"));
  }

  private static GatLayerWeights toLayer(StateDict stateDict, String layer) {
    JsonTensor lin = stateDict.tensors.get(layer + LIN);
    JsonTensor attSrc = stateDict.tensors.get(layer + ATT_SRC);
    JsonTensor attDst = stateDict.tensors.get(layer + ATT_DST);
    JsonTensor bias = stateDict.tensors.get(layer + BIAS);
    return new GatLayerWeights(
        toMatrix(lin, lin.dim(0), lin.dim(1)),
        toMatrix(attSrc, attSrc.dim(1), attSrc.dim(2)),
        toMatrix(attDst, attDst.dim(1), attDst.dim(2)),
        toMatrix(bias, 1, bias.dim(0))[0]);
  }

  private static double[][] toMatrix(JsonTensor tensor, int rows, int columns) {
    double[][] matrix = new double[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        matrix[row][column] = tensor.value(row * columns + column);
      }
    }
    return matrix;
  }

  /** The tensors read, by the key they stand for, and the key the file used for each. */
  private static final class StateDict {
    final Map<String, JsonTensor> tensors = new LinkedHashMap<>();
    final Map<String, String> keyUsed = new LinkedHashMap<>();

    /** Returns the key the file used for {@code canonicalKey}, for messages. */
    String fileKey(String canonicalKey) {
      return keyUsed.getOrDefault(canonicalKey, canonicalKey);
    }
  }

  /**
   * Checks every tensor's shape against the architecture inferred from the file: heads and hidden
   * channels from {@code gat1.att_src}, or from {@code gat1.att_dst} if that one does not have the
   * form {@code [1, H, C]}.
   */
  private static final class ShapeCheck {
    private final Path file;
    private final StateDict stateDict;
    private final Problems problems;

    ShapeCheck(Path file, StateDict stateDict, Problems problems) {
      this.file = file;
      this.stateDict = stateDict;
      this.problems = problems;
    }

    void run() {
      String attentionKey = inferringKey();
      if (attentionKey == null) {
        reportUninferable("gat1" + ATT_SRC);
        reportUninferable("gat1" + ATT_DST);
      } else {
        JsonTensor att = stateDict.tensors.get(attentionKey);
        int heads = att.dim(1);
        int hidden = att.dim(2);
        int width = heads * hidden;
        String reason = "(heads " + heads + " x hidden " + hidden + ", from " + attentionKey + ")";
        expect("gat1" + ATT_SRC, reason, 1, heads, hidden);
        expect("gat1" + ATT_DST, reason, 1, heads, hidden);
        expect("gat1" + BIAS, reason, width);
        JsonTensor lin = stateDict.tensors.get("gat1" + LIN);
        if (lin != null) {
          expect("gat1" + LIN, reason, width, lin.dim(1));
        }
        expect("gat2" + LIN, reason, 1, width);
      }
      String single = "(gat2 has one head of one channel)";
      expect("gat2" + ATT_SRC, single, 1, 1, 1);
      expect("gat2" + ATT_DST, single, 1, 1, 1);
      expect("gat2" + BIAS, single, 1);
    }

    private String inferringKey() {
      for (String key : List.of("gat1" + ATT_SRC, "gat1" + ATT_DST)) {
        JsonTensor att = stateDict.tensors.get(key);
        if (att != null && att.dim(0) == 1) {
          return key;
        }
      }
      return null;
    }

    private void reportUninferable(String key) {
      JsonTensor att = stateDict.tensors.get(key);
      if (att != null) {
        problems.add(
            file,
            "key "
                + Problems.quote(key)
                + " has shape "
                + att.shapeText()
                + "; expected [1, heads, hidden]");
      }
    }

    private void expect(String key, String reason, int... expected) {
      JsonTensor tensor = stateDict.tensors.get(key);
      if (tensor != null && !tensor.hasShape(expected)) {
        problems.add(
            file,
            "key "
                + Problems.quote(stateDict.fileKey(key))
                + " has shape "
                + tensor.shapeText()
                + "; expected "
                + JsonTensor.formatShape(expected)
                + " "
                + reason);
      }
    }
  }
}
