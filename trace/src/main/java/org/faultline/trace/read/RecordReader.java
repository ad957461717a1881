package org.faultline.trace.read;

import java.io.Closeable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A single-pass reader over the records of a run file, read lazily so that memory does not grow
 * with the number of records.
 *
 * <p>It can be iterated once, with a for-each loop, {@link #iterator()} or {@link #stream()}; to
 * read the file again, open a new reader. Iteration raises {@link MalformedRunFileException} at the
 * first malformed record. Implementations are not thread-safe.
 *
 * @param <T> the record type
 */
public interface RecordReader<T> extends Iterable<T>, Closeable {

  /** Returns a sequential stream of the remaining records that closes this reader when closed. */
  default Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false).onClose(this::close);
  }

  /** Closes the underlying file; raises nothing. */
  @Override
  void close();
}
