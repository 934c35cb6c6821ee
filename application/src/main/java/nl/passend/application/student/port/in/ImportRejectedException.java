package nl.passend.application.student.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Import geweigerd: at least one line is bad; nothing was stored. */
public class ImportRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportStudentsUseCase.LineError> errors;

  /** Creates the rejection with every error found. */
  public ImportRejectedException(List<ImportStudentsUseCase.LineError> errors) {
    super(errors.size() + " line error(s); nothing was imported");
    this.errors = ImmutableList.copyOf(errors);
  }

  /** The errors, by line. */
  public List<ImportStudentsUseCase.LineError> errors() {
    return errors;
  }
}
