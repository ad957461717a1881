package org.faultline.trace.directory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Renames a directory within its parent; an interface so that tests can make a move fail. */
interface FileMover {

  /** The mover used outside tests: an atomic rename, or a plain move where none is supported. */
  FileMover ATOMIC_WHERE_SUPPORTED =
      (source, target) -> {
        try {
          Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(source, target);
        }
      };

  /** Moves {@code source} to {@code target}, which must not exist. */
  void move(Path source, Path target) throws IOException;
}
