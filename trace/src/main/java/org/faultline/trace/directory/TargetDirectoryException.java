package org.faultline.trace.directory;

import java.nio.file.Path;

/**
 * Raised when a run cannot be published at the requested target: the target is a file, a symbolic
 * link or a directory that is not a run directory, or its parent cannot be created or written. The
 * command line reports it as a usage error.
 */
public final class TargetDirectoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path target;

  /**
   * Creates the exception.
   *
   * @param target the requested target directory
   * @param message what is wrong and what would work, for the user
   * @param cause the file system error behind it, or null
   */
  public TargetDirectoryException(Path target, String message, Throwable cause) {
    super(message, cause);
    this.target = target;
  }

  /** Returns the requested target directory. */
  public Path target() {
    return target;
  }
}
