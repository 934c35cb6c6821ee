package nl.passend.domain.decision;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.time.SchoolYear;

/**
 * Toelaatbaarheidsverklaring (TLV): the partnership's decision that a student may be placed in SBO,
 * SO, VSO or PrO (R-TLV-4..7, R-TLV-9).
 *
 * @param number the sequence number within the partnership (volgnummer; WPO 18a lid 14, WVO 17a lid 15)
 * @param partnership the issuing partnership
 * @param student the student
 * @param schoolType SBO, SO, VSO or PRO
 * @param specialNeedsType for SO/VSO the cluster type
 * @param fundingCategory for SO/VSO the funding category (R-TLV-5)
 * @param categoryOverrideReason why the category differs from the policy's default, when it does
 * @param issuedOn the day of issue
 * @param startDate the first day it is valid
 * @param endDate the last day, always a 31 July; empty for PrO, valid for the whole PrO career
 * @param legalBasis the article of law it is issued under
 * @param status active, expired or revoked
 * @param renews the number of the statement this one renews (R-TLV-11), when it is a renewal
 * @param replacement the statement that replaced this one (R-INT-4, R-TLV-9), when one did: this
 *     one then ends the day before the replacement starts, before its planned end date
 */
public record AdmissibilityStatement(
    long number,
    PartnershipId partnership,
    StudentId student,
    SchoolType schoolType,
    Optional<SpecialNeedsType> specialNeedsType,
    Optional<FundingCategory> fundingCategory,
    Optional<String> categoryOverrideReason,
    LocalDate issuedOn,
    LocalDate startDate,
    Optional<LocalDate> endDate,
    String legalBasis,
    StatementStatus status,
    Optional<Long> renews,
    Optional<Replacement> replacement) {

  /**
   * Vervanging: the statement that replaced this one and this one's last day, the day before the
   * replacement starts.
   *
   * @param number the replacing statement's sequence number
   * @param lastDay this statement's last day
   */
  public record Replacement(long number, LocalDate lastDay) {
    /** Validates the replacement. */
    public Replacement {
      Validation.require(number >= 1, "replacingStatement", "a statement's sequence number starts at 1");
      Validation.present(lastDay, "lastDay");
    }
  }


  /** Validates the statement against R-TLV-4..6. */
  public AdmissibilityStatement {
    Validation.require(number >= 1, "number", "a sequence number starts at 1");
    Validation.present(partnership, "partnershipId");
    Validation.present(student, "studentId");
    Validation.present(schoolType, "schoolType");
    Validation.require(schoolType.needsAdmissibilityStatement(), "schoolType", "a statement is for SBO, SO, VSO or PRO, not %s", schoolType);
    Validation.present(specialNeedsType, "specialNeedsType");
    Validation.present(fundingCategory, "fundingCategory");
    Validation.present(categoryOverrideReason, "categoryOverrideReason");
    if (schoolType.hasClusters()) {
      Validation.require(specialNeedsType.isPresent(), "specialNeedsType", "an %s statement names the type (ZML, LZ, LG, MG or CLUSTER_4)", schoolType);
      Validation.require(fundingCategory.isPresent(), "fundingCategory", "an %s statement carries a funding category (R-TLV-5)", schoolType);
    } else {
      Validation.require(specialNeedsType.isEmpty(), "specialNeedsType", "an %s statement has no special-needs type", schoolType);
      Validation.require(fundingCategory.isEmpty(), "fundingCategory", "SBO and PrO statements carry no funding category (R-TLV-5)");
    }
    Validation.present(issuedOn, "issuedOn");
    Validation.present(startDate, "startDate");
    Validation.present(endDate, "endDate");
    Validation.present(replacement, "replacement");
    replacement.ifPresent(r -> {
      Validation.require(r.number() != number, "replacingStatement", "names another statement's sequence number");
      // Ended early by its replacement: on or after its own start, before its planned end.
      Validation.require(!r.lastDay().isBefore(startDate), "lastDay", "the last day %s lies before the start date %s", r.lastDay(), startDate);
      Validation.require(endDate.map(e -> r.lastDay().isBefore(e)).orElse(true), "lastDay", "a replacement ends the statement before its end date");
    });
    if (schoolType == SchoolType.PRO) {
      Validation.require(endDate.isEmpty(), "endDate", "a PrO statement lasts the whole PrO career and has no end date (R-TLV-6)");
    } else {
      Validation.require(endDate.isPresent(), "endDate", "an %s statement has an end date (R-TLV-6)", schoolType);
      LocalDate end = endDate.get();
      Validation.require(end.getMonth() == Month.JULY && end.getDayOfMonth() == 31, "endDate",
          "a statement ends on 31 July, the end of a school year (R-TLV-6), not on %s", end);
      Validation.require(end.isAfter(startDate), "endDate", "the end date %s is not after the start date %s", end, startDate);
    }
    legalBasis = Validation.text(legalBasis, "legalBasis");
    Validation.present(status, "status");
    Validation.present(renews, "renews");
    renews.ifPresent(r -> Validation.require(r >= 1 && r != number, "renews", "names another statement's sequence number"));
  }

  /** A statement that no other statement replaced. */
  public AdmissibilityStatement(long number, PartnershipId partnership, StudentId student, SchoolType schoolType,
      Optional<SpecialNeedsType> specialNeedsType, Optional<FundingCategory> fundingCategory, Optional<String> categoryOverrideReason,
      LocalDate issuedOn, LocalDate startDate, Optional<LocalDate> endDate, String legalBasis, StatementStatus status, Optional<Long> renews) {
    this(number, partnership, student, schoolType, specialNeedsType, fundingCategory, categoryOverrideReason, issuedOn, startDate, endDate,
        legalBasis, status, renews, Optional.empty());
  }

  /**
   * This statement ended by the statement {@code replacement} that starts on {@code replacementStart}
   * (R-INT-4, R-TLV-9): its last day becomes the day before.
   *
   * @throws InvalidValueException when the replacement does not start after this statement starts, or
   *     this statement ended before it starts
   */
  public AdmissibilityStatement replacedBy(long replacing, LocalDate replacementStart) {
    Validation.present(replacementStart, "startDate");
    Validation.require(replacementStart.isAfter(startDate), "startDate",
        "a replacement starts after the statement it replaces (statement %d starts %s)", number, startDate);
    Validation.require(validOn(replacementStart.minusDays(1)), "replaces", "statement %d is not in force on %s, so there is nothing to replace",
        number, replacementStart.minusDays(1));
    return new AdmissibilityStatement(number, partnership, student, schoolType, specialNeedsType, fundingCategory, categoryOverrideReason,
        issuedOn, startDate, endDate, legalBasis, status, renews, Optional.of(new Replacement(replacing, replacementStart.minusDays(1))));
  }

  /** A statement that renews none. */
  public AdmissibilityStatement(long number, PartnershipId partnership, StudentId student, SchoolType schoolType,
      Optional<SpecialNeedsType> specialNeedsType, Optional<FundingCategory> fundingCategory, Optional<String> categoryOverrideReason,
      LocalDate issuedOn, LocalDate startDate, Optional<LocalDate> endDate, String legalBasis, StatementStatus status) {
    this(number, partnership, student, schoolType, specialNeedsType, fundingCategory, categoryOverrideReason, issuedOn, startDate, endDate,
        legalBasis, status, Optional.empty());
  }

  /** The article of law for a statement in this sector. */
  public static String legalBasisFor(SchoolType type) {
    return type.sector() == Sector.PO ? "WPO art. 18a" : "WVO art. 17a";
  }

  /**
   * Checks the duration rules of R-TLV-6 for a new statement: a VSO statement covers at least one
   * full school year; one that starts after 1 August also covers the rest of that year, so it ends
   * no earlier than 31 July of the next school year. Where the duration follows the exit destination
   * ({@code vo-31-02}, R-TLV-11), a pupil heading for further education gets exactly that minimum.
   */
  static void checkDuration(SchoolType type, LocalDate startDate, Optional<LocalDate> endDate, Optional<ExitDestination> exit, StatementRules rules) {
    if (type != SchoolType.VSO || endDate.isEmpty()) {
      return;
    }
    SchoolYear startYear = SchoolYear.containing(startDate);
    LocalDate earliest = startDate.equals(startYear.firstDay()) ? startYear.lastDay() : startYear.next().lastDay();
    if (rules.vsoAtLeastOneFullSchoolYear() && endDate.get().isBefore(earliest)) {
      throw new InvalidValueException("endDate",
          "a VSO statement lasts at least one full school year: starting " + startDate + " it ends no earlier than " + earliest + " (R-TLV-6)");
    }
    if (rules.durationFollowsExitDestination() && exit.equals(Optional.of(ExitDestination.FURTHER_EDUCATION)) && endDate.get().isAfter(earliest)) {
      throw new InvalidValueException("endDate",
          "for a pupil heading for further education the statement has the minimum duration: starting " + startDate + " it ends on "
              + earliest + " (R-TLV-11)");
    }
  }

  /**
   * The last day a statement of this type may run for a student born on {@code bornOn} (R-INT-5,
   * decided): SO and SBO until 31 July of the school year in which the student turns 14, VSO of the
   * school year in which the student turns 20; no limit for other types.
   */
  public static Optional<LocalDate> latestEnd(SchoolType type, LocalDate bornOn) {
    Validation.present(bornOn, "dateOfBirth");
    return switch (type) {
      case SO, SBO -> Optional.of(SchoolYear.containing(bornOn.plusYears(14)).lastDay());
      case VSO -> Optional.of(SchoolYear.containing(bornOn.plusYears(20)).lastDay());
      default -> Optional.empty();
    };
  }

  /**
   * Checks the end date against the student's age (R-INT-5).
   *
   * @throws InvalidValueException naming {@code endDate} when it lies after {@link #latestEnd}
   */
  public static void checkAgeLimit(SchoolType type, Optional<LocalDate> endDate, LocalDate bornOn) {
    Optional<LocalDate> latest = latestEnd(type, bornOn);
    if (endDate.isPresent() && latest.isPresent() && endDate.get().isAfter(latest.get())) {
      throw new InvalidValueException("endDate", type.withArticle() + " statement ends at the latest on " + latest.get()
          + ", the end of the school year in which the student turns " + (type == SchoolType.VSO ? 20 : 14) + " (R-INT-5)");
    }
  }

  /** The last day it is valid: the day before its replacement starts when it was replaced, else its end date. */
  public Optional<LocalDate> lastDay() {
    return replacement.map(Replacement::lastDay).or(() -> endDate);
  }

  /** The status on {@code date}: expired after the end date unless revoked. */
  public StatementStatus statusOn(LocalDate date) {
    if (status == StatementStatus.REVOKED) {
      return status;
    }
    return lastDay().filter(date::isAfter).isPresent() ? StatementStatus.EXPIRED : StatementStatus.ACTIVE;
  }

  /** Whether the statement is in force on {@code date}. */
  public boolean validOn(LocalDate date) {
    return status != StatementStatus.REVOKED && !date.isBefore(startDate) && lastDay().map(e -> !date.isAfter(e)).orElse(true);
  }

  /** Whether this statement's period shares a day with {@code from}..{@code until} (open-ended when empty). */
  public boolean overlaps(LocalDate from, Optional<LocalDate> until) {
    boolean startsBeforeOtherEnds = until.map(u -> !startDate.isAfter(u)).orElse(true);
    boolean endsAfterOtherStarts = lastDay().map(e -> !e.isBefore(from)).orElse(true);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  /** Whether the statement ends within {@code from}..{@code to} inclusive (R-TLV-7). */
  public boolean endsWithin(LocalDate from, LocalDate to) {
    return status != StatementStatus.REVOKED && lastDay().map(e -> !e.isBefore(from) && !e.isAfter(to)).orElse(false);
  }

  /** The day the review of a return to regular education starts, when the policy sets a term (R-TLV-7). */
  public Optional<LocalDate> returnReviewStartsOn(StatementRules rules) {
    if (schoolType != SchoolType.VSO && schoolType != SchoolType.SO) {
      return Optional.empty();
    }
    return endDate.flatMap(e -> rules.returnReviewMonthsBeforeEnd().map(m -> e.minusMonths(m)));
  }

  /**
   * Whether this statement admits to a placement of {@code type}; a return from SO to SBO needs a
   * new statement (R-TLV-9).
   */
  public boolean admitsTo(SchoolType type) {
    return type == schoolType;
  }

  /**
   * Whether a planned start is on time (R-DL-7): within the policy's weeks after issue (6), unless all
   * parties agreed a later date with interim support.
   */
  public boolean startIsOnTime(LocalDate plannedStart, DeadlineCalculator calculator, boolean laterDateAgreedWithInterimSupport) {
    Validation.present(plannedStart, "plannedStart");
    return laterDateAgreedWithInterimSupport || !plannedStart.isAfter(calculator.startAfterStatement(issuedOn).get("startBy"));
  }

  /** A copy that is revoked. */
  public AdmissibilityStatement revoked() {
    return new AdmissibilityStatement(number, partnership, student, schoolType, specialNeedsType, fundingCategory,
        categoryOverrideReason, issuedOn, startDate, endDate, legalBasis, StatementStatus.REVOKED, renews, replacement);
  }
}
