package org.faultline.trace.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Implements the single-pass iteration of {@link RecordReader} over a read-ahead of one record. */
abstract class AbstractRecordReader<T> implements RecordReader<T> {

  private boolean iterated;
  private T next;
  private boolean exhausted;

  /** Reads the next record from the file, or returns null at the end. */
  protected abstract T readNext();

  @Override
  public final Iterator<T> iterator() {
    if (iterated) {
      throw new IllegalStateException(
          "a run file reader iterates once; open a new reader to read the file again");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (next == null && !exhausted) {
          next = readNext();
          exhausted = next == null;
        }
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more records");
        }
        T record = next;
        next = null;
        return record;
      }
    };
  }
}
