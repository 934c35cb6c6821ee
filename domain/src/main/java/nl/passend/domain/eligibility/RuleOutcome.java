package nl.passend.domain.eligibility;

import java.util.Optional;

/**
 * Toegepaste regel: one named rule of a scheme, whether it holds on the facts (empty when unknown
 * facts could go either way) and a sentence a committee member understands.
 *
 * @param id the rule id, e.g. {@code R-CRI-C3-ZML} or {@code R-CRI-C3-ZML.iq}
 * @param holds true, false, or empty when undecided on the known facts
 * @param explanation the rule in words, with the facts it looked at
 */
public record RuleOutcome(String id, Optional<Boolean> holds, String explanation) {}
