package nl.passend.domain.transfer;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;

/**
 * Overdrachtsdossier: what Passend takes from a pupil's transfer dossier (the national OSO data set),
 * fact by fact with where each came from, and what it left out and why. It never holds the citizen
 * number, names, addresses, documents or free text about the pupil.
 *
 * @param standardVersion the version of the data set the dossier says it follows, such as {@code 2019.1}
 * @param transfer the kind of transfer ({@code POSWV}, {@code VOSWV}, {@code POVO}, …), if given
 * @param pupil the pupil's date of birth and current school
 * @param schoolId the current school's own id of the pupil ({@code leerlingid}), if given: no personal data, used to name an imported student
 * @param assessment the facts for the eligibility schemes, dated by the most recent fact used
 * @param sources where each fact of the assessment came from
 * @param schoolCareer the school career, period by period
 * @param developmentPlans the development plans (OPP)
 * @param statements earlier admissibility statements (TLV)
 * @param lwooDesignations earlier LWOO designations
 * @param diagnoses diagnoses, by code and date only
 * @param arrangements arrangements
 * @param withheld the categories the guardians withheld (OPT-UIT)
 * @param warnings every fact left out or marked, with the reason
 */
public record TransferDossier(String standardVersion, Optional<String> transfer, Pupil pupil, Optional<String> schoolId,
    Optional<Assessment> assessment, List<Source> sources, List<SchoolPeriod> schoolCareer, List<Period> developmentPlans,
    List<EarlierStatement> statements, List<EarlierLwoo> lwooDesignations, List<Diagnosis> diagnoses, List<Arrangement> arrangements,
    List<String> withheld, List<Warning> warnings) {

  /** Validates presence and copies the lists. */
  public TransferDossier {
    Validation.present(standardVersion, "standardVersion");
    Validation.present(transfer, "transfer");
    Validation.present(pupil, "pupil");
    Validation.present(schoolId, "schoolId");
    Validation.present(assessment, "assessment");
    sources = ImmutableList.copyOf(sources);
    schoolCareer = ImmutableList.copyOf(schoolCareer);
    developmentPlans = ImmutableList.copyOf(developmentPlans);
    statements = ImmutableList.copyOf(statements);
    lwooDesignations = ImmutableList.copyOf(lwooDesignations);
    diagnoses = ImmutableList.copyOf(diagnoses);
    arrangements = ImmutableList.copyOf(arrangements);
    withheld = ImmutableList.copyOf(withheld);
    warnings = ImmutableList.copyOf(warnings);
  }

  /**
   * The pupil as the dossier's school knows it.
   *
   * @param dateOfBirth the date of birth
   * @param school the current school (BRIN with its establishment number)
   * @param schoolType its type, when the dossier names one Passend knows
   */
  public record Pupil(Optional<LocalDate> dateOfBirth, Optional<BrinCode> school, Optional<SchoolType> schoolType) {}

  /**
   * Where a fact of the assessment came from.
   *
   * @param fact the fact: {@code iq} or {@code domains.<DOMAIN>}
   * @param test the test's code ({@code eldtoetscode})
   * @param date the day it was taken
   * @param yearGroup the year group it was taken in, if given
   */
  public record Source(String fact, String test, LocalDate date, Optional<Integer> yearGroup) {}

  /**
   * A period of the school career ({@code schoolloopbaan}).
   *
   * @param schoolYear the school year, such as {@code 2015-2016}
   * @param yearGroup the year group, if given
   * @param from the first day
   * @param until the last day, if it ended
   * @param school the school
   * @param schoolType its type, when the dossier names one Passend knows
   */
  public record SchoolPeriod(String schoolYear, Optional<Integer> yearGroup, LocalDate from, Optional<LocalDate> until, BrinCode school,
      Optional<SchoolType> schoolType) {}

  /**
   * A period, such as a development plan's.
   *
   * @param from its first day
   * @param until its last day, if given
   */
  public record Period(LocalDate from, Optional<LocalDate> until) {}

  /**
   * An admissibility statement of an earlier decision.
   *
   * @param number its number ({@code tlvbeschikkingsnummer})
   * @param partnershipCode the issuing partnership's code ({@code tlvswvnummer})
   * @param fundingCategory its category, L/M/H read as LOW/MEDIUM/HIGH
   * @param startDate its first day
   * @param endDate its last day, if it has one
   */
  public record EarlierStatement(String number, String partnershipCode, Optional<FundingCategory> fundingCategory, LocalDate startDate,
      Optional<LocalDate> endDate) {}

  /**
   * An LWOO designation of an earlier decision.
   *
   * @param number its number
   * @param partnershipCode the issuing partnership's code
   * @param startDate its first day
   * @param endDate its last day, if it has one
   */
  public record EarlierLwoo(String number, String partnershipCode, LocalDate startDate, Optional<LocalDate> endDate) {}

  /**
   * A diagnosis: its codes and date, never the name, the professional or the institution.
   *
   * @param codes the diagnosis codes
   * @param date the day it was made, if given
   */
  public record Diagnosis(List<String> codes, Optional<LocalDate> date) {
    /** Copies the codes. */
    public Diagnosis {
      codes = ImmutableList.copyOf(codes);
    }
  }

  /**
   * An arrangement of support.
   *
   * @param kind its kind: {@code pao} (of a partnership), {@code cluster12} (national, clusters 1 and 2) or the dossier's own kind
   * @param date the day it was granted
   * @param endDate its last day, if given
   * @param reference its decision number, if given
   */
  public record Arrangement(String kind, LocalDate date, Optional<LocalDate> endDate, Optional<String> reference) {}

  /**
   * A fact left out or marked.
   *
   * @param field the fact, as in the answer ({@code iq}, {@code domains.ARITHMETIC}, {@code statements[0].fundingCategory})
   * @param message why
   */
  public record Warning(String field, String message) {}
}
