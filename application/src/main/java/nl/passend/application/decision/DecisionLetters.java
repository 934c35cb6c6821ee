package nl.passend.application.decision;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.IdGenerator;
import nl.passend.application.decision.port.out.AssessmentRepository;
import nl.passend.application.decision.port.out.LetterRenderer;
import nl.passend.application.letters.port.in.Addressee;
import nl.passend.application.letters.port.out.LetterOutbox;
import nl.passend.application.letters.port.out.OutboxLetter;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.decision.DecisionLetter;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;

/**
 * Decision letters (R-DL-6) of applications and LWOO designations alike: the partnership as sender,
 * the criteria applied to the recorded facts, rendered by the letter port, and written to the outbox
 * in the decision's own transaction, once per addressee.
 */
final class DecisionLetters {
  private final PartnershipRepository partnerships;
  private final PolicyRepository policies;
  private final AssessmentRepository assessments;
  private final LetterRenderer renderer;
  private final LetterOutbox outbox;
  private final IdGenerator ids;
  private final Clock clock;
  private final AuditLog audit;

  DecisionLetters(PartnershipRepository partnerships, PolicyRepository policies, AssessmentRepository assessments, LetterRenderer renderer,
      LetterOutbox outbox, IdGenerator ids, Clock clock, AuditLog audit) {
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.policies = requireNonNull(policies, "policies");
    this.assessments = requireNonNull(assessments, "assessments");
    this.renderer = requireNonNull(renderer, "renderer");
    this.outbox = requireNonNull(outbox, "outbox");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.audit = requireNonNull(audit, "audit");
  }

  /** The partnership that decides and sends. */
  Partnership partnership(PartnershipId id) {
    return partnerships.find(id).map(Versioned::value).orElseThrow(() -> new IllegalStateException("partnership " + id + " is gone"));
  }

  /**
   * The letter with the partnership's postal address and, when facts were recorded for the subject,
   * the criteria of its scheme applied to them in Dutch: the scheme version of the policy in force on
   * the assessment's date, as the subject's eligibility is computed. The facts of a decided subject do
   * not change (R-PRIV-3), so neither does its letter.
   */
  DecisionLetter complete(DecisionLetter letter, Partnership partnership, PolicyId policy, String subject, Optional<Scheme> scheme) {
    DecisionLetter addressed = letter.withPartnershipAddress(partnership.postalAddress());
    var stored = assessments.find(subject);
    if (stored.isEmpty() || scheme.isEmpty()) {
      return addressed;
    }
    Assessment facts = stored.get().assessment();
    return policies.find(policy).flatMap(p -> p.eligibility().version(scheme.get(), facts.versionDate()))
        .map(version -> addressed.withCriteria(DecisionLetter.CriteriaCheck.of(version.definition(), version.evaluate(facts))))
        .orElse(addressed);
  }

  /** The letter laid out by the renderer of the policy. */
  LetterRenderer.Rendered render(DecisionLetter letter, PolicyId policy) {
    return renderer.render(letter, policy);
  }

  /**
   * Writes the rendered letter to the outbox for each addressee, in the caller's transaction: a
   * decision that rolls back leaves no letter, one that commits leaves all of them. The idempotency key
   * is the subject, the version of the decision and the addressee's role and place.
   */
  void queue(Actor actor, DecisionLetter letter, PolicyId policy, PartnershipId partnership, long version, List<Addressee> addressees, String title) {
    LetterRenderer.Rendered rendered = render(letter, policy);
    Map<Addressee.Role, Integer> perRole = new EnumMap<>(Addressee.Role.class);
    String subject = letter.applicationId();
    for (Addressee to : addressees) {
      int place = perRole.merge(to.role(), 1, Integer::sum);
      String key = subject + "/v" + version + "/" + to.role() + "-" + place;
      outbox.add(OutboxLetter.queued(ids.next("letter"), key, "DECISION_LETTER", subject, partnership, to, title, rendered.content(),
          rendered.contentType(), clock.now()));
    }
    audit.append(new AuditEntry(clock.now(), actor.reference(), "letter.queued", subject, Optional.of(partnership),
        addressees.size() + " decision letters for " + perRole.keySet() + " (R-DL-6)"));
  }
}
