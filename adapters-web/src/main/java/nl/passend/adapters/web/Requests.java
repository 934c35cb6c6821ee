package nl.passend.adapters.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.LearningDomain;
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
      Map<String, Boolean> findings, LocalDate decisionDate) {}

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
      SpecialNeedsType specialNeedsType, LocalDate receivedOn, Boolean proSpecialRoute, String renews) {}

  record ActionDto(LocalDate on, String reason, LocalDate startDate, LocalDate endDate, FundingCategory fundingCategory,
      String categoryOverrideReason, ObjectingParty by, Boolean upheld, nl.passend.domain.decision.CommitteeAdvice.Outcome advice,
      nl.passend.domain.decision.ExitDestination exitDestination) {}

  record RegistrationDto(String studentId, String schoolBrin, LocalDate registeredOn) {}

  record LwooDesignationDto(String partnershipId, String studentId, String schoolBrin, LocalDate receivedOn, Eligibility assessment) {}

  record LwooActionDto(LocalDate on, String reason, LocalDate startDate, LocalDate endDate, ObjectingParty by, Boolean upheld) {}

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

  /**
   * Reads an assessment body (the eligibility calculator's, also nested in other requests under
   * {@code prefix}); {@code decisionDate}, when given, picks the criteria version (R-CRI-LWOO).
   */
  static Assessment assessment(Requests.Eligibility body, String prefix) {
    Assessment a = Assessment.on(required(body.assessmentDate(), prefix + "assessmentDate"));
    if (body.dateOfBirth() != null) {
      Assessment base = a;
      a = as(prefix + "dateOfBirth", () -> base.withDateOfBirth(body.dateOfBirth()));
    }
    if (body.iq() != null) {
      Assessment withDob = a;
      a = as(prefix + "iq", () -> withDob.withIq(body.iq()));
    }
    if (body.domains() != null) {
      for (Map.Entry<String, Requests.DomainResultDto> e : body.domains().entrySet()) {
        LearningDomain domain;
        try {
          domain = LearningDomain.valueOf(e.getKey());
        } catch (IllegalArgumentException ex) {
          throw WebProblem.badRequest(prefix + "domains." + e.getKey(), "is not a learning domain; allowed: TECHNICAL_READING, READING_COMPREHENSION, SPELLING, ARITHMETIC");
        }
        Requests.DomainResultDto d = required(e.getValue(), prefix + "domains." + e.getKey());
        int dl = required(d.dl(), prefix + "domains." + e.getKey() + ".dl");
        int dle = required(d.dle(), prefix + "domains." + e.getKey() + ".dle");
        Assessment before = a;
        String field = prefix + "domains." + e.getKey();
        a = as(field, () -> before.withDomain(domain, dl, dle));
      }
    }
    if (body.findings() != null) {
      for (Map.Entry<String, Boolean> e : body.findings().entrySet()) {
        Finding f = Finding.fromJsonName(e.getKey()).orElseThrow(() -> WebProblem.badRequest(prefix + "findings." + e.getKey(), "is not a known finding"));
        a = a.with(f, required(e.getValue(), prefix + "findings." + e.getKey()));
      }
    }
    if (body.decisionDate() != null) {
      Assessment before = a;
      a = as(prefix + "decisionDate", () -> before.withDecisionDate(body.decisionDate()));
    }
    return a;
  }
}
