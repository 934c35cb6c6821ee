package nl.passend.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import nl.passend.formats.CsvTable;
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
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase.LineError;

/**
 * The student import's CSV (API "Students"): UTF-8, RFC 4180 (read by Jackson's CSV parser), a header
 * on line 1 with exactly the columns {@link #COLUMNS} in any order, each once. An unknown column (say
 * {@code bsn}) is refused rather than dropped, so that nobody believes a column was stored that was
 * not; a line with more or fewer cells than the header is refused too. Every bad line is named in one
 * answer, and nothing is passed on to the use case when the file itself is bad.
 */
public final class StudentCsv {
  /** The columns of the import, in the order API.md gives them. */
  static final List<String> COLUMNS = List.of("studentId", "dateOfBirth", "schoolBrin", "schoolType", "enrolledFrom", "enrolledUntil");

  private StudentCsv() {}

  /**
   * Reads the rows of an import.
   *
   * @throws ImportRejectedException naming every bad header column and every line with a wrong number of cells
   * @throws RuntimeException a 400 problem of the web adapter for a body that is empty, not UTF-8 or not CSV
   */
  public static List<ImportStudentsUseCase.Row> read(InputStream body) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<CsvTable.Row> records;
    try (Reader reader = new InputStreamReader(body, decoder)) {
      records = CsvTable.read(reader);
    } catch (CharacterCodingException e) {
      throw WebProblem.badRequest("body", "is not valid UTF-8");
    } catch (nl.passend.domain.common.InvalidValueException e) {
      throw WebProblem.badRequest("body", e.reason());
    } catch (IOException e) {
      throw WebProblem.badRequest("body", "could not be read");
    }
    if (records.isEmpty()) {
      throw WebProblem.badRequest("header", "the CSV is empty; line 1 is the header " + String.join(",", COLUMNS));
    }
    List<LineError> errors = new ArrayList<>();
    List<String> names = records.get(0).cells();
    Map<String, Integer> columns = header(names, errors);
    boolean headerOk = errors.isEmpty();
    List<ImportStudentsUseCase.Row> rows = new ArrayList<>();
    for (CsvTable.Row r : records.subList(1, records.size())) {
      List<String> cells = r.cells();
      if (cells.size() != names.size()) {
        errors.add(new LineError(r.line(), "line", "has " + cells.size() + " cells, but the header has " + names.size()));
      } else if (headerOk) {
        rows.add(new ImportStudentsUseCase.Row(r.line(), cells.get(columns.get("studentId")), cells.get(columns.get("dateOfBirth")),
            cells.get(columns.get("schoolBrin")), cells.get(columns.get("schoolType")), cells.get(columns.get("enrolledFrom")),
            cells.get(columns.get("enrolledUntil"))));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return rows;
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

  /** The cells of one record; {@code line[0]} becomes the line it starts on (a quoted cell may span lines). */
}
