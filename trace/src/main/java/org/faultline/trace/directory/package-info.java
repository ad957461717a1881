/**
 * Staging and publishing of a run directory, so that a crashed, failed or aborted run never looks
 * like a finished one.
 *
 * <p>A run writes every file into a hidden sibling of the target directory and moves it into place
 * only when it is complete. An earlier run directory at the target is replaced only after the new
 * one is complete, and a directory that is not a run directory is never replaced. This package
 * depends only on the {@code org.faultline.trace} package, Jackson and the JDK.
 */
package org.faultline.trace.directory;
