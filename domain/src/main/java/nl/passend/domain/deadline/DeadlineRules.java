package nl.passend.domain.deadline;

import nl.passend.domain.common.Validation;

/**
 * Termijnenbeleid: a partnership's terms in weeks (policy data; R-DL-1..9, R-ZP-1, R-OPP-3).
 *
 * @param acknowledgeWeeks receipt acknowledged (or, in vo-22-01, a meeting date given) within (1)
 * @param requestInformationWeeks missing information requested within (2)
 * @param decideWeeks decision within, from receipt (4)
 * @param maxExtensionWeeks the decision term extended by at most (4: to 8 weeks)
 * @param shiftOverSchoolHolidays whether the committee's deadlines shift by the school-holiday days
 *     (vo-22-01, R-DL-4)
 * @param placementDutyWeeks a board's decision on a registration within (6, R-ZP-1)
 * @param placementDutyExtensionWeeks extended once by at most (4, R-ZP-1)
 * @param objectionWeeks the objection term after the notice of a decision (6, Awb 6:7)
 * @param objectionAdviceRequestWeeks advice of the national committee asked within, from receipt (2)
 * @param objectionDecisionWeeks decision on the objection within, from the end of the term (12, Awb 7:10)
 * @param objectionExtensionWeeks extended once by (6)
 * @param developmentPlanWeeks the plan drawn up within, after placement (6, R-OPP-3)
 * @param startAfterStatementWeeks the student starts within, after the statement's issue (6, R-DL-7)
 * @param admissionDecisionWeeks the receiving board decides on admission within, after the dossier (4, R-DL-7)
 * @param directorDecisionWeeks for a policy that decides in two steps ({@code vo-22-01}, R-DL-3): the
 *     committee advises within the decision term and the director decides within this many weeks of
 *     the advice (1); 0 for a policy without an advice step
 */
public record DeadlineRules(
    int acknowledgeWeeks,
    int requestInformationWeeks,
    int decideWeeks,
    int maxExtensionWeeks,
    boolean shiftOverSchoolHolidays,
    int placementDutyWeeks,
    int placementDutyExtensionWeeks,
    int objectionWeeks,
    int objectionAdviceRequestWeeks,
    int objectionDecisionWeeks,
    int objectionExtensionWeeks,
    int developmentPlanWeeks,
    int startAfterStatementWeeks,
    int admissionDecisionWeeks,
    int directorDecisionWeeks) {

  /** Validates the terms: each 1 to 52 weeks, extensions 0 to 52. */
  public DeadlineRules {
    positive(acknowledgeWeeks, "acknowledgeWeeks");
    positive(requestInformationWeeks, "requestInformationWeeks");
    positive(decideWeeks, "decideWeeks");
    Validation.require(maxExtensionWeeks >= 0 && maxExtensionWeeks <= 52, "maxExtensionWeeks", "must be 0 to 52, but was %d", maxExtensionWeeks);
    positive(placementDutyWeeks, "placementDutyWeeks");
    Validation.require(placementDutyExtensionWeeks >= 0 && placementDutyExtensionWeeks <= 4, "placementDutyExtensionWeeks",
        "the law allows one extension of at most 4 weeks (R-ZP-1), not %d", placementDutyExtensionWeeks);
    positive(objectionWeeks, "objectionWeeks");
    positive(objectionAdviceRequestWeeks, "objectionAdviceRequestWeeks");
    positive(objectionDecisionWeeks, "objectionDecisionWeeks");
    Validation.require(objectionExtensionWeeks >= 0 && objectionExtensionWeeks <= 52, "objectionExtensionWeeks", "must be 0 to 52");
    positive(developmentPlanWeeks, "developmentPlanWeeks");
    positive(startAfterStatementWeeks, "startAfterStatementWeeks");
    positive(admissionDecisionWeeks, "admissionDecisionWeeks");
    Validation.require(directorDecisionWeeks >= 0 && directorDecisionWeeks <= 52, "directorDecisionWeeks",
        "must be 0 (no advice step) to 52, but was %d", directorDecisionWeeks);
    Validation.require(acknowledgeWeeks <= decideWeeks && requestInformationWeeks <= decideWeeks, "decideWeeks",
        "the decision term (%d weeks) cannot be shorter than the acknowledgement or information terms", decideWeeks);
  }

  private static void positive(int weeks, String field) {
    Validation.require(weeks >= 1 && weeks <= 52, field, "must be 1 to 52 weeks, but was %d", weeks);
  }

  /**
   * The terms of the seeds: 1, 2, 4 (+4) weeks for the committee; 6 (+4) for placement duty; the
   * Awb terms 6, 2, 12 (+6) for objections; 6 for the plan and the start; 4 for admission.
   */
  public static DeadlineRules standard(boolean shiftOverSchoolHolidays) {
    return new DeadlineRules(1, 2, 4, 4, shiftOverSchoolHolidays, 6, 4, 6, 2, 12, 6, 6, 6, 4, 0);
  }

  /** Whether the committee advises and the director then decides (R-DL-3, {@code vo-22-01}). */
  public boolean hasAdviceStep() {
    return directorDecisionWeeks > 0;
  }

  /** These terms with an advice step: the director decides within {@code weeks} of the advice (R-DL-3). */
  public DeadlineRules withAdviceStep(int weeks) {
    return new DeadlineRules(acknowledgeWeeks, requestInformationWeeks, decideWeeks, maxExtensionWeeks, shiftOverSchoolHolidays,
        placementDutyWeeks, placementDutyExtensionWeeks, objectionWeeks, objectionAdviceRequestWeeks, objectionDecisionWeeks,
        objectionExtensionWeeks, developmentPlanWeeks, startAfterStatementWeeks, admissionDecisionWeeks, weeks);
  }
}
