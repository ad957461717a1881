package org.faultline.analysis.attention.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads whole input files as UTF-8 text, turning read failures into problems. */
final class InputFiles {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private InputFiles() {}

  /**
   * Reads a file as strict UTF-8 and drops a leading byte order mark.
   *
   * @return the text, or null after adding a problem if the file is missing, unreadable or not
   *     valid UTF-8
   */
  static String readUtf8(Path file, Problems problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      problems.add(file, "file not found; check the path");
      return null;
    } catch (AccessDeniedException e) {
      problems.add(file, "permission denied; make the file readable");
      return null;
    } catch (CharacterCodingException e) {
      problems.add(file, "not valid UTF-8 text; save the file as UTF-8");
      return null;
    } catch (IOException e) {
      problems.add(file, "cannot be read (" + e.getMessage() + ")");
      return null;
    }
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      return text.substring(1);
    }
    return text;
  }
}
