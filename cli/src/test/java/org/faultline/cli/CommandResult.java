package org.faultline.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one call of the faultline command produced: its exit status and the exact bytes it wrote to
 * stdout and stderr.
 *
 * @param exitStatus the exit status, 0 on success
 * @param stdout the bytes written to stdout
 * @param stderr the bytes written to stderr
 */
record CommandResult(int exitStatus, byte[] stdout, byte[] stderr) {

  /** Returns stdout decoded as UTF-8, failing on any byte sequence that is not UTF-8. */
  String stdoutText() {
    return strictUtf8(stdout);
  }

  /** Returns stderr decoded as UTF-8, failing on any byte sequence that is not UTF-8. */
  String stderrText() {
    return strictUtf8(stderr);
  }

  /** Returns the lines of stderr, without their line ends. */
  List<String> stderrLines() {
    return stderrText().lines().toList();
  }

  /**
   * Decodes bytes as UTF-8 and rejects malformed input instead of replacing it, so that two decoded
   * texts are equal exactly when the bytes are.
   */
  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("output is not valid UTF-8: " + e.getMessage(), e);
    }
  }
}
