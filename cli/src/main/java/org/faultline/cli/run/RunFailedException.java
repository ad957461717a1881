package org.faultline.cli.run;

/**
 * Thrown when a simulation stopped before completing (a guard, or a failing handler, agent, policy
 * or observer); the command exits with status 1 and publishes no run directory.
 */
public final class RunFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RunFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
