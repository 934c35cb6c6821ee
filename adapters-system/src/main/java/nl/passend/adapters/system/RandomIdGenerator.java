package nl.passend.adapters.system;

import java.util.UUID;
import nl.passend.application.common.port.out.IdGenerator;

/** Random ids ({@code app-<uuid>}): unguessable and unique across restarts. */
public final class RandomIdGenerator implements IdGenerator {
  @Override
  public String next(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }
}
