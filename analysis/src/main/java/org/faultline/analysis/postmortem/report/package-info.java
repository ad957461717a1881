/**
 * The post-mortem report as an ordered list of sections, each writing its part of {@code
 * failure_analysis.md} and its fields of {@code analysis.json}, and the atomic writing of both
 * files. {@link org.faultline.analysis.postmortem.report.Report#withSectionAfter} inserts a section
 * written elsewhere, such as charts or graph reasoning, at its place. Sections depend on the
 * findings and Jackson's generator only, never on how the findings were read.
 */
package org.faultline.analysis.postmortem.report;
