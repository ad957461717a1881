package org.faultline.trace.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.faultline.trace.Numbers;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;

/**
 * Streams {@code events.jsonl}: one JSON object per line for each executed event and each rejected
 * intent, in the order they happened, and computes the run fingerprint on the way.
 *
 * <p>An executed event is {@link #beginExecuted}, its payload fields, optionally {@link
 * #requestedDelay}, its delay components, then {@link #end}. A rejected intent is {@link
 * #beginRejected}, its payload fields, optionally {@link #requestedDelay}, then {@link #end}. Keys
 * appear in this order:
 *
 * <pre>{@code
 * {"kind":"executed","id":1,"time":1,"type":"FLOOD_IMPACT","source":"environment:flood","cause":null,
 *  "scheduled_at":0,"payload":{...},"requested_delay":1,"delay":[{"component":"scheduled","ticks":1}]}
 * {"kind":"rejected","id":null,"time":1,"type":"NORMAL_DEMAND","source":"citizen:1","cause":4,
 *  "payload":{...},"requested_delay":null,"reason":"..."}
 * }</pre>
 *
 * <p>Each object is on one line that ends with {@code \n}, in UTF-8. Payload keys keep the order in
 * which they were written. A NaN payload double is written as {@code null}; infinities are
 * rejected. The fingerprint is the SHA-256 of the exact bytes of the file, available from {@link
 * #sha256Hex()} after {@link #close()}. This class is not thread-safe.
 */
public final class EventLogWriter implements Closeable {

  /** Value of {@code cause} for an event scheduled before the run; written as {@code null}. */
  public static final long NO_CAUSE = 0;

  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TIME = new SerializedString("time");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString CAUSE = new SerializedString("cause");
  private static final SerializableString SCHEDULED_AT = new SerializedString("scheduled_at");
  private static final SerializableString PAYLOAD = new SerializedString("payload");
  private static final SerializableString REQUESTED_DELAY = new SerializedString("requested_delay");
  private static final SerializableString DELAY = new SerializedString("delay");
  private static final SerializableString COMPONENT = new SerializedString("component");
  private static final SerializableString TICKS = new SerializedString("ticks");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString EXECUTED = new SerializedString("executed");
  private static final SerializableString REJECTED = new SerializedString("rejected");

  /** Position within the open record; each phase allows only the calls that may follow it. */
  private enum Phase {
    IDLE,
    PAYLOAD,
    AFTER_REQUESTED_DELAY,
    DELAY_COMPONENTS
  }

  private final Path file;
  private final MessageDigest digest;
  private final JsonGenerator json;
  private final List<String> payloadKeys = new ArrayList<>();

  // The open record, kept field by field so that a description is built only for an error.
  private Phase phase = Phase.IDLE;
  private boolean rejectedOpen;
  private long openId;
  private long openTime;
  private String openType;
  private String openSource;
  private String rejectionReason;
  private long executedCount;
  private long rejectedCount;
  private String sha256Hex;

  private EventLogWriter(Path file, MessageDigest digest, JsonGenerator json) {
    this.file = file;
    this.digest = digest;
    this.json = json;
  }

  /**
   * Creates or truncates the event log.
   *
   * @param file path of the event log, normally {@code events.jsonl} in a staging directory
   * @return an open writer
   * @throws UncheckedIOException if the file cannot be created
   */
  public static EventLogWriter create(Path file) {
    MessageDigest digest = newSha256();
    OutputStream out;
    try {
      out = new DigestOutputStream(Files.newOutputStream(file), digest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
    }
    JsonGenerator json =
        JsonOutput.FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    return new EventLogWriter(file, digest, json);
  }

  /**
   * Starts the record of an executed event and opens its payload.
   *
   * @param id event id, the sequence number assigned at scheduling; 1 or more
   * @param time logical time at which the event executed, in ticks; zero or more
   * @param type event type, such as {@code FLOOD_IMPACT}
   * @param source event source, such as {@code environment:flood}
   * @param cause id of the event whose processing scheduled this one, or {@link #NO_CAUSE}
   * @param scheduledAt logical time at which the event was scheduled, in ticks; from zero to {@code
   *     time}
   * @throws IllegalStateException if a record is open
   * @throws IllegalArgumentException if an id or a time is out of range
   */
  public void beginExecuted(
      long id, long time, String type, String source, long cause, long scheduledAt) {
    if (phase != Phase.IDLE) {
      throw new IllegalStateException(
          "cannot begin event " + id + " while " + describeOpen() + " is open; call end() first");
    }
    if (id < 1) {
      throw new IllegalArgumentException("event id must be 1 or more, got " + id);
    }
    if (time < 0) {
      throw new IllegalArgumentException(
          "time of event " + id + " must be zero or more ticks, got " + time);
    }
    if (cause < 0) {
      throw new IllegalArgumentException(invalidCause(cause, "event " + id));
    }
    if (scheduledAt < 0 || scheduledAt > time) {
      throw new IllegalArgumentException(
          "event "
              + id
              + " executes at time "
              + time
              + " but was scheduled at "
              + scheduledAt
              + "; scheduled_at must be from 0 to the execution time");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");

    try {
      json.writeStartObject();
      json.writeName(KIND);
      json.writeString(EXECUTED);
      json.writeName(ID);
      json.writeNumber(id);
      writeTimeTypeSourceCause(time, type, source, cause);
      json.writeName(SCHEDULED_AT);
      json.writeNumber(scheduledAt);
      openPayload(false, id, time, type, source);
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Starts the record of a rejected intent and opens its payload.
   *
   * @param time logical time at which the intent was rejected, in ticks; zero or more
   * @param type event type the intent asked for
   * @param source source of the intent, such as {@code citizen:1}
   * @param cause id of the event whose processing produced the intent, or {@link #NO_CAUSE}
   * @param reason why the intent was rejected, written when the record ends
   * @throws IllegalStateException if a record is open
   * @throws IllegalArgumentException if the time or the cause is out of range
   */
  public void beginRejected(long time, String type, String source, long cause, String reason) {
    if (phase != Phase.IDLE) {
      throw new IllegalStateException(
          "cannot begin "
              + describeRejected(type, source, time)
              + " while "
              + describeOpen()
              + " is open; call end() first");
    }
    if (time < 0) {
      throw new IllegalArgumentException(
          "time of "
              + describeRejected(type, source, time)
              + " must be zero or more ticks, got "
              + time);
    }
    if (cause < 0) {
      throw new IllegalArgumentException(invalidCause(cause, describeRejected(type, source, time)));
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    rejectionReason = Objects.requireNonNull(reason, "reason");

    try {
      json.writeStartObject();
      json.writeName(KIND);
      json.writeString(REJECTED);
      json.writeName(ID);
      json.writeNull();
      writeTimeTypeSourceCause(time, type, source, cause);
      openPayload(true, 0, time, type, source);
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes a string payload field.
   *
   * @param key field name; unique within the payload
   * @param value field value
   */
  public void payloadString(String key, String value) {
    if (value == null) {
      throw new NullPointerException("value of payload field \"" + key + "\" is null");
    }
    try {
      writePayloadKey(key);
      json.writeString(value);
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes an integer payload field.
   *
   * @param key field name; unique within the payload
   * @param value field value
   */
  public void payloadLong(String key, long value) {
    try {
      writePayloadKey(key);
      json.writeNumber(value);
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes a floating-point payload field, or {@code null} when the value is NaN.
   *
   * @param key field name; unique within the payload
   * @param value field value; finite or NaN
   * @throws IllegalArgumentException if the value is infinite
   */
  public void payloadDouble(String key, double value) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "payload field \""
              + key
              + "\" of "
              + describeOpen()
              + " is "
              + value
              + "; payload numbers must be finite or NaN");
    }
    try {
      writePayloadKey(key);
      if (Double.isNaN(value)) {
        json.writeNull();
      } else {
        json.writeNumber(Numbers.format(value));
      }
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes a boolean payload field.
   *
   * @param key field name; unique within the payload
   * @param value field value
   */
  public void payloadBoolean(String key, boolean value) {
    try {
      writePayloadKey(key);
      json.writeBoolean(value);
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes a payload field whose value is a list of strings, in list order.
   *
   * @param key field name; unique within the payload
   * @param values field value; no element may be null
   */
  public void payloadStrings(String key, List<String> values) {
    if (values == null) {
      throw new NullPointerException("value of payload field \"" + key + "\" is null");
    }
    for (String value : values) {
      // List.contains(null) would throw for List.of lists, so check element by element.
      if (value == null) {
        throw new NullPointerException("payload field \"" + key + "\" contains a null element");
      }
    }
    try {
      writePayloadKey(key);
      json.writeStartArray();
      for (String value : values) {
        json.writeString(value);
      }
      json.writeEndArray();
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Closes the payload and writes the delay the source requested; without this call the record has
   * {@code "requested_delay":null}.
   *
   * @param ticks requested delay in ticks; zero or more
   * @throws IllegalStateException unless the payload is still open
   */
  public void requestedDelay(long ticks) {
    if (phase != Phase.PAYLOAD) {
      throw new IllegalStateException(
          "requestedDelay() comes after the payload fields and before delay components, "
              + (phase == Phase.IDLE
                  ? "but no record is open"
                  : "but " + describeOpen() + " is past that point"));
    }
    if (ticks < 0) {
      throw new IllegalArgumentException(
          "requested delay of " + describeOpen() + " must be zero or more ticks, got " + ticks);
    }
    try {
      json.writeEndObject();
      json.writeName(REQUESTED_DELAY);
      json.writeNumber(ticks);
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
    phase = Phase.AFTER_REQUESTED_DELAY;
  }

  /**
   * Writes one named component of the applied delay of the open executed event.
   *
   * @param component name of the component, such as {@code scheduled} or {@code channel_wait}
   * @param ticks length of the component in ticks; zero or more
   * @throws IllegalStateException unless an executed event is open
   */
  public void delayComponent(String component, long ticks) {
    if (phase == Phase.IDLE || rejectedOpen) {
      throw new IllegalStateException(
          "delay components belong to an executed event, "
              + (phase == Phase.IDLE
                  ? "but no record is open"
                  : "but " + describeOpen() + " is open"));
    }
    Objects.requireNonNull(component, "component");
    if (ticks < 0) {
      throw new IllegalArgumentException(
          "delay component \""
              + component
              + "\" of "
              + describeOpen()
              + " must be zero or more ticks, got "
              + ticks);
    }
    try {
      closePayloadIfOpen();
      if (phase == Phase.AFTER_REQUESTED_DELAY) {
        json.writeName(DELAY);
        json.writeStartArray();
        phase = Phase.DELAY_COMPONENTS;
      }
      json.writeStartObject();
      json.writeName(COMPONENT);
      json.writeString(component);
      json.writeName(TICKS);
      json.writeNumber(ticks);
      json.writeEndObject();
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Ends the open record and its line.
   *
   * @throws IllegalStateException if no record is open
   */
  public void end() {
    if (phase == Phase.IDLE) {
      throw new IllegalStateException(
          "no record is open; call beginExecuted() or beginRejected() first");
    }
    try {
      closePayloadIfOpen();
      if (rejectedOpen) {
        json.writeName(REASON);
        json.writeString(rejectionReason);
      } else {
        if (phase == Phase.AFTER_REQUESTED_DELAY) {
          json.writeName(DELAY);
          json.writeStartArray();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
    if (rejectedOpen) {
      rejectedCount++;
    } else {
      executedCount++;
    }
    phase = Phase.IDLE;
    rejectionReason = null;
  }

  /** Returns the number of executed events written. */
  public long executedCount() {
    return executedCount;
  }

  /** Returns the number of rejected intents written. */
  public long rejectedCount() {
    return rejectedCount;
  }

  /**
   * Returns the SHA-256 of the bytes written, the run fingerprint.
   *
   * @return 64 lowercase hexadecimal digits
   * @throws IllegalStateException if the writer is not closed yet
   */
  public String sha256Hex() {
    if (sha256Hex == null) {
      throw new IllegalStateException(
          "the fingerprint of " + file + " is known only after close()");
    }
    return sha256Hex;
  }

  /**
   * Flushes and closes the file and computes the fingerprint.
   *
   * <p>Closing while a record is open leaves its line incomplete, which readers report as
   * malformed; a run that fails is meant to be aborted, not published.
   *
   * @throws UncheckedIOException if the file system fails
   */
  @Override
  public void close() {
    if (sha256Hex != null) {
      return;
    }
    try {
      json.close();
    } catch (JacksonIOException e) {
      throw writeFailure(e);
    }
    sha256Hex = HexFormat.of().formatHex(digest.digest());
  }

  private void writeTimeTypeSourceCause(long time, String type, String source, long cause) {
    json.writeName(TIME);
    json.writeNumber(time);
    json.writeName(TYPE);
    json.writeString(type);
    json.writeName(SOURCE);
    json.writeString(source);
    json.writeName(CAUSE);
    if (cause == NO_CAUSE) {
      json.writeNull();
    } else {
      json.writeNumber(cause);
    }
  }

  private void openPayload(boolean rejected, long id, long time, String type, String source) {
    json.writeName(PAYLOAD);
    json.writeStartObject();
    payloadKeys.clear();
    rejectedOpen = rejected;
    openId = id;
    openTime = time;
    openType = type;
    openSource = source;
    phase = Phase.PAYLOAD;
  }

  private String describeOpen() {
    return rejectedOpen ? describeRejected(openType, openSource, openTime) : "event " + openId;
  }

  private static String describeRejected(String type, String source, long time) {
    return "the rejected " + type + " intent from " + source + " at time " + time;
  }

  private void closePayloadIfOpen() {
    if (phase == Phase.PAYLOAD) {
      json.writeEndObject();
      json.writeName(REQUESTED_DELAY);
      json.writeNull();
      phase = Phase.AFTER_REQUESTED_DELAY;
    }
  }

  private void writePayloadKey(String key) {
    if (phase != Phase.PAYLOAD) {
      throw new IllegalStateException(
          "payload fields come right after beginExecuted() or beginRejected(), "
              + (phase == Phase.IDLE
                  ? "but no record is open"
                  : "but " + describeOpen() + " is past its payload"));
    }
    Objects.requireNonNull(key, "payload key");
    // Payloads have a handful of fields, so a linear scan is cheaper than hashing.
    if (payloadKeys.contains(key)) {
      throw new IllegalArgumentException(
          "payload of " + describeOpen() + " already has the field \"" + key + "\"");
    }
    payloadKeys.add(key);
    json.writeName(key);
  }

  private static String invalidCause(long cause, String description) {
    return "cause of "
        + description
        + " must be an event id of 1 or more, or NO_CAUSE ("
        + NO_CAUSE
        + "), got "
        + cause;
  }

  private UncheckedIOException writeFailure(JacksonIOException e) {
    return new UncheckedIOException(
        "cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(
          "this JVM has no SHA-256, which every Java SE platform must provide", e);
    }
  }
}
