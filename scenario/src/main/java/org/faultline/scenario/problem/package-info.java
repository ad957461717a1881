/**
 * Problems found in a scenario input: where each one is ({@link
 * org.faultline.scenario.problem.Position}), what is wrong with which value ({@link
 * org.faultline.scenario.problem.Problem}), the accumulator that collects all problems of an input
 * ({@link org.faultline.scenario.problem.Problems}) and the one exception that reports them
 * together ({@link org.faultline.scenario.problem.ScenarioException}). This package depends on
 * nothing but the JDK, so that every layer of scenario reading can report through it.
 */
package org.faultline.scenario.problem;
