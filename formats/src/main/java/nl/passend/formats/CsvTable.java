package nl.passend.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.passend.domain.common.InvalidValueException;

/**
 * The one CSV reader of Passend's files (the student import, the holiday calendar): RFC 4180 as
 * Jackson's CSV parser reads it, unquoted blanks around a cell trimmed, a UTF-8 byte-order mark
 * skipped, blank lines skipped, and every record with the line it starts on (a quoted cell may span
 * lines).
 */
public final class CsvTable {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

  /** The most cells one record may have: no file of Passend's has more than a few dozen columns. */
  public static final int MAX_CELLS = 1_000;

  /**
   * A record of the file.
   *
   * @param line the line it starts on, from 1
   * @param cells its cells
   */
  public record Row(int line, List<String> cells) {
    /** Keeps an unchangeable copy of the cells. */
    public Row {
      cells = List.copyOf(cells);
    }
  }

  private CsvTable() {}

  /**
   * Reads every record.
   *
   * @throws InvalidValueException naming {@code body} and the line when the text is not CSV
   * @throws IOException when the reader fails (a {@link java.nio.charset.CharacterCodingException} for bad UTF-8)
   */
  public static List<Row> read(Reader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    forEach(reader, rows::add);
    return rows;
  }

  /**
   * Hands every record to {@code each} as it is read, so that a file of a million lines is never
   * held whole (the student import).
   *
   * @throws InvalidValueException naming {@code body} and the line when the text is not CSV
   * @throws IOException when the reader fails (a {@link java.nio.charset.CharacterCodingException} for bad UTF-8)
   */
  public static void forEach(Reader reader, Consumer<Row> each) throws IOException {
    try (JsonParser parser = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).createParser(withoutByteOrderMark(reader))) {
      List<String> cells = new ArrayList<>();
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        cells.clear();
        int line = 0;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            line = parser.currentTokenLocation().getLineNr();
          }
          if (cells.size() == MAX_CELLS) {
            throw new InvalidValueException("body", "the record at line " + line + " has more than " + MAX_CELLS + " cells");
          }
          cells.add(parser.getText());
        }
        if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
          each.accept(new Row(line, cells));
        }
      }
    } catch (JsonProcessingException e) {
      throw new InvalidValueException("body", "is not valid CSV (RFC 4180) at line " + e.getLocation().getLineNr());
    }
  }

  /** The cells before a {@code #}: a comment line has none, a trailing comment ends the last cell. */
  public static List<String> withoutComment(List<String> cells) {
    List<String> kept = new ArrayList<>();
    for (String cell : cells) {
      int hash = cell.indexOf('#');
      if (hash >= 0) {
        String before = cell.substring(0, hash).strip();
        if (!before.isEmpty() || !kept.isEmpty()) {
          kept.add(before);
        }
        break;
      }
      kept.add(cell);
    }
    return kept;
  }

  /** Excel writes a byte-order mark before UTF-8 CSV; it is not part of the first cell. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }
}
