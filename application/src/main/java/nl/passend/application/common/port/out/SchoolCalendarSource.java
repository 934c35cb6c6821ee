package nl.passend.application.common.port.out;

import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.policy.PartnershipPolicy;

/** Schoolkalenderbron: the school calendar a partnership supplies for its policy (R-DL-4). */
public interface SchoolCalendarSource {
  /** The calendar for the policy's region; a calendar without holidays when none is supplied. */
  SchoolCalendar calendarFor(PartnershipPolicy policy);
}
