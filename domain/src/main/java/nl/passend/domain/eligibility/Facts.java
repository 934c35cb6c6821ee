package nl.passend.domain.eligibility;

/**
 * One complete valuation of the facts a scheme reads: the assessment's known facts with each
 * unknown one filled in by a candidate value. Schemes decide on complete facts; three-valued
 * evaluation enumerates the completions (see {@link ThreeValuedScheme}). Domains and findings are
 * held in arrays by ordinal: a valuation is made for every evaluation, so it must be cheap.
 */
final class Facts {
  /** The learning domains in ordinal order, shared (an enum's {@code values()} copies its array). */
  static final LearningDomain[] DOMAINS = LearningDomain.values();
  private static final int FINDINGS = Finding.values().length;
  private static final byte UNKNOWN = 0;
  private static final byte FALSE = 1;
  private static final byte TRUE = 2;

  int iq;
  int age;
  private final DomainResult[] domains = new DomainResult[DOMAINS.length];
  private final byte[] findings = new byte[FINDINGS];

  void set(LearningDomain domain, DomainResult result) {
    domains[domain.ordinal()] = result;
  }

  void set(Finding finding, boolean value) {
    findings[finding.ordinal()] = value ? TRUE : FALSE;
  }

  boolean is(Finding finding) {
    byte value = findings[finding.ordinal()];
    if (value == UNKNOWN) {
      throw new IllegalStateException("scheme reads " + finding + " but did not declare it");
    }
    return value == TRUE;
  }

  DomainResult domain(LearningDomain domain) {
    DomainResult result = domains[domain.ordinal()];
    if (result == null) {
      throw new IllegalStateException("scheme reads " + domain + " but did not declare it");
    }
    return result;
  }
}
