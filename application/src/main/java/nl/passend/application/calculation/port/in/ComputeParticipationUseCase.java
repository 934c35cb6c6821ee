package nl.passend.application.calculation.port.in;

import java.util.List;
import java.util.Map;
import nl.passend.application.common.Actor;
import nl.passend.domain.monitoring.Participation;

/** Deelnamepercentages berekenen (R-MON-1). */
public interface ComputeParticipationUseCase {
  /** The rates of every counted group against the explicit denominator. */
  Participation participation(Actor actor, Map<String, Long> counts, List<String> denominator, int decimals);
}
