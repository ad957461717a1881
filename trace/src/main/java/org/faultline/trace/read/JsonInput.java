package org.faultline.trace.read;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/** The JSON factory shared by the readers. */
final class JsonInput {

  /** Parses strict JSON and rejects an object that has the same key twice. */
  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonInput() {}
}
