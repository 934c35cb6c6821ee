package nl.passend.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * Beschikking: what the written decision of an application says (R-DL-6): who decides, what and
 * when, why, for a grant the statement (R-TLV-4), the legal basis, and the objection clause with its
 * last day and the advice route (R-DL-9). A renderer turns it into a letter; the recipients are not
 * part of it (Passend keeps pseudonymous students).
 *
 * @param partnershipName the deciding partnership
 * @param partnershipRegion its region
 * @param applicationId the application, or the LWOO designation
 * @param kind what was decided
 * @param decidedOn the day of the decision
 * @param reasons the reasons given with the decision
 * @param statement for a grant, the statement
 * @param schoolType the school type applied for
 * @param specialNeedsType the special-needs type applied for, if any
 * @param legalBasis the article the decision rests on
 * @param objectionLastDay the last day to object: six weeks after the decision is made known (Awb 6:7)
 * @param partnershipAddress the partnership's postal address, the sender's and where objections go; empty when not given
 * @param criteria the eligibility criteria applied to the facts the decision rests on, in Dutch; empty when no facts were recorded
 * @param designatedFrom for an LWOO designation, its first day
 */
public record DecisionLetter(String partnershipName, String partnershipRegion, String applicationId, Kind kind, LocalDate decidedOn, String reasons,
    Optional<StatementTerms> statement, SchoolType schoolType, Optional<SpecialNeedsType> specialNeedsType, String legalBasis,
    LocalDate objectionLastDay, String partnershipAddress, Optional<CriteriaCheck> criteria, Optional<LocalDate> designatedFrom) {

  /**
   * Toetsing aan de criteria: the scheme version of the policy applied to the recorded facts, with
   * every rule in Dutch and its verdict (the conclusion first), part of the reasons (Awb 3:46).
   *
   * @param scheme the scheme
   * @param schemeVersion the version applied (its effective date)
   * @param lines the rules in Dutch
   */
  public record CriteriaCheck(nl.passend.domain.eligibility.Scheme scheme, String schemeVersion,
      java.util.List<nl.passend.domain.eligibility.DutchExplanation.Line> lines) {
    /** Validates the check: it names its scheme and version and has at least its conclusion. */
    public CriteriaCheck {
      Validation.present(scheme, "scheme");
      Validation.text(schemeVersion, "schemeVersion");
      Validation.present(lines, "lines");
      Validation.require(!lines.isEmpty(), "lines", "a check has at least its conclusion");
      lines = java.util.List.copyOf(lines);
    }

    /**
     * The check of an evaluation by the scheme version that gave it.
     *
     * @param definition the scheme version
     * @param result its evaluation of the recorded facts
     */
    public static CriteriaCheck of(nl.passend.domain.eligibility.SchemeDefinition definition, nl.passend.domain.eligibility.EligibilityResult result) {
      return new CriteriaCheck(result.scheme(), result.schemeVersion(), nl.passend.domain.eligibility.DutchExplanation.of(definition, result));
    }
  }

  /** What was decided. */
  public enum Kind {
    /** Toegekend: a statement is issued. */
    GRANTED,
    /** Afgewezen. */
    REFUSED,
    /** Niet in behandeling genomen. */
    NOT_CONSIDERED,
    /** Bezwaar gegrond: the objection is upheld (R-DL-9); the next route is an appeal to the court. */
    OBJECTION_UPHELD,
    /** Bezwaar ongegrond: the objection is dismissed (R-DL-9); the next route is an appeal to the court. */
    OBJECTION_DISMISSED,
    /** Aanwijzing LWOO: the student is designated for LWOO from a start date (R-LWOO-2). */
    LWOO_DESIGNATED,
    /** The request for an LWOO designation is refused (R-LWOO-2). */
    LWOO_REFUSED,
    /** The objection against an LWOO decision is upheld (R-LWOO-2, R-DL-9). */
    LWOO_OBJECTION_UPHELD,
    /** The objection against an LWOO decision is dismissed (R-LWOO-2, R-DL-9). */
    LWOO_OBJECTION_DISMISSED;

    /** Whether this is a decision on an objection, after which the route is an appeal (beroep), not another objection. */
    public boolean onObjection() {
      return this == OBJECTION_UPHELD || this == OBJECTION_DISMISSED || this == LWOO_OBJECTION_UPHELD || this == LWOO_OBJECTION_DISMISSED;
    }

    /** Whether this decides on an LWOO designation (R-LWOO-2) rather than an admissibility statement. */
    public boolean lwoo() {
      return this == LWOO_DESIGNATED || this == LWOO_REFUSED || this == LWOO_OBJECTION_UPHELD || this == LWOO_OBJECTION_DISMISSED;
    }
  }

  /**
   * The statement of a grant.
   *
   * @param number its sequence number within the partnership
   * @param schoolType the school type
   * @param specialNeedsType for SO/VSO, the type (and so the cluster)
   * @param fundingCategory the funding category
   * @param startDate its first day
   * @param endDate its last day; empty for PrO
   */
  public record StatementTerms(long number, SchoolType schoolType, Optional<SpecialNeedsType> specialNeedsType,
      Optional<FundingCategory> fundingCategory, LocalDate startDate, Optional<LocalDate> endDate) {}

  /** Validates the letter. */
  public DecisionLetter {
    Validation.text(partnershipName, "partnershipName");
    partnershipRegion = partnershipRegion == null ? "" : partnershipRegion;
    Validation.text(applicationId, "applicationId");
    Validation.present(kind, "kind");
    Validation.present(decidedOn, "decidedOn");
    reasons = reasons == null ? "" : reasons;
    Validation.present(statement, "statement");
    Validation.require(statement.isPresent() == (kind == Kind.GRANTED), "statement", "a grant, and only a grant, names its statement");
    Validation.present(schoolType, "schoolType");
    Validation.present(specialNeedsType, "specialNeedsType");
    Validation.text(legalBasis, "legalBasis");
    Validation.present(objectionLastDay, "objectionLastDay");
    partnershipAddress = partnershipAddress == null ? "" : partnershipAddress.strip();
    Validation.present(criteria, "criteria");
    Validation.present(designatedFrom, "designatedFrom");
    Validation.require(designatedFrom.isPresent() == (kind == Kind.LWOO_DESIGNATED), "designatedFrom",
        "an LWOO designation, and only a designation, names its first day");
  }

  /** A letter without the partnership's postal address. */
  public DecisionLetter(String partnershipName, String partnershipRegion, String applicationId, Kind kind, LocalDate decidedOn, String reasons,
      Optional<StatementTerms> statement, SchoolType schoolType, Optional<SpecialNeedsType> specialNeedsType, String legalBasis,
      LocalDate objectionLastDay) {
    this(partnershipName, partnershipRegion, applicationId, kind, decidedOn, reasons, statement, schoolType, specialNeedsType, legalBasis,
        objectionLastDay, "", Optional.empty(), Optional.empty());
  }

  /** The same letter from the partnership at this postal address. */
  public DecisionLetter withPartnershipAddress(String address) {
    return new DecisionLetter(partnershipName, partnershipRegion, applicationId, kind, decidedOn, reasons, statement, schoolType, specialNeedsType,
        legalBasis, objectionLastDay, address, criteria, designatedFrom);
  }

  /** The same letter with the criteria applied to the recorded facts. */
  public DecisionLetter withCriteria(CriteriaCheck check) {
    return new DecisionLetter(partnershipName, partnershipRegion, applicationId, kind, decidedOn, reasons, statement, schoolType, specialNeedsType,
        legalBasis, objectionLastDay, partnershipAddress, Optional.of(check), designatedFrom);
  }

  /**
   * The letter of a decided LWOO designation (R-LWOO-2: decided like an application, with reasons and
   * the objection route of R-DL-9), or empty while it is not decided. The letter is that of the last
   * deciding step: the grant, the refusal, or the decision on an objection.
   */
  public static Optional<DecisionLetter> of(LwooDesignation d, String partnershipName, String partnershipRegion) {
    Optional<LwooDesignation.Entry> last = Optional.empty();
    for (LwooDesignation.Entry e : d.trail()) {
      if (e.step() == LwooDesignation.Step.GRANT || e.step() == LwooDesignation.Step.REFUSE || e.step() == LwooDesignation.Step.DECIDE_OBJECTION) {
        last = Optional.of(e);
      }
    }
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Kind kind = switch (last.get().step()) {
      case GRANT -> Kind.LWOO_DESIGNATED;
      case REFUSE -> Kind.LWOO_REFUSED;
      default -> d.objection().flatMap(Objection::upheld).orElseThrow(() -> new IllegalStateException("an objection decided without its outcome"))
          ? Kind.LWOO_OBJECTION_UPHELD : Kind.LWOO_OBJECTION_DISMISSED;
    };
    LocalDate on = last.get().on();
    return Optional.of(new DecisionLetter(partnershipName, partnershipRegion, d.id(), kind, on, last.get().reason(), Optional.empty(), SchoolType.VO,
        Optional.empty(), LwooDesignation.LEGAL_BASIS, on.plusWeeks(OBJECTION_WEEKS), "", Optional.empty(),
        kind == Kind.LWOO_DESIGNATED ? d.startDate() : Optional.empty()));
  }

  /** The objection term of the Awb: six weeks. */
  public static final int OBJECTION_WEEKS = 6;

  /**
   * The letter of a decided application, or empty while it is not decided (a letter follows the
   * decision, R-DL-6).
   */
  public static Optional<DecisionLetter> of(AdmissibilityApplication a, String partnershipName, String partnershipRegion) {
    // The letter is that of the last step that decides (R-DL-6): a grant, refusal or not-considering,
    // or the decision on an objection (R-DL-9); after an upheld objection against a refusal the
    // application is decided again later, with a letter of its own.
    Optional<TrailEntry> last = Optional.empty();
    for (TrailEntry t : a.trail()) {
      if (AdmissibilityApplication.sendsDecisionLetter(t.action())) {
        last = Optional.of(t);
      }
    }
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Action decisive = last.get().action();
    Kind kind = switch (decisive) {
      case GRANT -> Kind.GRANTED;
      case REFUSE -> Kind.REFUSED;
      case NOT_CONSIDER -> Kind.NOT_CONSIDERED;
      default -> a.objection().flatMap(Objection::upheld).orElseThrow(() -> new IllegalStateException("an objection decided without its outcome"))
          ? Kind.OBJECTION_UPHELD : Kind.OBJECTION_DISMISSED;
    };
    String reasons = last.get().reason();
    Optional<StatementTerms> terms = kind == Kind.GRANTED ? a.statement().map(s -> new StatementTerms(s.number(), s.schoolType(),
        s.specialNeedsType(), s.fundingCategory(), s.startDate(), s.lastDay())) : Optional.empty();
    if (kind == Kind.GRANTED && terms.isEmpty()) {
      return Optional.empty();
    }
    LocalDate on = last.get().on();
    return Optional.of(new DecisionLetter(partnershipName, partnershipRegion, a.id().value(), kind, on, reasons, terms, a.schoolType(),
        a.specialNeedsType(), a.statement().map(AdmissibilityStatement::legalBasis).orElse(AdmissibilityStatement.legalBasisFor(a.schoolType())),
        on.plusWeeks(OBJECTION_WEEKS)));
  }
}
