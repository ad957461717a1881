package org.faultline.engine.agent;

import org.faultline.engine.event.Intent;

/** Collects the intents an agent or effect handler expresses during one call. */
@FunctionalInterface
public interface IntentSink {

  /** Adds an intent; the engine decides it after the current call returns. */
  void intend(Intent intent);
}
