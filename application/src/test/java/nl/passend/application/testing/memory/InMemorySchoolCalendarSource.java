package nl.passend.application.testing.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.PartnershipPolicy;

/** School calendars per policy, set by the embedding code; without one, a calendar without holidays. */
public final class InMemorySchoolCalendarSource implements SchoolCalendarSource {
  private final Map<PolicyId, SchoolCalendar> calendars = new ConcurrentHashMap<>();

  /** Sets the calendar of a policy. */
  public void put(PolicyId policy, SchoolCalendar calendar) {
    calendars.put(policy, calendar);
  }

  @Override
  public SchoolCalendar calendarFor(PartnershipPolicy policy) {
    return calendars.getOrDefault(policy.id(), SchoolCalendar.none());
  }
}
