/**
 * Streaming readers for a finished run directory, used by the analysis and by anyone who checks a
 * run.
 *
 * <p>{@link org.faultline.trace.read.RunDirectoryReader} checks that a directory is a run directory
 * and opens its files. The metrics and event-log readers iterate row by row, so their memory does
 * not grow with the length of the run. Malformed content raises {@link
 * org.faultline.trace.read.MalformedRunFileException} with the file, the line and what is wrong; a
 * failing file system raises {@link java.io.UncheckedIOException}. Every file is read as UTF-8
 * whatever the default charset. This package depends only on the {@code org.faultline.trace}
 * package, Jackson and FastCSV, never on the engine or the model.
 */
package org.faultline.trace.read;
