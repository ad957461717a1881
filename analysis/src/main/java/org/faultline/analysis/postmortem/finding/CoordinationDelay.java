package org.faultline.analysis.postmortem.finding;

/**
 * The ticks between the true state crossing an office's threshold and its intervention, split at
 * the moment the office could know and the moment it intended. Instances are immutable and
 * thread-safe.
 *
 * @param crossingTime tick after whose event the total service stress first exceeded the threshold
 * @param knowledgeTime tick from which the office could know it
 * @param intentTime tick at which the office intended to intervene
 * @param executionTime tick at which the intervention executed
 */
public record CoordinationDelay(
    long crossingTime, long knowledgeTime, long intentTime, long executionTime) {

  /** Returns the information delay in ticks: from the crossing to the office's knowledge. */
  public long information() {
    return knowledgeTime - crossingTime;
  }

  /** Returns the decision delay in ticks: from the office's knowledge to its intent. */
  public long decision() {
    return intentTime - knowledgeTime;
  }

  /** Returns the execution delay in ticks: from the intent to the executed intervention. */
  public long execution() {
    return executionTime - intentTime;
  }

  /**
   * Returns the whole coordination delay in ticks: from the crossing to the executed intervention.
   */
  public long total() {
    return executionTime - crossingTime;
  }
}
