package org.faultline.trace.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes {@code run.json}, the run manifest, pretty-printed with a fixed key order.
 *
 * <p>The layout is two-space indentation, {@code "key": value}, one array element per line, {@code
 * \n} line ends and a final newline, whatever the platform. This class is stateless and
 * thread-safe.
 */
public final class ManifestWriter {

  private static final String INDENT = "  ";
  private static final String LINE_END = "\n";

  private ManifestWriter() {}

  /**
   * Writes the manifest to the file, replacing any earlier content.
   *
   * @param file path of the manifest, normally {@code run.json} in a staging directory
   * @param manifest what to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, RunManifest manifest) {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json =
            JsonOutput.FACTORY.createGenerator(new PrettyPrinting(), out, JsonEncoding.UTF8)) {
      writeManifest(json, manifest);
      json.writeRaw(LINE_END);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(
          "cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static void writeManifest(JsonGenerator json, RunManifest manifest) {
    json.writeStartObject();
    json.writeStringProperty("format", RunFiles.FORMAT);
    json.writeStringProperty("version", manifest.version());

    json.writeName("scenario");
    json.writeStartObject();
    json.writeStringProperty("name", manifest.scenario().name());
    json.writeStringProperty("description", manifest.scenario().description());
    json.writeStringProperty("content_sha256", manifest.scenario().contentSha256());
    json.writeEndObject();

    json.writeNumberProperty("seed", manifest.seed());
    json.writeNumberProperty("horizon", manifest.horizon());
    json.writeStringProperty("time_unit", manifest.timeUnit());
    json.writeStringProperty("metrics_mode", manifest.metricsMode().id());
    writeStrings(json, "services", manifest.services());
    writeStrings(json, "agents", manifest.agents());

    json.writeName("counts");
    json.writeStartObject();
    json.writeNumberProperty("executed", manifest.counts().executed());
    json.writeNumberProperty("rejected", manifest.counts().rejected());
    json.writeNumberProperty("pending_at_horizon", manifest.counts().pendingAtHorizon());
    json.writeEndObject();

    json.writeStringProperty("fingerprint", "sha256:" + manifest.fingerprintSha256());
    json.writeStringProperty("status", manifest.status().id());
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String name, List<String> values) {
    json.writeName(name);
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Supplies the pretty printer; everything else comes from the shared factory. */
  private static final class PrettyPrinting extends ObjectWriteContext.Base {

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      // DefaultIndenter.SYSTEM_LINEFEED_INSTANCE would follow the platform's line separator.
      DefaultIndenter indenter = new DefaultIndenter(INDENT, LINE_END);
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      return new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }
  }
}
