package org.faultline.trace.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.faultline.trace.RunFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Decides whether a run may be published at a target path, and describes why not. */
final class TargetInspection {

  /** Kind of entry at the target path, for the cases in which publishing may go ahead. */
  enum TargetKind {
    ABSENT,
    EMPTY_DIRECTORY,
    RUN_DIRECTORY
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private TargetInspection() {}

  /**
   * Classifies the target, or raises if publishing there would replace something that is not a run
   * directory.
   *
   * @param target absolute, normalised target path
   * @throws TargetDirectoryException if the target is a symbolic link, a file, an unreadable
   *     directory or a non-empty directory that is not a run directory
   */
  static TargetKind inspect(Path target) {
    if (Files.isSymbolicLink(target)) {
      throw new TargetDirectoryException(
          target,
          "refusing to replace "
              + target
              + ": it is a symbolic link; give the directory it points to as the output directory",
          null);
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return TargetKind.ABSENT;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new TargetDirectoryException(
          target,
          "refusing to replace " + target + ": it is a file, not a Faultline run directory",
          null);
    }
    if (isEmpty(target)) {
      return TargetKind.EMPTY_DIRECTORY;
    }
    if (isRunDirectory(target)) {
      return TargetKind.RUN_DIRECTORY;
    }
    throw new TargetDirectoryException(
        target,
        "refusing to replace " + target + ": it exists and is not a Faultline run directory",
        null);
  }

  /** Describes a file system error in a few words, without the path the caller already names. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file with that name exists";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage();
  }

  private static boolean isEmpty(Path directory) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new TargetDirectoryException(
          directory, "cannot read " + directory + ": " + describe(e), e);
    }
  }

  /**
   * Returns whether the directory has a {@code run.json} whose top-level {@code format} field
   * starts with {@code faultline-run/}. Any other content, including invalid JSON, means no.
   */
  private static boolean isRunDirectory(Path directory) {
    Path manifest = directory.resolve(RunFiles.MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(manifest);
        JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      // Reads top-level fields until "format", skipping nested values.
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("format")) {
          return value == JsonToken.VALUE_STRING
              && parser.getString().startsWith(RunFiles.FORMAT_FAMILY_PREFIX);
        }
        parser.skipChildren();
      }
      return false;
    } catch (IOException | JacksonException e) {
      return false;
    }
  }
}
