package nl.passend.domain.absence;

/** Vrijstellingsgrond: the legal ground of an exemption from compulsory education (R-TZ-1). */
public enum ExemptionGround {
  /** Art. 5 sub a Leerplichtwet: physical or psychological grounds. */
  ART_5A_PHYSICAL_PSYCHOLOGICAL,
  /** Art. 5 sub b: objection to the denomination of all schools within reach. */
  ART_5B_DENOMINATION,
  /** Art. 15: alternative education (e.g. abroad, or from age 14 a combination of learning and work). */
  ART_15_ALTERNATIVE_EDUCATION,
  /** Art. 11 sub g: exemption for a specific reason. */
  ART_11G,
  /** Another ground. */
  OTHER
}
