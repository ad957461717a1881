package org.faultline.analysis.postmortem.finding;

import java.util.List;

/**
 * What a run cannot show. Instances are immutable and thread-safe.
 *
 * @param run limits that follow from this run's files, one sentence each
 * @param model what the model does not represent, one sentence each, the same for every run of this
 *     version
 */
public record Limitations(List<String> run, List<String> model) {

  /** Copies the lists. */
  public Limitations {
    run = List.copyOf(run);
    model = List.copyOf(model);
  }
}
