package nl.passend.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.passend.adapters.web.Tokens;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.ScopeType;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.formats.CsvTable;

/**
 * The file named by {@code PASSEND_TOKENS_FILE}: one token a line, {@code token,role,scopeType,scopeId}
 * ({@code #} starts a comment; scope empty for an administrator); an optional fifth column names the
 * school a committee member works for. An error names the line, never the token.
 */
final class TokensFile {
  private TokensFile() {}

  /**
   * Reads a tokens file.
   *
   * @throws IllegalStateException naming the line (never the token) when a line is bad, or the file when it cannot be read
   */
  static Tokens read(Path file) {
    Tokens tokens = new Tokens();
    List<CsvTable.Row> rows;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = CsvTable.read(reader);
    } catch (InvalidValueException e) {
      throw new IllegalStateException(file + ": " + e.reason());
    } catch (IOException e) {
      throw new IllegalStateException("PASSEND_TOKENS_FILE " + file + " cannot be read");
    }
    for (CsvTable.Row row : rows) {
      String[] parts = CsvTable.withoutComment(row.cells()).toArray(String[]::new);
      if (parts.length == 0) {
        continue;
      }
      if (parts.length < 4 || parts.length > 5) {
        throw new IllegalStateException(file + " line " + row.line() + ": expected token,role,scopeType,scopeId");
      }
      try {
        Role role = Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        Optional<ScopeType> type = role == Role.ADMINISTRATOR ? Optional.empty()
            : Optional.of(ScopeType.valueOf(parts[2].strip().toUpperCase(Locale.ROOT)));
        Optional<String> scope = role == Role.ADMINISTRATOR ? Optional.empty() : Optional.of(parts[3].strip());
        Optional<BrinCode> affiliated = parts.length == 5 && !parts[4].isBlank() ? Optional.of(BrinCode.of(parts[4])) : Optional.empty();
        tokens.add(parts[0].strip(), new Actor(role, type, scope, affiliated));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(file + " line " + row.line() + ": " + e.getMessage().replace(parts[0], "***"));
      }
    }
    return tokens;
  }
}
