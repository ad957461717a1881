package org.faultline.scenario.problem;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the candidate nearest to a misspelt name, for "did you mean" hints in problem messages.
 *
 * <p>Distance is the optimal string alignment distance: the Levenshtein distance (insertions,
 * deletions, substitutions) extended with transpositions of two adjacent characters, each costing
 * 1. Cost is O(n·m) per candidate for names of lengths n and m. Ties go to the earlier candidate,
 * so the result is the same on every run.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the candidate nearest to the input when it is close enough to be a likely typo.
   *
   * <p>Close enough means at most one edit per three characters of the shorter name, and always at
   * least one edit.
   */
  public static Optional<String> likelyTypo(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int allowed = Math.max(1, Math.min(input.length(), candidate.length()) / 3);
      if (Math.abs(input.length() - candidate.length()) > allowed) {
        continue;
      }
      int d = distance(input, candidate);
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the candidate nearest to the input however far it is, or empty when there are none. */
  public static Optional<String> nearest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(input, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the optimal string alignment distance between two strings. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        boolean transposed =
            i > 1
                && j > 1
                && a.charAt(i - 1) == b.charAt(j - 2)
                && a.charAt(i - 2) == b.charAt(j - 1);
        if (transposed) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
