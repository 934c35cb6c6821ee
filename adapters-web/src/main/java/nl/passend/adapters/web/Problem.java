package nl.passend.adapters.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A problem document (RFC 9457, {@code application/problem+json}) as API.md describes it: the
 * standard members and, where they apply, every bad field, the rule that refused a step, the state
 * the step was tried in, the schools that may apply instead, and the missing items.
 *
 * @param type a URN naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param errors every bad field (400)
 * @param ruleId the rule that refused (409)
 * @param state the state of the case a step was refused in (409)
 * @param schoolsThatMayApply for a refused applicant, the schools that may apply (R-TLV-1)
 * @param missing what a step still lacks, such as dossier items (409)
 */
record Problem(String type, String title, int status, String detail,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<FieldError>> errors,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> ruleId,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> state,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<String>> schoolsThatMayApply,
    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<String>> missing) {

  /** A problem with the standard members only. */
  static Problem of(String type, String title, int status, String detail) {
    return new Problem("urn:passend:problem:" + type, title, status, detail, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** This problem with its bad fields. */
  Problem withErrors(List<FieldError> list) {
    return new Problem(type, title, status, detail, Optional.of(List.copyOf(list)), ruleId, state, schoolsThatMayApply, missing);
  }

  /** This problem with the rule that refused and, if known, the state it refused in. */
  Problem withRule(String rule, Optional<String> inState) {
    return new Problem(type, title, status, detail, errors, Optional.of(rule), inState, schoolsThatMayApply, missing);
  }

  /** This problem with the schools that may apply and the missing items, when there are any. */
  Problem withSchoolsAndMissing(Optional<List<String>> schools, List<String> lacking) {
    return new Problem(type, title, status, detail, errors, ruleId, state, schools,
        lacking.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(lacking)));
  }

  /**
   * One bad field.
   *
   * @param line for an import, the line of the file
   * @param field the field, such as {@code assessment.domains.DMT.dle}
   * @param message what is wrong with it
   */
  record FieldError(@JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> line, String field, String message) {
    /** A bad field of a request body or query. */
    static FieldError of(String field, String message) {
      return new FieldError(Optional.empty(), field, message);
    }
  }
}
