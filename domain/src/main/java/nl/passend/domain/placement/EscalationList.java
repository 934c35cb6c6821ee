package nl.passend.domain.placement;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Escalatielijst: a partnership's overdue placement-duty cases on a date, longest overdue first
 * (R-ZP-3).
 */
public final class EscalationList {
  private EscalationList() {}

  /** The overdue cases of the partnership on {@code date}. */
  public static List<PlacementDutyCase> of(Collection<PlacementDutyCase> cases, PartnershipId partnership, LocalDate date, DeadlineRules rules) {
    return cases.stream()
        .filter(c -> c.partnership().equals(partnership) && c.isOverdue(date, rules))
        .sorted(Comparator.comparingLong((PlacementDutyCase c) -> c.daysOverdue(date, rules)).reversed()
            .thenComparing(c -> c.id().value()))
        .collect(ImmutableList.toImmutableList());
  }
}
