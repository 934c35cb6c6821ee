package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/**
 * The values of decisions refuse what the procedure cannot produce: an LWOO designation whose
 * components disagree with its trail (R-LWOO-1..3), and a statement that breaks R-TLV-4..6 or R-TLV-11.
 */
class RecordInvariantsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final EligibilityResult ELIGIBLE = new EligibilityResult(Scheme.LWOO, "2020-01-01", Outcome.ELIGIBLE, Optional.empty(),
      Optional.empty(), List.of(), List.of(), List.of());

  /** Granted, registered with DUO, objected to, objection dismissed, ended. */
  private static LwooDesignation full() {
    return LwooDesignation.submit("lwoo-1", PartnershipId.of("vo"), StudentId.of("s"), BrinCode.of("99VM00"), DAY, ELIGIBLE, "school")
        .grant("staff", DAY.plusDays(2), "met", DAY.plusDays(10)).registerWithDuo("staff", DAY.plusDays(3), "")
        .object(ObjectingParty.GUARDIANS, DecisionFixtures.PO_DEADLINES, "g", DAY.plusDays(5), "")
        .decideObjection(false, "board", DAY.plusDays(20), "").end("staff", DAY.plusDays(40), "left", DAY.plusDays(39));
  }

  private record Parts(String id, LocalDate receivedOn, Outcome outcome, LwooDesignation.State state, List<LwooDesignation.Entry> trail,
      Optional<LocalDate> decidedOn, Optional<LocalDate> startDate, Optional<LocalDate> endDate, Optional<LocalDate> duo,
      Optional<Objection> objection, long version) {
    static Parts of(LwooDesignation d) {
      return new Parts(d.id(), d.receivedOn(), d.outcome(), d.state(), d.trail(), d.decidedOn(), d.startDate(), d.endDate(),
          d.registeredWithDuoOn(), d.objection(), d.version());
    }

    LwooDesignation build() {
      return new LwooDesignation(id, PartnershipId.of("vo"), StudentId.of("s"), BrinCode.of("99VM00"), receivedOn, outcome, "2020-01-01", state,
          trail, decidedOn, startDate, endDate, duo, objection, version);
    }
  }

  private static void refused(UnaryOperator<Parts> spoil, String field) {
    assertThatThrownBy(() -> spoil.apply(Parts.of(full())).build()).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  private static List<LwooDesignation.Entry> with(int index, LwooDesignation.Entry entry) {
    List<LwooDesignation.Entry> t = new ArrayList<>(full().trail());
    t.set(index, entry);
    return t;
  }

  @Test
  void aDesignationIsWhatItsTrailMakesIt_R_LWOO_1() {
    assertThat(Parts.of(full()).build()).isEqualTo(full());
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), p.endDate(), p.duo(),
        p.objection(), -1), "version");
    refused(p -> new Parts(p.id(), p.receivedOn().minusDays(1), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), p.endDate(),
        p.duo(), p.objection(), 1), "trail");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), with(2, new LwooDesignation.Entry(LwooDesignation.Step.REGISTER_DUO,
        "staff", DAY.minusDays(1), "")), p.decidedOn(), p.startDate(), p.endDate(), p.duo(), p.objection(), 1), "trail");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), with(1, new LwooDesignation.Entry(LwooDesignation.Step.END, "staff",
        DAY.plusDays(2), "")), p.decidedOn(), p.startDate(), p.endDate(), p.duo(), p.objection(), 1), "trail");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), Optional.of(DAY), p.startDate(), p.endDate(), p.duo(),
        p.objection(), 1), "decidedOn");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), Optional.empty(), p.duo(),
        p.objection(), 1), "endDate");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), p.endDate(),
        Optional.of(DAY.plusDays(4)), p.objection(), 1), "registeredWithDuoOn");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), p.endDate(), p.duo(),
        Optional.empty(), 1), "objection");
    Objection o = full().objection().orElseThrow();
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), p.endDate(), p.duo(),
        Optional.of(new Objection(o.by(), o.receivedOn().plusDays(1), o.decisionNotifiedOn(), o.upheld(), o.decidedOn())), 1), "objection");
    refused(p -> new Parts(p.id(), p.receivedOn(), p.outcome(), p.state(), p.trail(), p.decidedOn(), p.startDate(), p.endDate(), p.duo(),
        Optional.of(new Objection(o.by(), o.receivedOn(), o.decisionNotifiedOn(), o.upheld(), Optional.of(DAY.plusDays(21)))), 1), "objection");
    assertThat(LwooDesignation.Step.fromApiName("register-duo")).contains(LwooDesignation.Step.REGISTER_DUO);
    assertThat(LwooDesignation.Step.fromApiName("submit")).isEmpty();
    assertThat(LwooDesignation.Step.fromApiName("nope")).isEmpty();
    assertThat(LwooDesignation.Step.END.apiName()).isEqualTo("end");
  }

  @Test
  void stepsAreRefusedInStatesThatDoNotAllowThem_R_LWOO_2() {
    LwooDesignation submitted = LwooDesignation.submit("l", PartnershipId.of("vo"), StudentId.of("s"), BrinCode.of("99VM00"), DAY, ELIGIBLE, "x");
    LwooDesignation refusedOne = submitted.refuse("staff", DAY, "no");
    assertThatThrownBy(() -> refusedOne.grant("staff", DAY, "r", DAY)).hasMessageContaining("R-LWOO-2");
    assertThatThrownBy(() -> refusedOne.refuse("staff", DAY, "r")).hasMessageContaining("R-LWOO-2");
    assertThatThrownBy(() -> submitted.object(ObjectingParty.BOARD, DecisionFixtures.PO_DEADLINES, "b", DAY, "")).hasMessageContaining("R-DL-9");
    assertThatThrownBy(() -> submitted.decideObjection(true, "b", DAY, "")).hasMessageContaining("R-DL-9");
    assertThatThrownBy(() -> submitted.end("staff", DAY, "", DAY)).hasMessageContaining("R-LWOO-1");
    LwooDesignation granted = submitted.grant("staff", DAY.plusDays(1), "met", DAY.plusDays(10));
    assertThatThrownBy(() -> granted.end("staff", DAY.plusDays(2), "", DAY.plusDays(8))).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("endDate"));
    assertThat(granted.end("staff", DAY.plusDays(2), "never started", DAY.plusDays(9)).coversDate(DAY.plusDays(10))).isFalse();
    assertThatThrownBy(() -> granted.registerWithDuo("staff", DAY, "")).hasMessageContaining("precede");
    assertThatThrownBy(() -> new LwooDesignation.Entry(LwooDesignation.Step.GRANT, "s", DAY, "x".repeat(2001))).hasMessageContaining("2000");
    assertThat(new LwooDesignation.Entry(LwooDesignation.Step.GRANT, "s", DAY, null).reason()).isEmpty();
    assertThat(new LwooDesignation.Entry(LwooDesignation.Step.GRANT, "s", DAY, " why ").reason()).isEqualTo("why");
  }

  @Test
  void aStatementHoldsRTlv4To6() {
    PartnershipId p = PartnershipId.of("p");
    StudentId s = StudentId.of("s");
    LocalDate start = LocalDate.of(2025, 8, 1);
    Optional<LocalDate> end = Optional.of(LocalDate.of(2026, 7, 31));
    Optional<SpecialNeedsType> lg = Optional.of(SpecialNeedsType.LG);
    Optional<FundingCategory> low = Optional.of(FundingCategory.LOW);
    assertThatThrownBy(() -> new AdmissibilityStatement(0, p, s, SchoolType.SO, lg, low, Optional.empty(), start, start, end, "b", StatementStatus.ACTIVE))
        .hasMessageContaining("number");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.BO, Optional.empty(), Optional.empty(), Optional.empty(), start, start,
        end, "b", StatementStatus.ACTIVE)).hasMessageContaining("schoolType");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.SO, Optional.empty(), low, Optional.empty(), start, start, end, "b",
        StatementStatus.ACTIVE)).hasMessageContaining("specialNeedsType");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.SO, lg, Optional.empty(), Optional.empty(), start, start, end, "b",
        StatementStatus.ACTIVE)).hasMessageContaining("fundingCategory");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.SBO, lg, Optional.empty(), Optional.empty(), start, start, end, "b",
        StatementStatus.ACTIVE)).hasMessageContaining("specialNeedsType");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.SBO, Optional.empty(), low, Optional.empty(), start, start, end, "b",
        StatementStatus.ACTIVE)).hasMessageContaining("fundingCategory");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.SBO, Optional.empty(), Optional.empty(), Optional.empty(), start, start,
        Optional.empty(), "b", StatementStatus.ACTIVE)).hasMessageContaining("endDate");
    assertThatThrownBy(() -> new AdmissibilityStatement(1, p, s, SchoolType.SBO, Optional.empty(), Optional.empty(), Optional.empty(),
        LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 1), end, "b", StatementStatus.ACTIVE)).hasMessageContaining("not after");
    AdmissibilityStatement ok = new AdmissibilityStatement(2, p, s, SchoolType.SBO, Optional.empty(), Optional.empty(), Optional.empty(), start,
        start, end, "b", StatementStatus.ACTIVE, Optional.of(1L));
    assertThat(ok.renews()).contains(1L);
    assertThatThrownBy(() -> new AdmissibilityStatement(2, p, s, SchoolType.SBO, Optional.empty(), Optional.empty(), Optional.empty(), start,
        start, end, "b", StatementStatus.ACTIVE, Optional.of(2L))).hasMessageContaining("renews");
    assertThatThrownBy(() -> new AdmissibilityStatement(2, p, s, SchoolType.SBO, Optional.empty(), Optional.empty(), Optional.empty(), start,
        start, end, "b", StatementStatus.ACTIVE, Optional.of(0L))).hasMessageContaining("renews");
    assertThat(ok.validOn(start)).isTrue();
    assertThat(ok.validOn(start.minusDays(1))).isFalse();
    assertThat(ok.validOn(end.get())).isTrue();
    assertThat(ok.validOn(end.get().plusDays(1))).isFalse();
    assertThat(ok.revoked().validOn(start)).isFalse();
    assertThat(ok.revoked().renews()).contains(1L);
  }
}
