package org.faultline.model.spec;

/** A stressor: an external source that perturbs services on a schedule. */
public sealed interface StressorSpec permits FloodSpec, HeatwaveSpec {

  /** Returns the stressor's source id in outputs, such as {@code environment:flood}. */
  String id();
}
