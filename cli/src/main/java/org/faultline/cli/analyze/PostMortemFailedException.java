package org.faultline.cli.analyze;

import java.nio.file.Path;

/**
 * Thrown by {@code faultline run} when the run was published but its post-mortem failed; the
 * command exits with status 1 and tells the user to run {@code faultline analyze} on the directory.
 */
public final class PostMortemFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path runDirectory;

  /**
   * Creates the exception.
   *
   * @param runDirectory the published run directory, which has no post-mortem
   * @param cause the failure of the analysis
   */
  public PostMortemFailedException(Path runDirectory, RuntimeException cause) {
    super("the post-mortem of " + runDirectory + " failed: " + cause, cause);
    this.runDirectory = runDirectory;
  }

  /** Returns the published run directory, which has no post-mortem. */
  public Path runDirectory() {
    return runDirectory;
  }
}
