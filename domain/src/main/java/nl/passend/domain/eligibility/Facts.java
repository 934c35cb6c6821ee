package nl.passend.domain.eligibility;

import java.util.EnumMap;
import java.util.Map;

/**
 * One complete valuation of the facts a scheme reads: the assessment's known facts with each
 * unknown one filled in by a candidate value. Schemes decide on complete facts; three-valued
 * evaluation enumerates the completions (see {@link ThreeValuedScheme}).
 */
final class Facts {
  int iq;
  int age;
  final Map<LearningDomain, DomainResult> domains = new EnumMap<>(LearningDomain.class);
  final Map<Finding, Boolean> findings = new EnumMap<>(Finding.class);

  boolean is(Finding finding) {
    Boolean value = findings.get(finding);
    if (value == null) {
      throw new IllegalStateException("scheme reads " + finding + " but did not declare it");
    }
    return value;
  }

  DomainResult domain(LearningDomain domain) {
    DomainResult result = domains.get(domain);
    if (result == null) {
      throw new IllegalStateException("scheme reads " + domain + " but did not declare it");
    }
    return result;
  }
}
