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

  record PartnershipDto(String id, String name, Sector sector, String policyId, String region, String postalAddress) {}

  record BoardDto(String id, String name, List<String> partnershipIds) {}

  record SchoolDto(String brin, String name, String boardId, SchoolType schoolType, Integer cluster, List<SpecialNeedsType> specialNeedsTypes) {}

  record ApplicationDto(String policyId, String partnershipId, String studentId, String applyingSchoolBrin, SchoolType schoolType,
      SpecialNeedsType specialNeedsType, LocalDate receivedOn, Boolean proSpecialRoute, String renews, String replaces) {}

  record ActionDto(LocalDate on, String reason, LocalDate startDate, LocalDate endDate, FundingCategory fundingCategory,
      String categoryOverrideReason, ObjectingParty by, Boolean upheld, nl.passend.domain.decision.CommitteeAdvice.Outcome advice,
      nl.passend.domain.decision.ExitDestination exitDestination, List<AddresseeDto> addressees) {}

  record AddresseeDto(nl.passend.application.letters.port.in.Addressee.Role role, String name, String email, String postalAddress) {}

  record RegistrationDto(String studentId, String schoolBrin, LocalDate registeredOn) {}

  record LwooDesignationDto(String partnershipId, String studentId, String schoolBrin, LocalDate receivedOn, Eligibility assessment) {}

  /** A partnership's new postal address, in lines ({@code ""} removes it). */
  record PostalAddressDto(String postalAddress) {}

  record LwooActionDto(LocalDate on, String reason, LocalDate startDate, LocalDate endDate, ObjectingParty by, Boolean upheld,
      List<AddresseeDto> addressees) {}

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
    Fields fields = new Fields();
    Assessment a = assessment(body, prefix, fields);
    fields.check();
    return a;
  }

  /**
   * Reads an assessment, recording every bad field in {@code fields}; the result is meaningful only
   * when no field was recorded. Without an assessment date the other facts are still checked on
   * their own, so that one answer names them all.
   */
  static Assessment assessment(Requests.Eligibility body, String prefix, Fields fields) {
    Assessment a = Assessment.on(body.assessmentDate() != null ? body.assessmentDate() : java.time.LocalDate.of(2000, 1, 1));
    fields.required(body.assessmentDate(), prefix + "assessmentDate");
    if (body.dateOfBirth() != null && body.assessmentDate() != null) {
      Assessment base = a;
      a = orElse(fields.as(prefix + "dateOfBirth", () -> base.withDateOfBirth(body.dateOfBirth())), a);
    }
    if (body.iq() != null) {
      Assessment base = a;
      a = orElse(fields.as(prefix + "iq", () -> base.withIq(body.iq())), a);
    }
    if (body.domains() != null) {
      for (Map.Entry<String, Requests.DomainResultDto> e : body.domains().entrySet()) {
        String field = prefix + "domains." + e.getKey();
        LearningDomain domain;
        try {
          domain = LearningDomain.valueOf(e.getKey());
        } catch (IllegalArgumentException ex) {
          fields.add(field, "is not a learning domain; allowed: TECHNICAL_READING, READING_COMPREHENSION, SPELLING, ARITHMETIC");
          continue;
        }
        Requests.DomainResultDto d = fields.required(e.getValue(), field);
        if (d == null) {
          continue;
        }
        Integer dl = fields.required(d.dl(), field + ".dl");
        Integer dle = fields.required(d.dle(), field + ".dle");
        if (dl != null && dle != null) {
          Assessment base = a;
          a = orElse(fields.as(field, () -> base.withDomain(domain, dl, dle)), a);
        }
      }
    }
    if (body.findings() != null) {
      for (Map.Entry<String, Boolean> e : body.findings().entrySet()) {
        String field = prefix + "findings." + e.getKey();
        java.util.Optional<Finding> f = Finding.fromJsonName(e.getKey());
        if (f.isEmpty()) {
          fields.add(field, "is not a known finding");
        } else if (fields.required(e.getValue(), field) != null) {
          a = a.with(f.get(), e.getValue());
        }
      }
    }
    if (body.decisionDate() != null) {
      Assessment base = a;
      a = orElse(fields.as(prefix + "decisionDate", () -> base.withDecisionDate(body.decisionDate())), a);
    }
    return a;
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
