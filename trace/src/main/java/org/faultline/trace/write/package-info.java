/**
 * Streaming writers for the files of a run directory, called while the run executes.
 *
 * <p>The writers take primitive arguments one field at a time ({@code beginEvent}, then one call
 * per service or per payload field, then {@code endEvent} or {@code end}), so recording an event
 * builds no map or list. They format every double with {@link
 * org.faultline.trace.Numbers#format(double)}, write UTF-8 whatever the default charset, and raise
 * {@link java.io.UncheckedIOException} when the file system fails. This package depends only on the
 * {@code org.faultline.trace} package, Jackson and FastCSV; the engine adapts to it, never the
 * reverse.
 */
package org.faultline.trace.write;
