package nl.passend.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import nl.passend.formats.CsvTable;
import nl.passend.formats.LimitedInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase.LineError;

/**
 * The student import's CSV (API "Students"): UTF-8, RFC 4180 (read by Jackson's CSV parser), a header
 * on line 1 with exactly the columns {@link #COLUMNS} in any order, each once. An unknown column (say
 * {@code bsn}) is refused rather than dropped, so that nobody believes a column was stored that was
 * not; a line with more or fewer cells than the header is refused too. Every bad line is named in one
 * answer. The file is read as the import goes ({@link #rows}), never held whole.
 */
public final class StudentCsv {
  /** The columns of the import, in the order API.md gives them. */
  static final List<String> COLUMNS = List.of("studentId", "dateOfBirth", "schoolBrin", "schoolType", "enrolledFrom", "enrolledUntil");

  /**
   * The largest import body: 1,000,000 lines of about a hundred bytes with room to spare. The body is
   * streamed, so the server's request limit for JSON does not apply; this one does (413 above it).
   */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private StudentCsv() {}

  /**
   * The rows of an import, read from {@code body} while the import runs: a file of a million lines is
   * never held whole. A line with more or fewer cells than the header is handed on as an error of
   * that line, so that the one answer names it with the use case's errors.
   *
   * <p>Reading throws {@link ImportRejectedException} naming every bad header column (and every line
   * with a wrong number of cells; no row is handed on then), and a 400 problem of the web adapter for a
   * body that is empty, not UTF-8 or not CSV. Either ends the import with nothing stored.
   */
  public static ImportStudentsUseCase.Rows rows(InputStream body) {
    return rows(body, MAX_BYTES);
  }

  /** The rows of an import of at most {@code maxBytes} bytes. */
  static ImportStudentsUseCase.Rows rows(InputStream body, long maxBytes) {
    return (row, unreadable) -> {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      Lines lines = new Lines(row, unreadable);
      try (Reader reader = new InputStreamReader(new LimitedInputStream(body, maxBytes), decoder)) {
        CsvTable.forEach(reader, lines::accept);
      } catch (CharacterCodingException e) {
        throw WebProblem.badRequest("body", "is not valid UTF-8");
      } catch (nl.passend.domain.common.InvalidValueException e) {
        throw WebProblem.badRequest("body", e.reason());
      } catch (LimitedInputStream.LimitExceededException e) {
        throw WebProblem.tooLarge(maxBytes);
      } catch (IOException e) {
        throw WebProblem.badRequest("body", "could not be read");
      }
      lines.end();
    };
  }

  /** The header and then each record of the file. */
  private static final class Lines {
    private final Consumer<ImportStudentsUseCase.Row> row;
    private final Consumer<LineError> unreadable;
    private List<String> names;
    private int[] at;
    private final List<LineError> headerErrors = new ArrayList<>();
    private long headerErrorsTotal;

    Lines(Consumer<ImportStudentsUseCase.Row> row, Consumer<LineError> unreadable) {
      this.row = row;
      this.unreadable = unreadable;
    }

    void accept(CsvTable.Row r) {
      List<String> cells = r.cells();
      if (names == null) {
        names = cells;
        Map<String, Integer> columns = header(names, headerErrors);
        headerErrorsTotal = headerErrors.size();
        at = COLUMNS.stream().mapToInt(c -> columns.getOrDefault(c, -1)).toArray();
        return;
      }
      if (cells.size() != names.size()) {
        LineError error = new LineError(r.line(), "line", "has " + cells.size() + " cells, but the header has " + names.size());
        if (headerErrors.isEmpty()) {
          unreadable.accept(error);
        } else {
          headerErrorsTotal++;
          if (headerErrors.size() < ImportRejectedException.MAX_LISTED) {
            headerErrors.add(error);
          }
        }
      } else if (headerErrors.isEmpty()) {
        row.accept(new ImportStudentsUseCase.Row(r.line(), cells.get(at[0]), cells.get(at[1]), cells.get(at[2]), cells.get(at[3]),
            cells.get(at[4]), cells.get(at[5])));
      }
    }

    void end() {
      if (names == null) {
        throw WebProblem.badRequest("header", "the CSV is empty; line 1 is the header " + String.join(",", COLUMNS));
      }
      if (!headerErrors.isEmpty()) {
        throw new ImportRejectedException(headerErrors, headerErrorsTotal);
      }
    }
  }

  /** The position of each column, or errors naming what is missing, unknown or repeated. */
  private static Map<String, Integer> header(List<String> names, List<LineError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!COLUMNS.contains(name)) {
        errors.add(new LineError(1, "header", "the column '" + name + "' is not part of the import; the columns are "
            + String.join(",", COLUMNS)));
      } else if (columns.putIfAbsent(name, i) != null) {
        repeated.add(name);
      }
    }
    repeated.forEach(name -> errors.add(new LineError(1, "header", "the column " + name + " appears more than once")));
    for (String name : COLUMNS) {
      if (!columns.containsKey(name)) {
        errors.add(new LineError(1, "header", "the column " + name + " is missing; the columns are " + String.join(",", COLUMNS)));
      }
    }
    return columns;
  }
}
