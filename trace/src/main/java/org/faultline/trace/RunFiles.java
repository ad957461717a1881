package org.faultline.trace;

/** Names of the files of a run directory and the identifier of its format. */
public final class RunFiles {

  /** Value of the {@code format} field of {@code run.json} written by this version. */
  public static final String FORMAT = "faultline-run/1";

  /** Prefix of the {@code format} field shared by every version of the run directory format. */
  public static final String FORMAT_FAMILY_PREFIX = "faultline-run/";

  /** The run manifest: scenario, seed, counts, fingerprint and status. */
  public static final String MANIFEST = "run.json";

  /** The event log: one JSON object per executed event and per rejected intent. */
  public static final String EVENTS = "events.jsonl";

  /** The service state after each executed event, as RFC 4180 CSV. */
  public static final String METRICS = "metrics.csv";

  /** The exact scenario text that ran. */
  public static final String SCENARIO = "scenario.yaml";

  private RunFiles() {}
}
