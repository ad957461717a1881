package org.faultline.analysis.postmortem.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.TimedValue;
import org.faultline.trace.Numbers;
import org.faultline.trace.read.DelayComponent;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The JSON generator of {@code analysis.json} and the helpers every section uses to write values
 * the same way: doubles through {@link Numbers#format(double)}, NaN and absent values as {@code
 * null}. Stateless and thread-safe.
 */
public final class JsonWriting {

  /*
   * Every feature that shapes the bytes is set explicitly, so that another Jackson default
   * cannot change the file: UTF-8 without escaping non-ASCII text, '/' not escaped and property
   * names quoted. A duplicate property name is rejected, which catches two sections writing the
   * same field.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
          .build();

  private static final String INDENT = "  ";
  private static final String LINE_END = "\n";

  private JsonWriting() {}

  /** Creates a pretty-printing generator writing UTF-8 to the stream. */
  static JsonGenerator generator(OutputStream out) {
    return FACTORY.createGenerator(new PrettyPrinting(), out, JsonEncoding.UTF8);
  }

  /** Writes a double property in the run-file number format, or {@code null} for NaN. */
  public static void number(JsonGenerator json, String name, double value) {
    json.writeName(name);
    if (Double.isNaN(value)) {
      json.writeNull();
    } else {
      json.writeNumber(Numbers.format(value));
    }
  }

  /** Writes an optional double property, {@code null} when empty. */
  public static void number(JsonGenerator json, String name, OptionalDouble value) {
    number(json, name, value.orElse(Double.NaN));
  }

  /** Writes an optional whole-number property, {@code null} when empty. */
  public static void integer(JsonGenerator json, String name, OptionalLong value) {
    json.writeName(name);
    if (value.isPresent()) {
      json.writeNumber(value.getAsLong());
    } else {
      json.writeNull();
    }
  }

  /** Writes an optional string property, {@code null} when empty. */
  public static void string(JsonGenerator json, String name, Optional<String> value) {
    json.writeName(name);
    if (value.isPresent()) {
      json.writeString(value.get());
    } else {
      json.writeNull();
    }
  }

  /** Writes a list of strings. */
  public static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeName(name);
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Writes an event as {@code {"id": …, "time": …}}, or {@code null} when empty. */
  public static void event(JsonGenerator json, String name, Optional<EventRef> event) {
    json.writeName(name);
    if (event.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberProperty("id", event.get().id());
    json.writeNumberProperty("time", event.get().time());
    json.writeEndObject();
  }

  /**
   * Writes a value with its time as {@code {"value": …, "time": …, "event_id": …}}, or {@code null}
   * when empty; the event id is {@code null} when unknown.
   */
  public static void timed(JsonGenerator json, String name, Optional<TimedValue> value) {
    json.writeName(name);
    if (value.isEmpty()) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    number(json, "value", value.get().value());
    json.writeNumberProperty("time", value.get().time());
    integer(
        json,
        "event_id",
        value.get().eventId() >= 0 ? OptionalLong.of(value.get().eventId()) : OptionalLong.empty());
    json.writeEndObject();
  }

  /**
   * Writes delay components as a list of {@code {"component": …, "ticks": …}}, as in events.jsonl.
   */
  public static void delay(JsonGenerator json, String name, List<DelayComponent> components) {
    json.writeName(name);
    json.writeStartArray();
    for (DelayComponent component : components) {
      json.writeStartObject();
      json.writeStringProperty("component", component.component());
      json.writeNumberProperty("ticks", component.ticks());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * Supplies the pretty printer: two-space indentation, {@code "name": value}, {@code \n} line
   * ends.
   */
  private static final class PrettyPrinting extends ObjectWriteContext.Base {

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter(INDENT, LINE_END);
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      return new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }
  }
}
