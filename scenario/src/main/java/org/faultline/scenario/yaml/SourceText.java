package org.faultline.scenario.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problems;

/**
 * Strict decoding of a source's bytes to text: UTF-8 only, with an optional byte order mark, and
 * only the characters YAML 1.2 allows in a stream.
 *
 * <p>Lines and columns are counted as SnakeYAML Engine counts them, so that a problem found here
 * and one found by the parser name places the same way: a line ends at {@code \n}, at {@code \r\n}
 * or at a lone {@code \r}; columns count Unicode code points, and U+FEFF takes no column.
 */
final class SourceText {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SourceText() {}

  /**
   * Decodes bytes as UTF-8, or records the first invalid byte or disallowed character.
   *
   * @return the text without its byte order mark; empty when a problem was recorded
   */
  static Optional<String> decode(byte[] bytes, String source, Problems problems) {
    int start = hasBom(bytes) ? UTF8_BOM.length : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    String text = out.flip().toString();
    if (result.isError()) {
      int badByte = bytes[in.position()] & 0xFF;
      String hex = String.format(Locale.ROOT, "0x%02X", badByte);
      problems.add(
          positionAfter(text, source),
          "",
          hex,
          "file is not valid UTF-8: byte "
              + hex
              + " does not start or continue a character here; save the file as UTF-8");
      return Optional.empty();
    }

    return findDisallowedCharacter(text, source, problems) ? Optional.empty() : Optional.of(text);
  }

  /** Records the first character YAML does not allow in a stream; returns whether there was one. */
  private static boolean findDisallowedCharacter(String text, String source, Problems problems) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!isPrintable(codePoint)) {
        String name = String.format(Locale.ROOT, "U+%04X", codePoint);
        problems.add(
            positionAfter(text.substring(0, i), source),
            "",
            name,
            "character "
                + name
                + " is not allowed in YAML: remove it, or write it as the escape \\u"
                + name.substring(2)
                + " inside a double-quoted value");
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  /** Returns the position just after a prefix of the source text. */
  static Position positionAfter(String prefix, String source) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < prefix.length(); ) {
      int codePoint = prefix.codePointAt(i);
      i += Character.charCount(codePoint);
      boolean crBeforeLf = codePoint == '\r' && i < prefix.length() && prefix.charAt(i) == '\n';
      if (codePoint == '\n' || (codePoint == '\r' && !crBeforeLf)) {
        line++;
        column = 1;
      } else if (codePoint != 0xFEFF && !crBeforeLf) {
        column++;
      }
    }
    return new Position(source, line, column);
  }

  /** Returns whether a code point is in YAML 1.2's printable set (production c-printable). */
  private static boolean isPrintable(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }
}
