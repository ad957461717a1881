/**
 * The {@code faultline analyze} command, which writes the post-mortem of a finished run directory,
 * and the error raised when the post-mortem of a new run fails. It calls the analysis module only
 * through {@code org.faultline.analysis.postmortem.PostMortem} and turns the trace readers' errors
 * into invalid-input errors.
 */
package org.faultline.cli.analyze;
