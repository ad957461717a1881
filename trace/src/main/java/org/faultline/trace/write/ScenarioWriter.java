package org.faultline.trace.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes {@code scenario.yaml}, the exact scenario text that ran. This class is stateless and
 * thread-safe.
 */
public final class ScenarioWriter {

  private ScenarioWriter() {}

  /**
   * Writes the scenario text as UTF-8, unchanged, and returns the SHA-256 of the bytes written.
   *
   * @param file path of the scenario copy, normally {@code scenario.yaml} in a staging directory
   * @param scenarioText the scenario as it was loaded
   * @return 64 lowercase hexadecimal digits, suitable for the manifest's {@code content_sha256}
   * @throws UncheckedIOException if the file cannot be written
   */
  public static String write(Path file, String scenarioText) {
    byte[] bytes = scenarioText.getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return sha256Hex(bytes);
  }

  /** Computes the SHA-256 of the UTF-8 bytes of a text, as 64 lowercase hexadecimal digits. */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(
          "this JVM has no SHA-256, which every Java SE platform must provide", e);
    }
  }
}
