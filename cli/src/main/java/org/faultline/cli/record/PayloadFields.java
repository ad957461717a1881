package org.faultline.cli.record;

import java.util.List;
import org.faultline.engine.event.Payload;
import org.faultline.trace.write.EventLogWriter;

/** Writes an engine payload field by field into the open record of an event log. */
final class PayloadFields {

  private PayloadFields() {}

  @SuppressWarnings("unchecked")
  static void write(Payload payload, EventLogWriter log) {
    for (int i = 0; i < payload.size(); i++) {
      String name = payload.name(i);
      Object value = payload.value(i);
      if (value instanceof Double number) {
        log.payloadDouble(name, number);
      } else if (value instanceof Long number) {
        log.payloadLong(name, number);
      } else if (value instanceof String text) {
        log.payloadString(name, text);
      } else if (value instanceof Boolean flag) {
        log.payloadBoolean(name, flag);
      } else {
        log.payloadStrings(name, (List<String>) value);
      }
    }
  }
}
