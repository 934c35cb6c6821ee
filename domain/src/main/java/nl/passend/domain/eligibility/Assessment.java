package nl.passend.domain.eligibility;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Onderzoeksgegevens: the typed facts an eligibility scheme reads (SPEC §5.4). What is absent is
 * unknown, not false. Validated on construction (R-CRI-X): an IQ outside 30-160, a DLE above the DL
 * or negative, or a date of birth after the assessment date is an error naming the field.
 *
 * @param assessmentDate the day of the assessment; it picks the scheme version
 * @param dateOfBirth the date of birth, when given
 * @param iq the total IQ, when given
 * @param domains the learning results per domain that were given
 * @param findings the findings that were given, true or false
 * @param decisionDate the day the decision is (or was) taken, when known; it picks the scheme
 *     version (R-CRI-LWOO: the version in force on the decision date applies), and the assessment
 *     date does when it is absent
 */
public record Assessment(
    LocalDate assessmentDate,
    Optional<LocalDate> dateOfBirth,
    Optional<Integer> iq,
    Map<LearningDomain, DomainResult> domains,
    Map<Finding, Boolean> findings,
    Optional<LocalDate> decisionDate) {

  /** Validates the facts (R-CRI-X). */
  public Assessment {
    Validation.present(assessmentDate, "assessmentDate");
    Validation.present(dateOfBirth, "dateOfBirth");
    dateOfBirth.ifPresent(d -> Validation.require(!d.isAfter(assessmentDate), "dateOfBirth",
        "must not lie after the assessment date %s (R-CRI-X)", assessmentDate));
    Validation.present(iq, "iq");
    iq.ifPresent(v -> Validation.require(v >= 30 && v <= 160, "iq", "must be 30 to 160, but was %d (R-CRI-X)", v));
    Validation.present(domains, "domains");
    domains = domains.isEmpty() ? ImmutableMap.of() : Maps.immutableEnumMap(domains);
    Validation.present(findings, "findings");
    findings = findings.isEmpty() ? ImmutableMap.of() : Maps.immutableEnumMap(findings);
    Validation.present(decisionDate, "decisionDate");
  }

  /** Facts without a decision date: the assessment date picks the scheme version. */
  public Assessment(LocalDate assessmentDate, Optional<LocalDate> dateOfBirth, Optional<Integer> iq,
      Map<LearningDomain, DomainResult> domains, Map<Finding, Boolean> findings) {
    this(assessmentDate, dateOfBirth, iq, domains, findings, Optional.empty());
  }

  /** A copy with the decision date that picks the scheme version (R-CRI-LWOO). */
  public Assessment withDecisionDate(LocalDate value) {
    return new Assessment(assessmentDate, dateOfBirth, iq, domains, findings, Optional.of(Validation.present(value, "decisionDate")));
  }

  /** The day whose scheme version applies: the decision date when given, else the assessment date. */
  public LocalDate versionDate() {
    return decisionDate.orElse(assessmentDate);
  }

  /** A builder-style start: only the assessment date known. */
  public static Assessment on(LocalDate assessmentDate) {
    return new Assessment(assessmentDate, Optional.empty(), Optional.empty(), Map.of(), Map.of());
  }

  /** A copy with the date of birth. */
  public Assessment withDateOfBirth(LocalDate value) {
    return new Assessment(assessmentDate, Optional.of(value), iq, domains, findings, decisionDate);
  }

  /** A copy with the IQ. */
  public Assessment withIq(int value) {
    return new Assessment(assessmentDate, dateOfBirth, Optional.of(value), domains, findings, decisionDate);
  }

  /** A copy with the IQ unknown. */
  public Assessment withoutIq() {
    return new Assessment(assessmentDate, dateOfBirth, Optional.empty(), domains, findings, decisionDate);
  }

  /** A copy with a learning result. */
  public Assessment withDomain(LearningDomain domain, int dl, int dle) {
    Map<LearningDomain, DomainResult> next = new EnumMap<>(LearningDomain.class);
    next.putAll(domains);
    next.put(domain, new DomainResult(dl, dle));
    return new Assessment(assessmentDate, dateOfBirth, iq, next, findings, decisionDate);
  }

  /** A copy with a finding set. */
  public Assessment with(Finding finding, boolean value) {
    Map<Finding, Boolean> next = new EnumMap<>(Finding.class);
    next.putAll(findings);
    next.put(finding, value);
    return new Assessment(assessmentDate, dateOfBirth, iq, domains, next, decisionDate);
  }

  /** A copy with a finding removed (unknown). */
  public Assessment without(Finding finding) {
    Map<Finding, Boolean> next = new EnumMap<>(Finding.class);
    next.putAll(findings);
    next.remove(finding);
    return new Assessment(assessmentDate, dateOfBirth, iq, domains, next, decisionDate);
  }

  /** The age in whole years on the assessment date, when the date of birth is given. */
  public Optional<Integer> ageAtAssessment() {
    if (dateOfBirth.isEmpty()) {
      return Optional.empty();
    }
    // Period.between(born, date).getYears(), without building a Period (it is on the path of every
    // evaluation that reads the age): the years between, less one before the birthday of that year.
    LocalDate born = dateOfBirth.get();
    int years = assessmentDate.getYear() - born.getYear();
    if (assessmentDate.getMonthValue() < born.getMonthValue()
        || assessmentDate.getMonthValue() == born.getMonthValue() && assessmentDate.getDayOfMonth() < born.getDayOfMonth()) {
      years--;
    }
    return Optional.of(years);
  }

  /** The finding's value, empty when unknown. */
  public Optional<Boolean> finding(Finding finding) {
    return Optional.ofNullable(findings.get(finding));
  }
}
