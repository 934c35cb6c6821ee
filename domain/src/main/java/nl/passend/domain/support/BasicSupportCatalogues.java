package nl.passend.domain.support;

import java.time.LocalDate;
import java.util.List;

/**
 * De standaarden basisondersteuning van de ingebouwde beleiden: the basic-support catalogues the
 * seeds publish (R-SUP-3). Wording is an English summary of the seed's items.
 */
public final class BasicSupportCatalogues {
  private BasicSupportCatalogues() {}

  /**
   * {@code vo-31-02} (Midden-Limburg), support plan 2019-2023: eight references
   * ({@code 001:L669-693}).
   */
  public static final BasicSupportCatalogue VO_31_02 = new BasicSupportCatalogue(
      "vo-31-02",
      "2019-2023",
      LocalDate.of(2019, 8, 1),
      "001:L669-693",
      List.of(
          new BasicSupportStandard("VO3102-1", "A good pedagogical-didactic climate; the school is physically and socially safe"),
          new BasicSupportStandard("VO3102-2", "The school follows the development and progress of every student and records it in a digital student tracking system"),
          new BasicSupportStandard("VO3102-3", "The school works result- and action-oriented and invests in the competences of its staff"),
          new BasicSupportStandard("VO3102-4", "The school has a support profile that is part of a regional offer covering all needs"),
          new BasicSupportStandard("VO3102-5", "The school has an effective internal support structure connected to the core partners' support"),
          new BasicSupportStandard("VO3102-6", "The school determines yearly how effective its support is and adjusts its policy when students stagnate"),
          new BasicSupportStandard("VO3102-7", "The school admits and hands over students carefully according to agreed policy"),
          new BasicSupportStandard("VO3102-8", "Roles and responsibilities of student, guardians, teachers and support staff are clearly agreed")));

  /**
   * {@code vo-zo-drenthe} (Sterk VO Zuidoost-Drenthe), plan 2022-2026: the seven minimum items of
   * basic support ({@code 002:L126-144}); the plan announces a revision in 2022 ({@code 002:L146}).
   */
  public static final BasicSupportCatalogue VO_ZO_DRENTHE = new BasicSupportCatalogue(
      "vo-zo-drenthe",
      "2022-2026",
      LocalDate.of(2022, 8, 1),
      "002:L126-144",
      List.of(
          new BasicSupportStandard("ZOD-1", "An offer for students with dyslexia or dyscalculia, following the protocols"),
          new BasicSupportStandard("ZOD-2", "Programmes and learning lines for students of above- or below-average intelligence"),
          new BasicSupportStandard("ZOD-3", "(Ortho)pedagogical programmes for social safety and for preventing and tackling behaviour problems"),
          new BasicSupportStandard("ZOD-4", "Physical accessibility of the buildings"),
          new BasicSupportStandard("ZOD-5", "Student guidance"),
          new BasicSupportStandard("ZOD-6", "Observation and assessment"),
          new BasicSupportStandard("ZOD-7", "Support and coaching of teachers")));
}
