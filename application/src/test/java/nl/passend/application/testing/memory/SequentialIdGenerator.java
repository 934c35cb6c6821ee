package nl.passend.application.testing.memory;

import java.util.concurrent.atomic.AtomicLong;
import nl.passend.application.common.port.out.IdGenerator;

/** Ids {@code prefix-000001}, {@code prefix-000002}, ...: predictable, for tests and demos. */
public final class SequentialIdGenerator implements IdGenerator {
  private final AtomicLong next = new AtomicLong(1);

  @Override
  public String next(String prefix) {
    return prefix + "-" + String.format("%06d", next.getAndIncrement());
  }
}
