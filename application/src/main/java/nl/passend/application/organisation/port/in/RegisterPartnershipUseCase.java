package nl.passend.application.organisation.port.in;

import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.Sector;

/** Samenwerkingsverband registreren (administrator). */
public interface RegisterPartnershipUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param id the new partnership's id
   * @param name its name
   * @param sector the sector; empty for the sector of the policy. PO or VO; must be the policy's
   * @param region the region, in words
   * @param policy the policy it follows
   * @param postalAddress its postal address in lines, the sender of its letters (R-DL-6); empty when not given
   */
  record Command(Actor actor, PartnershipId id, String name, Optional<Sector> sector, String region, PolicyId policy, String postalAddress) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(id, "id");
      name = Validation.text(name, "name");
      Validation.present(sector, "sector");
      Validation.present(policy, "policyId");
      postalAddress = postalAddress == null ? "" : postalAddress;
    }

    /** A command without a postal address. */
    public Command(Actor actor, PartnershipId id, String name, Optional<Sector> sector, String region, PolicyId policy) {
      this(actor, id, name, sector, region, policy, "");
    }

    /** A command that names the sector. */
    public Command(Actor actor, PartnershipId id, String name, Sector sector, String region, PolicyId policy) {
      this(actor, id, name, Optional.of(Validation.present(sector, "sector")), region, policy);
    }
  }

  /** Registers the partnership. */
  Versioned<Partnership> register(Command command);

  /**
   * Changes the partnership's postal address, the sender of its letters and where objections go
   * (R-DL-6), for the administrator or the partnership's own staff; letters rendered from then on
   * carry it, letters already in the outbox keep the address of their decision.
   *
   * @param actor who asks
   * @param id the partnership
   * @param postalAddress the new address in lines; empty to remove it (letters then name the region)
   * @param expectedVersion the version the caller read (If-Match)
   * @throws nl.passend.application.common.StaleVersionException when it changed meanwhile
   */
  Versioned<Partnership> changePostalAddress(Actor actor, PartnershipId id, String postalAddress, long expectedVersion);
}
