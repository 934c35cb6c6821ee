package nl.passend.domain.deadline;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import nl.passend.domain.common.Validation;

/**
 * Termijnen van een procedure: the named deadlines of one procedure, in the order of API.md (for
 * example {@code acknowledgeBy}, {@code requestInformationBy}, {@code decideBy},
 * {@code decideByExtended}).
 *
 * @param procedure the procedure
 * @param dates the deadlines by name, in order
 */
public record Deadlines(Procedure procedure, Map<String, LocalDate> dates) {
  /** Makes the map immutable, keeping its order. */
  public Deadlines {
    Validation.present(procedure, "procedure");
    dates = ImmutableMap.copyOf(dates);
  }

  /** The deadline with this name. */
  public LocalDate get(String name) {
    LocalDate date = dates.get(name);
    if (date == null) {
      throw new IllegalArgumentException(procedure + " has no deadline " + name);
    }
    return date;
  }
}
