package nl.passend.application.operations;

import static java.util.Objects.requireNonNull;

import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.operations.port.in.ReadinessUseCase;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.domain.organisation.PartnershipId;

/** Checks readiness with one small read of the storage (a partnership that never exists), so that an answer means the database answered. */
public final class ReadinessService implements ReadinessUseCase {
  private static final PartnershipId PROBE = PartnershipId.of("readiness-probe");
  private final PartnershipRepository partnerships;
  private final UnitOfWork unitOfWork;

  /** Creates the check over the storage's partnerships. */
  public ReadinessService(PartnershipRepository partnerships, UnitOfWork unitOfWork) {
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public void requireReady() {
    unitOfWork.inTransaction(() -> partnerships.find(PROBE));
  }
}
