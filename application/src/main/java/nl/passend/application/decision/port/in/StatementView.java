package nl.passend.application.decision.port.in;

import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.StatementStatus;

/**
 * A statement as its reader sees it: the statement with its status today (the Clock port), so that
 * a statement past its end reads EXPIRED even though no step stored that (R-INT-4).
 *
 * @param statement the statement
 * @param status its status today
 */
public record StatementView(AdmissibilityStatement statement, StatementStatus status) {
  /** Validates the view. */
  public StatementView {
    Validation.present(statement, "statement");
    Validation.present(status, "status");
  }
}
