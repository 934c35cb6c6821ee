package nl.passend.application.student.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Import geweigerd: at least one line is bad; nothing was stored. A file with very many bad lines
 * names the first {@link #MAX_LISTED} of them and says how many there are in all.
 */
public class ImportRejectedException extends RuntimeException {
  /** The most errors one rejection lists. */
  public static final int MAX_LISTED = 10_000;

  private static final long serialVersionUID = 1L;

  private final transient List<ImportStudentsUseCase.LineError> errors;
  private final long total;

  /** Creates the rejection with every error found. */
  public ImportRejectedException(List<ImportStudentsUseCase.LineError> errors) {
    this(errors, errors.size());
  }

  /**
   * Creates the rejection with the errors listed and the number found in all.
   *
   * @param errors the errors listed, by line
   * @param total the errors found, at least as many as listed
   */
  public ImportRejectedException(List<ImportStudentsUseCase.LineError> errors, long total) {
    super(total == errors.size() ? total + " line error(s); nothing was imported"
        : total + " line errors, the first " + errors.size() + " listed; nothing was imported");
    if (total < errors.size()) {
      throw new IllegalArgumentException("total must count at least the errors listed");
    }
    this.errors = ImmutableList.copyOf(errors);
    this.total = total;
  }

  /** The errors listed, by line. */
  public List<ImportStudentsUseCase.LineError> errors() {
    return errors;
  }

  /** How many errors were found, listed or not. */
  public long total() {
    return total;
  }
}
