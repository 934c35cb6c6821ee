package nl.passend.adapters.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.Actor;

/**
 * Bearer tokens mapped to actors (API.md §Conventions). Tokens are kept as SHA-256 digests and
 * compared in constant time; they are never logged. The composition root fills it (from the tokens
 * file and, in demo mode, the demo tokens).
 */
public final class Tokens {
  private final Map<String, Actor> byDigest = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Adds a token.
   *
   * @throws IllegalArgumentException when the token is shorter than 8 characters
   */
  public void add(String token, Actor actor) {
    if (token.length() < 8) {
      throw new IllegalArgumentException("a token has at least 8 characters");
    }
    byDigest.put(digest(token), actor);
  }

  /** The actor of a presented token, if it is one of these. */
  public Optional<Actor> actor(String presented) {
    if (presented == null || presented.isEmpty() || presented.length() > 512) {
      return Optional.empty();
    }
    String d = digest(presented);
    for (Map.Entry<String, Actor> e : byDigest.entrySet()) {
      if (MessageDigest.isEqual(e.getKey().getBytes(StandardCharsets.US_ASCII), d.getBytes(StandardCharsets.US_ASCII))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** How many tokens there are. */
  public int size() {
    return byDigest.size();
  }

  private static String digest(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
