package nl.passend.adapters.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.ScopeType;
import nl.passend.domain.organisation.BrinCode;

/**
 * Bearer tokens mapped to actors (API.md §Conventions). The file named by {@code PASSEND_TOKENS_FILE}
 * holds one token a line: {@code token,role,scopeType,scopeId} ({@code #} starts a comment; scope
 * empty for an administrator); an optional fifth column names the school a committee member works
 * for. Tokens are kept as SHA-256 digests and compared in constant time; they are never logged.
 */
final class Tokens {
  private final Map<String, Actor> byDigest = new HashMap<>();

  /** Adds a token. */
  void add(String token, Actor actor) {
    if (token.length() < 8) {
      throw new IllegalArgumentException("a token has at least 8 characters");
    }
    byDigest.put(digest(token), actor);
  }

  /** The actor of a presented token. */
  Optional<Actor> actor(String presented) {
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

  int size() {
    return byDigest.size();
  }

  /**
   * Reads a tokens file.
   *
   * @throws IllegalArgumentException naming the line (never the token) when a line is bad
   */
  static Tokens read(Path file) throws IOException {
    Tokens tokens = new Tokens();
    List<CsvFile.Row> rows;
    try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = CsvFile.read(reader);
    } catch (nl.passend.domain.common.InvalidValueException e) {
      throw new IllegalArgumentException(file + ": " + e.reason());
    }
    for (CsvFile.Row row : rows) {
      String[] parts = CsvFile.withoutComment(row.cells()).toArray(String[]::new);
      if (parts.length == 0) {
        continue;
      }
      int i = row.line() - 1;
      if (parts.length < 4 || parts.length > 5) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected token,role,scopeType,scopeId");
      }
      try {
        Role role = Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        Actor actor;
        if (role == Role.ADMINISTRATOR) {
          actor = Actor.administrator();
        } else {
          ScopeType type = ScopeType.valueOf(parts[2].strip().toUpperCase(Locale.ROOT));
          Optional<BrinCode> affiliated = parts.length == 5 && !parts[4].isBlank() ? Optional.of(BrinCode.of(parts[4])) : Optional.empty();
          actor = new Actor(role, Optional.of(type), Optional.of(parts[3].strip()), affiliated);
        }
        tokens.add(parts[0].strip(), actor);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage().replace(parts[0], "***"));
      }
    }
    return tokens;
  }

  private static String digest(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
