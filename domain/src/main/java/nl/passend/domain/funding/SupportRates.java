package nl.passend.domain.funding;

import nl.passend.domain.common.Validation;

/**
 * Bedragen per leerling: the school-year rates of light and heavy support, each with a personnel and a
 * material part (R-FIN-1; {@code po-22-01}: light € 156,61 + € 7,43 per BO student, heavy € 318,83 +
 * € 30,01 per BO + SBO student, {@code 004:L1649-1652}).
 *
 * @param lightPersonnel light support, personnel part, per regular student
 * @param lightMaterial light support, material part
 * @param heavyPersonnel heavy support, personnel part, per student
 * @param heavyMaterial heavy support, material part
 */
public record SupportRates(Money lightPersonnel, Money lightMaterial, Money heavyPersonnel, Money heavyMaterial) {
  /** Validates the rates: none negative. */
  public SupportRates {
    for (Money m : new Money[] {lightPersonnel, lightMaterial, heavyPersonnel, heavyMaterial}) {
      Validation.present(m, "rate");
      Validation.require(!m.isNegative(), "rate", "a rate is not negative");
    }
  }
}
