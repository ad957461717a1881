package org.faultline.engine.run;

/** Thrown when a run cannot continue; the run's outputs must not be published. */
public class SimulationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what stopped the run. */
  public SimulationException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the failure that caused it. */
  public SimulationException(String message, Throwable cause) {
    super(message, cause);
  }
}
