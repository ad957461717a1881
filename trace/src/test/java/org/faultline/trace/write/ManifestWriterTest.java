package org.faultline.trace.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunManifest;
import org.faultline.trace.RunStatus;
import org.faultline.trace.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "0123456789abcdef".repeat(4);

  @TempDir Path directory;

  @Test
  void write_manifest_printsStableLayout() {
    RunManifest manifest =
        new RunManifest(
            "0.1.0",
            new RunManifest.Scenario("reference", "Flood \"north\"", SHA_A),
            42,
            100,
            "minute",
            MetricsMode.DELTA,
            List.of("power", "water"),
            List.of(),
            new RunManifest.Counts(10, 2, 0),
            SHA_B,
            RunStatus.INTERRUPTED);
    Path file = directory.resolve("run.json");

    ManifestWriter.write(file, manifest);

    assertThat(TestFiles.read(file))
        .isEqualTo(
            """
                {
                  "format": "faultline-run/1",
                  "version": "0.1.0",
                  "scenario": {
                    "name": "reference",
                    "description": "Flood \\"north\\"",
                    "content_sha256": "%s"
                  },
                  "seed": 42,
                  "horizon": 100,
                  "time_unit": "minute",
                  "metrics_mode": "delta",
                  "services": [
                    "power",
                    "water"
                  ],
                  "agents": [],
                  "counts": {
                    "executed": 10,
                    "rejected": 2,
                    "pending_at_horizon": 0
                  },
                  "fingerprint": "sha256:%s",
                  "status": "interrupted"
                }
                """
                .formatted(SHA_A, SHA_B));
  }

  @Test
  void scenarioWriter_text_returnsSha256() {
    Path file = directory.resolve("scenario.yaml");

    String sha256 = ScenarioWriter.write(file, "name: Zürich\n");

    assertThat(TestFiles.read(file)).isEqualTo("name: Zürich\n");
    assertThat(sha256).isEqualTo(ScenarioWriter.sha256Hex("name: Zürich\n"));
  }
}
