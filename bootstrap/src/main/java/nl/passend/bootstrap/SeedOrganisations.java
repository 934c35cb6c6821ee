package nl.passend.bootstrap;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * Besturen en scholen uit de bronnen: the boards and schools the seeds name, for demo data and
 * examples; names and codes of organisations only, never people.
 *
 * <p>Where a seed gives no BRIN code (the PO 22.01 and VO 22.01 schools), the school gets a demo
 * code in the {@code 99xx} range, which DUO does not use for real schools, so that no real code is
 * invented. The seeds do not give the clusters of the Midden-Limburg VSO schools; the demo records
 * cluster 3 for the Ortolaan locations and cluster 4 for the others (decided for demo use only).
 */
final class SeedOrganisations {
  private SeedOrganisations() {}

  /**
   * A board with the partnerships it belongs to and, where the seed gives it, its count of regular
   * students on a count date.
   *
   * @param board the board
   * @param regularStudents its BO (or VO) students on {@code countedOn}, 0 when the seed gives none
   * @param countedOn the count date the figure belongs to, as written in the seed
   */
  public record SeedBoard(Board board, int regularStudents, String countedOn) {}

  private static final PartnershipId PO = PartnershipId.of("po-22-01");
  private static final PartnershipId VO = PartnershipId.of("vo-22-01");
  private static final PartnershipId ML = PartnershipId.of("vo-31-02");

  /** The partnerships of the seeds, each following the built-in policy with its id. */
  public static List<Partnership> partnerships() {
    return List.of(
        new Partnership(PO, "SWV Passend Onderwijs PO 22.01", Sector.PO, "Aa en Hunze, Assen, Midden-Drenthe, Tynaarlo",
            PolicyId.of("po-22-01"), boardIds(PO)),
        new Partnership(VO, "SWV VO 22.01 Noord- en Midden-Drenthe", Sector.VO, "Aa en Hunze, Assen, Midden-Drenthe, Tynaarlo",
            PolicyId.of("vo-22-01"), boardIds(VO)),
        new Partnership(ML, "SWV VO 31-02 Midden-Limburg", Sector.VO, "Midden-Limburg",
            PolicyId.of("vo-31-02"), boardIds(ML)),
        new Partnership(PartnershipId.of("vo-zo-drenthe"), "Sterk VO Zuidoost-Drenthe", Sector.VO, "Zuidoost-Drenthe",
            PolicyId.of("vo-zo-drenthe"), Set.of()));
  }

  /**
   * The boards: PO 22.01 with their DUO numbers and BO counts of 1 October 2015
   * ({@code 004:L1832-1934}, {@code 004:L114-126}); VO 22.01 with their numbers ({@code 000:L112-243});
   * Midden-Limburg by name ({@code 001:L2393-2429}).
   */
  public static List<SeedBoard> boards() {
    return BOARDS;
  }

  private static final List<SeedBoard> BOARDS = ImmutableList.of(
      po("13308", "Samenwerkingsschool Oostermoer (Bestcom Gieterveen)", 103),
      po("13785", "Plateau Assen (BC OPO Assen)", 3217),
      po("32073", "Stichting Christelijke Onderwijsgroep Drenthe", 3445),
      po("41025", "Vereniging Gereformeerd Primair Onderwijs NO-Nederland (VGPONN)", 750),
      po("41486", "CONOD, Vereniging Christelijk Onderwijs", 1011),
      po("41812", "Kits Primair (Stichting Openbaar Basisonderwijs Midden-Drenthe)", 1515),
      po("41851", "Stichting Openbaar Onderwijs Baasis", 2067),
      po("41899", "Stichting PrimAH", 1635),
      po("45000", "Stichting Firdarda (Primenius)", 212),
      po("77456", "Vereniging de Vrije School Assen (Athena)", 170),
      new SeedBoard(new Board(BoardId.of("41414"), "Stichting Renn4", Set.of(PO, VO)), 0, ""),
      vo("13273", "Stichting Openbaar VO Noord- en Midden-Drenthe"),
      vo("41789", "Stichting Gereformeerde Scholengroep"),
      vo("46594", "Vereniging Christelijk VO Noord- en Midden-Drenthe"),
      vo("31108", "Stichting Agrarisch Opleidingscentrum Terra"),
      vo("10053", "Gemeente Assen"),
      vo("42719", "Plateau (VSO)"),
      ml("soml", "Stichting Onderwijs Midden-Limburg (SOML)"),
      ml("citaverde", "Citaverde College"),
      ml("herman-broeren", "Stichting Herman Broeren"),
      ml("ogb", "Onderwijsgroep Buitengewoon"),
      ml("aloysius", "Aloysiusstichting"),
      ml("pro-roermond", "Praktijkonderwijs Roermond"),
      ml("wijnberg", "Wijnberg"));

  /** The schools the seeds name. */
  public static List<School> schools() {
    return SCHOOLS;
  }

  private static final List<School> SCHOOLS = ImmutableList.of(
      // PO 22.01 special schools (004:L101-106); the seed gives no BRIN codes.
      School.of(BrinCode.of("99PA00"), "SBO de Boei", BoardId.of("13785"), SchoolType.SBO),
      School.of(BrinCode.of("99PB00"), "SBO de Meander", BoardId.of("32073"), SchoolType.SBO),
      School.special(BrinCode.of("99PC00"), "SO W.A. van Lieflandschool", BoardId.of("13785"), SchoolType.SO,
          Cluster.THREE, Set.of(SpecialNeedsType.ZML, SpecialNeedsType.LZ, SpecialNeedsType.LG, SpecialNeedsType.MG)),
      School.special(BrinCode.of("99PD00"), "SO De Aventurijn", BoardId.of("41414"), SchoolType.SO, Cluster.FOUR, Set.of()),
      // VO 22.01 (000:L112-243); no BRIN codes in the seed.
      School.of(BrinCode.of("99VA00"), "Dr. Nassau College Quintus", BoardId.of("13273"), SchoolType.VO),
      School.of(BrinCode.of("99VA01"), "Dr. Nassau College Penta", BoardId.of("13273"), SchoolType.VO),
      School.of(BrinCode.of("99VB00"), "Gomarus College Assen", BoardId.of("41789"), SchoolType.VO),
      School.of(BrinCode.of("99VC00"), "Vincent van Gogh Lariks", BoardId.of("46594"), SchoolType.VO),
      School.of(BrinCode.of("99VC01"), "Vincent van Gogh Salland", BoardId.of("46594"), SchoolType.VO),
      School.of(BrinCode.of("99VD00"), "Terra Assen", BoardId.of("31108"), SchoolType.VO),
      School.of(BrinCode.of("99VD01"), "Terra Eelde", BoardId.of("31108"), SchoolType.VO),
      School.of(BrinCode.of("99VE00"), "Praktijkonderwijs Assen", BoardId.of("10053"), SchoolType.PRO),
      School.special(BrinCode.of("99VF00"), "De Atlas", BoardId.of("41414"), SchoolType.VSO, Cluster.FOUR, Set.of()),
      School.special(BrinCode.of("99VG00"), "Leercentrum W.A. van Liefland", BoardId.of("42719"), SchoolType.VSO,
          Cluster.THREE, Set.of(SpecialNeedsType.ZML, SpecialNeedsType.LZ, SpecialNeedsType.LG, SpecialNeedsType.MG)),
      // VO 31-02 Midden-Limburg, with the BRIN codes of 001:L2393-2429.
      School.of(BrinCode.of("14PS03"), "BC Broekhin Reuver", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("14PS00"), "BC Broekhin Roermond", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("14PS02"), "BC Broekhin Swalmen", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("21CS02"), "Citaverde College Roermond", BoardId.of("citaverde"), SchoolType.VO),
      School.of(BrinCode.of("16PE00"), "Connect College Echt", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("16PE01"), "Connect College Echt (second location)", BoardId.of("soml"), SchoolType.VO),
      School.special(BrinCode.of("00KX00"), "Herman Broerenschool", BoardId.of("herman-broeren"), SchoolType.VSO, Cluster.FOUR, Set.of()),
      School.of(BrinCode.of("03XF00"), "Lyceum Schöndeln", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("03XF03"), "MAVO Roermond", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("03XF04"), "Niekée/Agora", BoardId.of("soml"), SchoolType.VO),
      School.special(BrinCode.of("01RB00"), "Maaskei", BoardId.of("ogb"), SchoolType.VSO, Cluster.FOUR, Set.of()),
      School.of(BrinCode.of("03XF05"), "NT2 Mundium College", BoardId.of("soml"), SchoolType.VO),
      School.special(BrinCode.of("22OB00"), "Ortolaan Heibloem", BoardId.of("aloysius"), SchoolType.VSO,
          Cluster.THREE, Set.of(SpecialNeedsType.ZML, SpecialNeedsType.MG)),
      School.special(BrinCode.of("22OB04"), "Ortolaan Roermond", BoardId.of("aloysius"), SchoolType.VSO,
          Cluster.THREE, Set.of(SpecialNeedsType.ZML, SpecialNeedsType.MG)),
      School.of(BrinCode.of("23HH00"), "Praktijkonderwijs Roermond", BoardId.of("pro-roermond"), SchoolType.PRO),
      School.of(BrinCode.of("17GT02"), "St. Ursula Heythuysen", BoardId.of("soml"), SchoolType.VO),
      School.of(BrinCode.of("17GT00"), "St. Ursula Horn", BoardId.of("soml"), SchoolType.VO),
      School.special(BrinCode.of("01UQ05"), "Wijnberg (location Roermond)", BoardId.of("wijnberg"), SchoolType.VSO, Cluster.FOUR, Set.of()));

  private static Set<BoardId> boardIds(PartnershipId partnership) {
    ImmutableList.Builder<BoardId> ids = ImmutableList.builder();
    for (SeedBoard b : BOARDS) {
      if (b.board().isMemberOf(partnership)) {
        ids.add(b.board().id());
      }
    }
    return Set.copyOf(ids.build());
  }

  private static SeedBoard po(String id, String name, int bo) {
    return new SeedBoard(new Board(BoardId.of(id), name, Set.of(PO)), bo, "2015-10-01");
  }

  private static SeedBoard vo(String id, String name) {
    return new SeedBoard(new Board(BoardId.of(id), name, Set.of(VO)), 0, "");
  }

  private static SeedBoard ml(String id, String name) {
    return new SeedBoard(new Board(BoardId.of(id), name, Set.of(ML)), 0, "");
  }
}
