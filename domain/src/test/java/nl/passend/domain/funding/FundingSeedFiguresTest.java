package nl.passend.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.policy.PartnershipPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reproduces the funding figures of the seeds from their inputs (R-FIN-1..7). */
class FundingSeedFiguresTest {
  private static final PartnershipPolicy PO = SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
  private static final PartnershipPolicy ML = SeedPolicies.find(PolicyId.of("vo-31-02")).orElseThrow();

  /** 004:L1832-1934: the regular budget of 2016 (814000, € 3.614.424) over the boards by BO count of 1-10-2015. */
  @Test
  void po2201DistributionOf2016ReproducesThePerBoardTable_R_FIN_5() {
    Map<BoardId, Long> bo = new LinkedHashMap<>();
    bo.put(BoardId.of("13308"), 103L);
    bo.put(BoardId.of("13785"), 3217L);
    bo.put(BoardId.of("32073"), 3445L);
    bo.put(BoardId.of("41025"), 750L);
    bo.put(BoardId.of("41486"), 1011L);
    bo.put(BoardId.of("41812"), 1515L);
    bo.put(BoardId.of("41851"), 2067L);
    bo.put(BoardId.of("41899"), 1635L);
    bo.put(BoardId.of("45000"), 212L);
    bo.put(BoardId.of("77456"), 170L);
    assertThat(bo.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14_125);
    Map<BoardId, Money> result = SchoolModel.distribute(Money.ofEuros(3_614_424), bo);
    assertThat(result).containsExactly(
        Map.entry(BoardId.of("13308"), Money.ofEuros(26_357)),
        Map.entry(BoardId.of("13785"), Money.ofEuros(823_193)),
        Map.entry(BoardId.of("32073"), Money.ofEuros(881_536)),
        Map.entry(BoardId.of("41025"), Money.ofEuros(191_916)),
        Map.entry(BoardId.of("41486"), Money.ofEuros(258_703)),
        Map.entry(BoardId.of("41812"), Money.ofEuros(387_671)),
        Map.entry(BoardId.of("41851"), Money.ofEuros(528_921)),
        Map.entry(BoardId.of("41899"), Money.ofEuros(418_378)),
        Map.entry(BoardId.of("45000"), Money.ofEuros(54_248)),
        Map.entry(BoardId.of("77456"), Money.ofEuros(43_501)));
  }

  /** 001:L847-851: 333 / 14 / 14 statements at € 9.845 / 17.350 / 21.530, and 37 residential placements at LOW. */
  @Test
  void vo3102DeductionOf2018_R_FIN_3_R_TLV_10() {
    SpecialEducationDeduction d = SpecialEducationDeduction.compute(ML.categoryAmounts().orElseThrow(),
        Map.of(FundingCategory.LOW, 333L, FundingCategory.MEDIUM, 14L, FundingCategory.HIGH, 14L), 37);
    assertThat(d.perCategory().get(FundingCategory.LOW)).isEqualTo(Money.ofEuros(3_278_385));
    assertThat(d.perCategory().get(FundingCategory.MEDIUM)).isEqualTo(Money.ofEuros(242_900));
    assertThat(d.perCategory().get(FundingCategory.HIGH)).isEqualTo(Money.ofEuros(301_420));
    assertThat(d.residential()).isEqualTo(Money.ofEuros(364_265));
    assertThat(d.total()).isEqualTo(Money.ofEuros(4_186_970));
  }

  @Test
  void growthBetweenOctoberAndFebruaryIsPaidByThePartnership_R_FIN_3() {
    CategoryAmounts amounts = ML.categoryAmounts().orElseThrow();
    Money growth = SpecialEducationDeduction.growth(2021, amounts,
        Map.of(FundingCategory.LOW, 333L, FundingCategory.MEDIUM, 14L),
        Map.of(FundingCategory.LOW, 336L, FundingCategory.MEDIUM, 13L, FundingCategory.HIGH, 1L));
    assertThat(growth).isEqualTo(Money.ofEuros(3 * 9_845 + 21_530));
  }

  /**
   * 004:L1790-1799: SBO shares and 2% limits per 1 October. The seed prints 1,97% for 2016 (exact
   * 1,975%: half-up 1,98%) and 1,95% for 2017 (exact 1,942%: 1,94%); its percentages add the rounded
   * referral and direct-inflow shares. We compute the share exactly and document the difference.
   */
  @ParameterizedTest(name = "R-FIN-4 1-10-{0}: {1} SBO of {2} = {3}%, limit {4}")
  @CsvSource({
      "2013, 324, 15137, 2.14, 303",
      "2015, 293, 14418, 2.03, 288",
      "2016, 278, 14073, 1.98, 281",
      "2017, 266, 13698, 1.94, 274",
      "2018, 262, 13367, 1.96, 267"})
  void sboSharesAndTwoPercentLimits(int year, long sbo, long total, String share, long limit) {
    long bo = total - sbo;
    assertThat(nl.passend.domain.monitoring.Percentages.of(sbo, total, 2)).isEqualByComparingTo(share);
    assertThat(SboTwoPercentRule.limit(bo, sbo)).isEqualTo(limit);
    assertThat(SboTwoPercentRule.aboveLimit(bo, sbo)).isEqualTo(Math.max(0, sbo - limit));
    assertThat(SboTwoPercentRule.appliesIn(year + 1)).isTrue();
    assertThat(SboTwoPercentRule.appliesIn(2023)).isFalse();
  }

  /**
   * 004:L1656, L1704-1707: personnel equalisation 600.332 / 492.810 / 340.487 for 2017-2019 from
   * € 716.814 and 100/90/75/60/30/0%. The seed's 2016 figure 700.808 does not follow the rule
   * (686.947); we keep the rule and record the discrepancy here.
   */
  @ParameterizedTest(name = "R-FIN-6 verevening {0} = {1}")
  @CsvSource({"2017, 600332", "2018, 492810", "2019, 340487", "2016, 686947", "2021, 0"})
  void equalisationPhaseOut(int year, long euros) {
    assertThat(PO.equalisation().orElseThrow().calendarYear(year).roundedToEuros()).isEqualTo(Money.ofEuros(euros));
  }

  /**
   * 004:L1704-1712: light support personnel 2.190.582 / 2.136.748 and material 104.949 / 102.497,
   * heavy support personnel (seed 4.551.019), from the counts of 1 October (BO 14.125 / 13.795 / 13.432;
   * BO + SBO 14.418 / 14.073; the seed's heavy figure differs by € 40, see below). The 2016 personnel amounts of the seed cover the transition year
   * (5/12 rule with the 1-10-2014 count, not in the seed) and are not reproduced.
   */
  @Test
  void calendarYearIncomeFromSchoolYearRates_R_FIN_2() {
    SupportRates rates = PO.supportRates().orElseThrow();
    assertThat(IncomeCalculator.personnel(rates.lightPersonnel(), 14_125, 13_795).roundedToEuros()).isEqualTo(Money.ofEuros(2_190_582));
    assertThat(IncomeCalculator.personnel(rates.lightPersonnel(), 13_795, 13_432).roundedToEuros()).isEqualTo(Money.ofEuros(2_136_748));
    assertThat(IncomeCalculator.material(rates.lightMaterial(), 14_125).roundedToEuros()).isEqualTo(Money.ofEuros(104_949));
    assertThat(IncomeCalculator.material(rates.lightMaterial(), 13_795).roundedToEuros()).isEqualTo(Money.ofEuros(102_497));
    // Heavy personnel 2017: the rule gives 4.551.059; the seed prints 4.551.019 (€ 40 less). The seed's
    // own rates do not reproduce its figure exactly (digest 004: "within € 140"); we keep the rule.
    assertThat(IncomeCalculator.personnel(rates.heavyPersonnel(), 14_418, 14_073).roundedToEuros()).isEqualTo(Money.ofEuros(4_551_059));
    // Heavy material: the seed's 422.322 differs from 30,01 × 14.073 = 422.330,73 (within € 9; rate rounded in the seed).
    assertThat(IncomeCalculator.material(rates.heavyMaterial(), 14_073)).isEqualTo(Money.parse("422330.73", "x"));
  }

  /** 001:L2387-2389: reserves over € 2 million against € 850.000 of risks. */
  @Test
  void reserveSignal_R_FIN_7() {
    ReserveSignal signal = ReserveSignal.check(Money.ofEuros(2_000_001), Money.ofEuros(850_000));
    assertThat(signal.exceeds()).isTrue();
    assertThat(signal.excess()).isEqualTo(Money.ofEuros(1_150_001));
    assertThat(ReserveSignal.check(Money.ofEuros(850_000), Money.ofEuros(850_000)).exceeds()).isFalse();
  }

  @Test
  void schoolModelTakesOffSboSoAndOwnCostsFirst_R_FIN_5() {
    Money rest = SchoolModel.remainder(Money.ofEuros(1_000_000), Money.ofEuros(100_000), Money.ofEuros(50_000), Money.ofEuros(25_000));
    assertThat(rest).isEqualTo(Money.ofEuros(825_000));
    assertThatThrownBy(() -> SchoolModel.remainder(Money.ofEuros(10), Money.ofEuros(11), Money.ZERO, Money.ZERO))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void multiYearBudgetAndReserves() {
    MultiYearBudget budget = new MultiYearBudget(java.util.List.of(
        new BudgetYear(2024, Money.ofEuros(1_000), Money.ofEuros(100), Money.ofEuros(700), Money.ofEuros(150)),
        new BudgetYear(2025, Money.ofEuros(1_000), Money.ofEuros(100), Money.ofEuros(800), Money.ofEuros(150))), Money.ofEuros(500));
    assertThat(budget.years().get(0).result()).isEqualTo(Money.ofEuros(50));
    assertThat(budget.reservesAtEndOf(2025)).isEqualTo(Money.ofEuros(500));
    assertThat(budget.reserveSignal(2024, Money.ofEuros(520)).exceeds()).isTrue();
    assertThatThrownBy(() -> new MultiYearBudget(java.util.List.of(
        new BudgetYear(2024, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO),
        new BudgetYear(2026, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO)), Money.ZERO)).hasMessageContaining("gaps");
  }

  @Test
  void moneyParsesAndFormatsLikeTheApi() {
    assertThat(Money.parse("3614424.00", "amount").toString()).isEqualTo("3614424.00");
    assertThat(Money.parse("9845", "amount").toString()).isEqualTo("9845.00");
    assertThatThrownBy(() -> Money.parse("1.005", "amount")).hasMessageContaining("two decimals");
    assertThatThrownBy(() -> Money.parse("1e400", "amount")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Money.parse("abc", "amount")).hasMessageContaining("amount");
    assertThat(Money.ofEuros(10).times(new BigDecimal("0.333"))).isEqualTo(Money.ofCents(333));
  }

  @Test
  void noGrowthPaymentFrom2022_R_FIN_3() {
    // SPEC version 2 (000:L1998-2005): from 1 January 2022 the VSO growth rule is gone; a growth
    // calculation for 2022 or later is refused with the rule id, not computed.
    CategoryAmounts amounts = ML.categoryAmounts().orElseThrow();
    assertThatThrownBy(() -> SpecialEducationDeduction.growth(2022, amounts, Map.of(FundingCategory.LOW, 1L), Map.of(FundingCategory.LOW, 2L)))
        .isInstanceOf(nl.passend.domain.common.RuleViolationException.class).hasMessageContaining("R-FIN-3");
    assertThat(SpecialEducationDeduction.growth(2021, amounts, Map.of(FundingCategory.LOW, 1L), Map.of(FundingCategory.LOW, 2L)))
        .isEqualTo(Money.ofEuros(9_845));
  }

  @ParameterizedTest(name = "R-FIN-6 material equalisation po-22-01 {0}: {1}")
  @CsvSource({"2017, 20939", "2018, 16751", "2019, 8375", "2020, 0", "2016, 25126"})
  void materialEqualisationFollowsTheSchoolYearStartingInTheCalendarYear(int year, long euros) {
    // 004:L1707: 27.918 x 75% = 20.939 (2017), x 60% = 16.751 (2018), x 30% = 8.375 (2019). The seed's
    // 2016 figure (25.126) is 90% of 27.918 = 25.126,2: the school year 2016/17 at 90%.
    Equalisation e = nl.passend.domain.policy.SeedPolicies.find(nl.passend.domain.organisation.PolicyId.of("po-22-01")).orElseThrow()
        .equalisation().orElseThrow();
    assertThat(e.material(year).roundedToEuros()).isEqualTo(Money.ofEuros(euros));
  }

  @ParameterizedTest(name = "R-FIN-2 {0} {1}: {2}")
  @CsvSource({
      "PO, 2022, SPLIT_OVER_SCHOOL_YEARS", "PO, 2023, FEBRUARY_COUNT_OF_YEAR_BEFORE",
      "VO, 2021, SPLIT_OVER_SCHOOL_YEARS", "VO, 2022, OCTOBER_COUNT_OF_YEAR_BEFORE"})
  void theFormulaIsChosenByTheYear(nl.passend.domain.organisation.Sector sector, int year, IncomeCalculator.Formula formula) {
    assertThat(IncomeCalculator.formula(sector, year)).isEqualTo(formula);
  }

  @Test
  void simplifiedFormulasUseOneCount_R_FIN_2() {
    Money rate = Money.parse("100.00", "rate");
    Map<java.time.LocalDate, Long> counts = Map.of(java.time.LocalDate.of(2021, 10, 1), 90L, java.time.LocalDate.of(2022, 10, 1), 120L,
        java.time.LocalDate.of(2022, 2, 1), 100L);
    // PO 2023: the count of 1 February 2022 alone, no 7/12-5/12 split.
    assertThat(IncomeCalculator.amount(nl.passend.domain.organisation.Sector.PO, 2023, rate, counts)).isEqualTo(Money.ofEuros(10_000));
    // PO 2022: still the split: 100 x (7 x 90 + 5 x 120) / 12 = 10.250.
    assertThat(IncomeCalculator.amount(nl.passend.domain.organisation.Sector.PO, 2022, rate, Map.of(java.time.LocalDate.of(2020, 10, 1), 90L,
        java.time.LocalDate.of(2021, 10, 1), 120L))).isEqualTo(Money.ofEuros(10_250));
    // VO 2023: the count of 1 October 2022.
    assertThat(IncomeCalculator.amount(nl.passend.domain.organisation.Sector.VO, 2023, rate, counts)).isEqualTo(Money.ofEuros(12_000));
    assertThatThrownBy(() -> IncomeCalculator.amount(nl.passend.domain.organisation.Sector.VO, 2024, rate, counts))
        .hasMessageContaining("2023-10-01");
  }

  @Test
  void theSchoolModelDistributesInItsUnitAndRefusesToCutCents_R_FIN_5() {
    Map<BoardId, Long> bo = Map.of(BoardId.of("a"), 1L, BoardId.of("b"), 2L);
    Money withCents = Money.parse("1000.01", "x");
    // Version 1 floored this to 1.000 euros and lost the cent; now it is refused in euros ...
    assertThatThrownBy(() -> SchoolModel.distribute(withCents, bo)).hasMessageContaining("amount");
    // ... and distributed exactly in cents.
    Map<BoardId, Money> parts = SchoolModel.distribute(withCents, Money.ofCents(1), bo);
    assertThat(parts.values().stream().map(Money::cents).mapToLong(Long::longValue).sum()).isEqualTo(100_001L);
    assertThat(parts.get(BoardId.of("b"))).isEqualTo(Money.parse("666.67", "x"));
  }
}
