package nl.passend.adapters.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.deadline.Procedure;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.decision.ObjectingParty;
import nl.passend.domain.decision.Profession;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.placement.PlacementOutcome;

/** The request bodies of the API as records, read strictly (unknown fields are refused). */
final class Requests {
  private Requests() {}

  record DomainResultDto(Integer dl, Integer dle) {}

  record Eligibility(LocalDate assessmentDate, LocalDate dateOfBirth, Integer iq, Map<String, DomainResultDto> domains,
      Map<String, Boolean> findings) {}

  record Holiday(String name, LocalDate first, LocalDate last) {}

  record Deadlines(Procedure procedure, LocalDate receivedOn, LocalDate decisionNotifiedOn, LocalDate placedOn, LocalDate issuedOn,
      List<Holiday> holidays) {}

  record Distribution(String amount, String roundTo, Map<String, Long> shares) {}

  record Deduction(String policyId, Map<FundingCategory, Long> counts, Long residential) {}

  record Participation(Map<String, Long> counts, List<String> denominator, Integer decimals) {}

  record PartnershipDto(String id, String name, Sector sector, String policyId, String region) {}

  record BoardDto(String id, String name, List<String> partnershipIds) {}

  record SchoolDto(String brin, String name, String boardId, SchoolType schoolType, Integer cluster, List<SpecialNeedsType> specialNeedsTypes) {}

  record ApplicationDto(String policyId, String partnershipId, String studentId, String applyingSchoolBrin, SchoolType schoolType,
      SpecialNeedsType specialNeedsType, LocalDate receivedOn, Boolean proSpecialRoute) {}

  record ActionDto(LocalDate on, String reason, LocalDate startDate, LocalDate endDate, FundingCategory fundingCategory,
      String categoryOverrideReason, ObjectingParty by, Boolean upheld) {}

  record AdviceDto(String expertReference, Profession profession, String employerBrin, LocalDate givenOn) {}

  record DossierDto(List<DossierItem> items, List<AdviceDto> expertAdvices, String firstChoiceSchoolBrin) {}

  record PlacementDutyDto(String partnershipId, String studentId, String schoolBrin, LocalDate registeredOn) {}

  record PlacementActionDto(LocalDate on, Integer weeks, PlacementOutcome outcome, String placedAtBrin, String reason) {}

  record OutOfSchoolDto(String partnershipId, String studentId, AbsenceCategory category, LocalDate startedOn, String reason,
      String boardWithDuty, String coordinator) {}

  record OutOfSchoolActionDto(LocalDate on, String description, String reason, String designatedSchoolBrin) {}

  record ExemptionDto(String partnershipId, String studentId, ExemptionGround ground, LocalDate from, LocalDate until) {}

  /** A required field. */
  static <T> T required(T value, String field) {
    if (value == null) {
      throw WebProblem.badRequest(field, "is required");
    }
    return value;
  }

  /** Converts a field, naming it when the domain refuses the value. */
  static <T> T as(String field, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(field, e.reason());
    }
  }
}
