package nl.passend.application.decision.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.decision.ExpertAdvice;
import nl.passend.domain.organisation.BrinCode;

/** Dossier vastleggen: records what the dossier holds (R-TLV-2, R-TLV-3), by who may submit or act. */
public interface RecordDossierUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param id the application
   * @param expectedVersion the version the caller read
   * @param items the items present
   * @param advices the expert advice
   * @param firstChoiceSchool the guardians' first-choice school
   */
  record Command(Actor actor, ApplicationId id, long expectedVersion, Set<DossierItem> items, List<ExpertAdvice> advices,
      Optional<BrinCode> firstChoiceSchool) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      items = Set.copyOf(Validation.present(items, "items"));
      advices = ImmutableList.copyOf(Validation.present(advices, "expertAdvices"));
      Validation.present(firstChoiceSchool, "firstChoiceSchool");
    }
  }

  /** Records the dossier. */
  AdmissibilityApplication recordDossier(Command command);
}
