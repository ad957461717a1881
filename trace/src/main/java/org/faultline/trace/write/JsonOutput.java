package org.faultline.trace.write;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/** The JSON factory shared by the writers, with every feature that shapes the bytes pinned. */
final class JsonOutput {

  /*
   * Each feature below is set explicitly, even where it matches the Jackson 3.3.0 default, so
   * that a change of defaults in a later Jackson cannot change the bytes, and with them the
   * fingerprint of a run:
   * - non-ASCII text is written as UTF-8, and a surrogate pair as one 4-byte UTF-8 sequence;
   * - '/' is not escaped, and the hexadecimal digits of a \\uXXXX escape are upper case;
   * - no separator is written between root values, because the event log ends each object
   *   with '\n' itself;
   * - open objects are not closed on close(), so an event cut short stays visibly incomplete.
   * The writers format every double with Numbers.format and pass the text to
   * writeNumber(String). USE_FAST_DOUBLE_WRITER makes writeNumber(double), should it ever be
   * called, use the same algorithm.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .enable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
          .rootValueSeparator((String) null)
          .build();

  private JsonOutput() {}
}
