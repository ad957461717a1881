package org.faultline.trace.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.faultline.trace.directory.TargetInspection.TargetKind;

/**
 * A run directory being written: a hidden staging directory beside the target that becomes the
 * target when {@link #publish()} is called, and disappears when the run fails.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * try (StagedRunDirectory staged = StagedRunDirectory.create(Path.of("results"))) {
 *     // write metrics.csv, events.jsonl, run.json, scenario.yaml and any other file
 *     // into staged.directory()
 *     staged.publish();
 * }
 * }</pre>
 *
 * <p>The staging directory is named {@code .NAME.partial-PID-N} in the parent of the target.
 * Closing without publishing deletes it and leaves the target untouched. Publishing moves it into
 * place with an atomic rename where the file system supports one. If the target contains an earlier
 * run directory, or is empty, it is replaced. Any other existing target is rejected. An earlier run
 * is first renamed to {@code .NAME.previous-PID-N}, then the new run is renamed into place, then
 * the earlier run is deleted. If the second rename fails, the earlier run is renamed back. Writing
 * into the directory is the caller's business and not thread-safe; {@link #publish()} and {@link
 * #abort()} are synchronized, so a shutdown hook may abort a run that another thread is about to
 * publish.
 */
public final class StagedRunDirectory implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(StagedRunDirectory.class.getName());

  /** Life cycle of the staging directory. */
  private enum State {
    OPEN,
    PUBLISHED,
    ABORTED
  }

  private final Path target;
  private final Path staging;
  private final FileMover mover;
  private State state = State.OPEN;

  private StagedRunDirectory(Path target, Path staging, FileMover mover) {
    this.target = target;
    this.staging = staging;
    this.mover = mover;
  }

  /**
   * Creates the staging directory for a run that will be published at the target.
   *
   * <p>The target is checked now as well as at publishing, so that a run that could never be
   * published fails before it starts. The parent of the target is created if missing.
   *
   * @param target the run directory to publish, such as {@code results}
   * @return the open staging directory
   * @throws TargetDirectoryException if the target cannot be used or its parent cannot be created
   *     or written
   */
  public static StagedRunDirectory create(Path target) {
    return create(target, FileMover.ATOMIC_WHERE_SUPPORTED);
  }

  static StagedRunDirectory create(Path target, FileMover mover) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new TargetDirectoryException(
          absolute,
          "cannot use "
              + absolute
              + " as the output directory: it is the root of the file system; give a directory below it",
          null);
    }
    TargetInspection.inspect(absolute);
    createParent(absolute, parent);
    Path staging = createStaging(absolute, parent);
    return new StagedRunDirectory(absolute, staging, mover);
  }

  /** Returns the staging directory, where every file of the run is written before publishing. */
  public Path directory() {
    return staging;
  }

  /** Returns the absolute, normalised path at which the run is published. */
  public Path target() {
    return target;
  }

  /** Returns whether {@link #publish()} has completed. */
  public boolean isPublished() {
    return state == State.PUBLISHED;
  }

  /**
   * Moves the staging directory into place at the target, replacing an earlier run directory.
   *
   * <p>On failure the staging directory is deleted and the target is as it was before.
   *
   * @throws IllegalStateException if already published or aborted
   * @throws TargetDirectoryException if the target now contains something that is not a run
   *     directory
   * @throws UncheckedIOException if a rename fails
   */
  public synchronized void publish() {
    checkOpen();
    try {
      TargetKind kind = TargetInspection.inspect(target);
      switch (kind) {
        case ABSENT -> mover.move(staging, target);
        case EMPTY_DIRECTORY -> replaceEmptyDirectory();
        case RUN_DIRECTORY -> replaceEarlierRun();
      }
    } catch (IOException e) {
      abortAfterFailure(e);
      throw new UncheckedIOException(
          "cannot publish the run at " + target + ": " + TargetInspection.describe(e), e);
    } catch (RuntimeException e) {
      abortAfterFailure(e);
      throw e;
    }
    state = State.PUBLISHED;
  }

  /**
   * Deletes the staging directory and everything in it, unless the run was published.
   *
   * @throws UncheckedIOException if the staging directory cannot be deleted
   */
  public synchronized void abort() {
    if (state != State.OPEN) {
      return;
    }
    state = State.ABORTED;
    try {
      deleteRecursively(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot delete the staging directory "
              + staging
              + ": "
              + TargetInspection.describe(e)
              + "; delete it by hand",
          e);
    }
  }

  /** Aborts the run unless it was published; see {@link #abort()}. */
  @Override
  public void close() {
    abort();
  }

  private void replaceEmptyDirectory() throws IOException {
    Files.delete(target);
    try {
      mover.move(staging, target);
    } catch (IOException e) {
      try {
        Files.createDirectory(target);
      } catch (IOException recreateFailure) {
        e.addSuppressed(recreateFailure);
      }
      throw e;
    }
  }

  private void replaceEarlierRun() throws IOException {
    Path aside = unusedSibling(target, "previous");
    mover.move(target, aside);
    try {
      mover.move(staging, target);
    } catch (IOException e) {
      restoreEarlierRun(aside, e);
      throw e;
    }
    try {
      deleteRecursively(aside);
    } catch (IOException e) {
      // The new run is in place, so the run succeeded and only a hidden leftover remains.
      // NOTE: System.Logger keeps this module free of a logging dependency. An application
      // gets the warning in its SLF4J output only with the slf4j-jdk-platform-logging bridge.
      LOG.log(
          Level.WARNING,
          "Published the run at {0}, but could not delete the earlier run moved aside to {1}: {2}; delete it by hand",
          target,
          aside,
          TargetInspection.describe(e));
    }
  }

  private void restoreEarlierRun(Path aside, IOException publishFailure) {
    try {
      mover.move(aside, target);
    } catch (IOException restoreFailure) {
      publishFailure.addSuppressed(restoreFailure);
      throw new UncheckedIOException(
          "cannot publish the run at "
              + target
              + ": "
              + TargetInspection.describe(publishFailure)
              + "; the earlier run could not be moved back and is intact at "
              + aside,
          publishFailure);
    }
  }

  private void abortAfterFailure(Exception failure) {
    try {
      abort();
    } catch (UncheckedIOException e) {
      failure.addSuppressed(e);
    }
  }

  private void checkOpen() {
    if (state != State.OPEN) {
      throw new IllegalStateException(
          "the run at " + target + " was already " + state.name().toLowerCase(Locale.ROOT));
    }
  }

  private static void createParent(Path target, Path parent) {
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new TargetDirectoryException(
          target,
          "cannot create the parent directory "
              + parent
              + " of "
              + target
              + ": "
              + TargetInspection.describe(e),
          e);
    }
  }

  private static Path createStaging(Path target, Path parent) {
    // Names come from the process id and a counter, not from a random source.
    while (true) {
      Path candidate = unusedSibling(target, "partial");
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        // Another process took the name between the check and the creation; try the next one.
      } catch (IOException e) {
        throw new TargetDirectoryException(
            target,
            "cannot write in "
                + parent
                + ", the parent of "
                + target
                + ": "
                + TargetInspection.describe(e),
            e);
      }
    }
  }

  private static Path unusedSibling(Path target, String purpose) {
    String prefix =
        "." + target.getFileName() + "." + purpose + "-" + ProcessHandle.current().pid() + "-";
    for (int attempt = 1; ; attempt++) {
      Path candidate = target.resolveSibling(prefix + attempt);
      if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
        return candidate;
      }
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    // walkFileTree does not follow symbolic links, so a link inside is deleted, not its target.
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path directory, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(directory);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
