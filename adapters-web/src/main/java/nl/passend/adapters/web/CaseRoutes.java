package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;
import static nl.passend.adapters.web.Requests.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.Passend;
import nl.passend.application.cases.port.in.OutOfSchoolCaseView;
import nl.passend.application.cases.port.in.OutOfSchoolUseCase;
import nl.passend.application.cases.port.in.PlacementDutyCaseView;
import nl.passend.application.cases.port.in.PlacementDutyUseCase;
import nl.passend.application.common.Actor;
import nl.passend.domain.absence.AbsenceCategory;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.placement.PlacementDutyStatus;
import nl.passend.domain.placement.PlacementOutcome;
import nl.passend.domain.student.StudentId;

/** Placement-duty and out-of-school cases (API.md "Placement duty", "Out-of-school students"). */
final class CaseRoutes {
  private static final String PLACEMENT = Api.BASE + "/placement-duty-cases";
  private static final String OUT_OF_SCHOOL = Api.BASE + "/out-of-school-cases";

  private final Passend passend;

  CaseRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.post(PLACEMENT, this::openPlacementDuty);
    r.get(PLACEMENT, ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      boolean overdue = "true".equalsIgnoreCase(ctx.queryParam("overdue"));
      Http.json(ctx, 200, Http.arrayPage(ctx, passend.cases().placementDutyCases(Http.actor(ctx), p, overdue).stream().map(PlacementDuty::of).toList()));
    });
    r.get(PLACEMENT + "/{id}", ctx -> {
      PlacementDutyCaseView c = passend.cases().placementDutyCase(Http.actor(ctx), caseId(ctx));
      Http.withEtag(ctx, c.version());
      Http.json(ctx, 200, PlacementDuty.of(c));
    });
    r.post(PLACEMENT + "/{id}/{action}", this::actOnPlacementDuty);
    r.post(OUT_OF_SCHOOL, this::openOutOfSchool);
    r.get(OUT_OF_SCHOOL, ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      Http.json(ctx, 200, Http.arrayPage(ctx, passend.cases().outOfSchoolCases(Http.actor(ctx), p).stream().map(OutOfSchool::of).toList()));
    });
    r.get(OUT_OF_SCHOOL + "/{id}", ctx -> {
      OutOfSchoolCaseView c = passend.cases().outOfSchoolCase(Http.actor(ctx), caseId(ctx));
      Http.withEtag(ctx, c.version());
      Http.json(ctx, 200, OutOfSchool.of(c));
    });
    r.post(OUT_OF_SCHOOL + "/{id}/{action}", this::actOnOutOfSchool);
  }

  /** A placement-duty case with its term and status today. */
  record PlacementDuty(String id, String partnershipId, String studentId, String boardId, String schoolBrin, LocalDate registeredOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Integer> extensionWeeks, LocalDate decideBy, PlacementDutyStatus status,
      boolean overdue, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<PlacementOutcome> outcome,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> placedAtBrin,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> concludedOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> temporarilyEnrolledOn, long version) {

    static PlacementDuty of(PlacementDutyCaseView v) {
      PlacementDutyCase c = v.value();
      return new PlacementDuty(c.id().value(), c.partnership().value(), c.student().value(), c.board().value(), c.school().value(),
          c.registeredOn(), c.extensionWeeks(), v.decideBy(), v.status(), v.overdue(), c.outcome(), c.placedAt().map(BrinCode::value),
          c.concludedOn(), c.temporarilyEnrolledOn(), c.version());
    }
  }

  /** A step taken in an out-of-school case. */
  record CaseStep(LocalDate on, String by, String description) {}

  /** An out-of-school case with its duration today. */
  record OutOfSchool(String id, String partnershipId, String studentId, AbsenceCategory category, LocalDate startedOn, String reason,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> boardWithDuty, String coordinator, long durationDays,
      boolean beyondNationalTarget, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> offerOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> escalatedOn,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> designatedSchoolBrin,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<LocalDate> closedOn, List<CaseStep> steps, long version) {

    static OutOfSchool of(OutOfSchoolCaseView v) {
      OutOfSchoolCase c = v.value();
      return new OutOfSchool(c.id().value(), c.partnership().value(), c.student().value(), c.category(), c.startedOn(), c.reason(),
          c.boardWithDuty().map(BoardId::value), c.coordinator(), v.durationDays(), v.beyondNationalTarget(), c.offerOn(), c.escalatedOn(),
          c.designatedSchool().map(BrinCode::value), c.closedOn(), c.steps().stream().map(s -> new CaseStep(s.on(), s.by(), s.description())).toList(),
          c.version());
    }
  }

  private static CaseId caseId(Context ctx) {
    try {
      return CaseId.of(ctx.pathParam("id"));
    } catch (RuntimeException e) {
      throw WebProblem.notFound("case");
    }
  }

  private void openPlacementDuty(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.PlacementDutyDto b = Http.body(ctx, Requests.PlacementDutyDto.class);
    PlacementDutyCaseView c = passend.cases().openPlacementDuty(new PlacementDutyUseCase.Open(actor,
        as("partnershipId", () -> PartnershipId.of(required(b.partnershipId(), "partnershipId"))),
        as("studentId", () -> StudentId.of(required(b.studentId(), "studentId"))),
        as("schoolBrin", () -> BrinCode.of(required(b.schoolBrin(), "schoolBrin"))), required(b.registeredOn(), "registeredOn")));
    Http.created(ctx, PLACEMENT + "/" + c.id().value(), c.version(), PlacementDuty.of(c));
  }

  private void actOnPlacementDuty(Context ctx) {
    Actor actor = Http.actor(ctx);
    CaseId id = caseId(ctx);
    PlacementDutyUseCase.Step step = switch (ctx.pathParam("action")) {
      case "extend" -> PlacementDutyUseCase.Step.EXTEND;
      case "conclude" -> PlacementDutyUseCase.Step.CONCLUDE;
      case "enrol-temporarily" -> PlacementDutyUseCase.Step.ENROL_TEMPORARILY;
      default -> throw WebProblem.notFound("action " + ctx.pathParam("action"));
    };
    long expected = Http.ifMatchIfGiven(ctx);
    Requests.PlacementActionDto b = Http.body(ctx, Requests.PlacementActionDto.class);
    PlacementDutyCaseView c = passend.cases().actOnPlacementDuty(new PlacementDutyUseCase.Act(actor, id, expected, step,
        Optional.ofNullable(b.on()), Optional.ofNullable(b.weeks()), Optional.ofNullable(b.outcome()),
        Optional.ofNullable(b.placedAtBrin()).map(s -> as("placedAtBrin", () -> BrinCode.of(s))), b.reason()));
    Http.withEtag(ctx, c.version());
    Http.json(ctx, 200, PlacementDuty.of(c));
  }

  private void openOutOfSchool(Context ctx) {
    Actor actor = Http.actor(ctx);
    Requests.OutOfSchoolDto b = Http.body(ctx, Requests.OutOfSchoolDto.class);
    OutOfSchoolCaseView c = passend.cases().openOutOfSchool(new OutOfSchoolUseCase.Open(actor,
        as("partnershipId", () -> PartnershipId.of(required(b.partnershipId(), "partnershipId"))),
        as("studentId", () -> StudentId.of(required(b.studentId(), "studentId"))), required(b.category(), "category"),
        required(b.startedOn(), "startedOn"), required(b.reason(), "reason"),
        Optional.ofNullable(b.boardWithDuty()).map(s -> as("boardWithDuty", () -> BoardId.of(s))), required(b.coordinator(), "coordinator")));
    Http.created(ctx, OUT_OF_SCHOOL + "/" + c.id().value(), c.version(), OutOfSchool.of(c));
  }

  private void actOnOutOfSchool(Context ctx) {
    Actor actor = Http.actor(ctx);
    CaseId id = caseId(ctx);
    OutOfSchoolUseCase.Step step = switch (ctx.pathParam("action")) {
      case "step" -> OutOfSchoolUseCase.Step.STEP;
      case "offer" -> OutOfSchoolUseCase.Step.OFFER;
      case "escalate" -> OutOfSchoolUseCase.Step.ESCALATE;
      case "designate" -> OutOfSchoolUseCase.Step.DESIGNATE;
      case "close" -> OutOfSchoolUseCase.Step.CLOSE;
      default -> throw WebProblem.notFound("action " + ctx.pathParam("action"));
    };
    long expected = Http.ifMatchIfGiven(ctx);
    Requests.OutOfSchoolActionDto b = Http.body(ctx, Requests.OutOfSchoolActionDto.class);
    String description = b.description() != null ? b.description() : b.reason();
    OutOfSchoolCaseView c = passend.cases().actOnOutOfSchool(new OutOfSchoolUseCase.Act(actor, id, expected, step,
        Optional.ofNullable(b.on()), required(description, "description"),
        Optional.ofNullable(b.designatedSchoolBrin()).map(s -> as("designatedSchoolBrin", () -> BrinCode.of(s)))));
    Http.withEtag(ctx, c.version());
    Http.json(ctx, 200, OutOfSchool.of(c));
  }
}
