package org.faultline.analysis.postmortem.report;

import java.util.List;
import org.faultline.analysis.postmortem.finding.Findings;

/**
 * Builds the post-mortem's standard sections from its findings. Stateless and thread-safe.
 *
 * <p>The section ids, in order: {@code scenario-context}, {@code timeline}, {@code
 * service-effects}, {@code policy-dynamics}, {@code propagation}, {@code failure-characterization},
 * {@code limitations}.
 */
public final class StandardReport {

  private StandardReport() {}

  /** Creates the report of a run from its findings. */
  public static Report of(Findings findings) {
    String preamble =
        "Post-mortem of a run of scenario "
            + findings.manifest().scenario().name()
            + " with seed "
            + findings.manifest().seed()
            + ", event log fingerprint sha256:"
            + findings.manifest().fingerprintSha256()
            + ". Every statement below is derived from this run directory's "
            + "files: run.json, events.jsonl, metrics.csv and scenario.yaml. Numbers are rounded for reading; "
            + "analysis.json holds them exactly. Times are ticks of logical time.";
    return new Report(
        "Post-mortem: " + findings.manifest().scenario().name(),
        preamble,
        List.of(
            new ScenarioContextSection(findings),
            new TimelineSection(findings),
            new ServiceEffectsSection(findings),
            new PolicyDynamicsSection(findings),
            new PropagationSection(findings),
            new CharacterizationSection(findings),
            new LimitationsSection(findings)));
  }
}
