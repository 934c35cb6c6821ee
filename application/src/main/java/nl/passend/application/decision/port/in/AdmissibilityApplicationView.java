package nl.passend.application.decision.port.in;

import java.time.LocalDate;
import java.util.List;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.DossierItem;

/**
 * Aanvraag met termijnen: an application with what the reader needs alongside it.
 *
 * @param application the application
 * @param deadlines its deadlines (R-DL-1..4)
 * @param decisionDue the decision deadline in force
 * @param missingDossierItems what a complete dossier lacks (R-TLV-2)
 * @param expertAdviceProblems what is wrong with the expert advice (R-TLV-3)
 * @param today the day the view was made, on which the statement's status is told (R-INT-4)
 * @param nextSteps the steps the state allows now (SPEC §5.2), for a client to offer; the step is still checked when taken
 */
public record AdmissibilityApplicationView(AdmissibilityApplication application, Deadlines deadlines, LocalDate decisionDue,
    List<DossierItem> missingDossierItems, List<String> expertAdviceProblems, LocalDate today, List<nl.passend.domain.decision.Action> nextSteps) {}
