package nl.passend.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body read up to a limit: beyond it a read fails with {@link LimitExceededException} instead of
 * cutting the body short, so that a reader never takes part of a body for the whole of it. The
 * student import and the OSO reader put their limits on request bodies with it.
 */
public final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long read;
  private boolean exceeded;

  /**
   * Reads {@code in} up to {@code limit} bytes.
   *
   * @param in the body
   * @param limit the most bytes it may have
   */
  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    this.limit = limit;
  }

  /** The body was larger than the limit: raised by the read that went past it. */
  public static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(long limit) {
      super("the body is larger than " + limit + " bytes");
    }
  }

  /** Whether a read went past the limit (for readers that wrap the exception in their own). */
  public boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      count(skipped);
    }
    return skipped;
  }

  private void count(long n) throws LimitExceededException {
    read += n;
    if (read > limit) {
      exceeded = true;
      throw new LimitExceededException(limit);
    }
  }
}
