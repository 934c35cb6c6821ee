package nl.passend.domain.decision;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Commissie van Toelaatbaarheid / van Advies / BTO: the committee that assesses applications, and the
 * conflict-of-interest rule (R-TLV-3).
 *
 * @param name its name in the partnership (CvT, CvA, BTO)
 * @param members its members
 */
public record AdmissionsCommittee(String name, List<CommitteeMember> members) {
  /** Validates the committee. */
  public AdmissionsCommittee {
    name = Validation.text(name, "name");
    members = ImmutableList.copyOf(Validation.present(members, "members"));
  }

  /** The members who may assess an application of {@code applyingSchool}. */
  public List<CommitteeMember> independentOf(BrinCode applyingSchool) {
    return members.stream().filter(m -> m.mayAssess(applyingSchool)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks the reviewers chosen for an application: none may work for the applying school, and there
   * are at least as many as the policy asks ({@code vo-31-02}: 2, {@code 001:L2533}).
   *
   * @throws RuleViolationException naming the rule when the choice breaks it
   */
  public void checkReviewers(List<CommitteeMember> reviewers, BrinCode applyingSchool, DossierRules rules) {
    for (CommitteeMember m : reviewers) {
      if (!m.mayAssess(applyingSchool)) {
        throw new RuleViolationException("R-TLV-3", "committee member " + m.reference() + " works for the applying school and does not take part");
      }
    }
    if (reviewers.size() < rules.minIndependentReviewers()) {
      throw new RuleViolationException("R-TLV-3", "an application is reviewed by at least " + rules.minIndependentReviewers() + " independent members");
    }
  }
}
