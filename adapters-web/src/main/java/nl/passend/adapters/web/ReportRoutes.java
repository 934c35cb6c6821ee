package nl.passend.adapters.web;

import static nl.passend.adapters.web.Requests.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.passend.application.Passend;
import nl.passend.application.privacy.port.in.TrailEntry;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.monitoring.TargetResult;
import nl.passend.domain.organisation.PartnershipId;

/** The monitoring report, the audit trail and the retention purge (API.md "Monitoring", "Audit", "Retention"). */
final class ReportRoutes {
  private final Passend passend;

  ReportRoutes(Passend passend) {
    this.passend = passend;
  }

  void register(Routes r) {
    r.get(Api.BASE + "/reports/monitoring", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      LocalDate countDate = Http.queryDate(ctx, "countDate");
      String given = ctx.queryParam("population");
      OptionalLong population = OptionalLong.empty();
      if (given != null) {
        try {
          population = OptionalLong.of(Long.parseLong(given.strip()));
        } catch (NumberFormatException e) {
          throw WebProblem.badRequest("population", "must be a whole number of residents aged 5 to 17");
        }
      }
      Http.json(ctx, 200, Report.of(passend.monitoring().report(Http.actor(ctx), p, countDate, population)));
    });
    r.get(Api.BASE + "/audit", ctx -> Http.json(ctx, 200,
        Http.arrayPage(ctx, passend.privacy().trail(Http.actor(ctx), Http.query(ctx, "subject")).stream().map(Audit::of).toList())));
    r.post(Api.BASE + "/retention/purge", ctx -> {
      PartnershipId p = as("partnershipId", () -> PartnershipId.of(Http.query(ctx, "partnershipId")));
      var result = passend.privacy().purge(Http.actor(ctx), p);
      Http.json(ctx, 200, new Purged(result.applications(), result.placementDutyCases(), result.outOfSchoolCases(), result.lwooDesignations()));
    });
  }

  /** What a purge removed. */
  record Purged(long applications, long placementDutyCases, long outOfSchoolCases, long lwooDesignations) {}

  /** An entry of the audit trail. */
  record Audit(String at, String actor, String action, String subject, String reason) {
    static Audit of(TrailEntry e) {
      return new Audit(e.at().toString(), e.actor(), e.action(), e.subject(), e.reason());
    }
  }

  /** Decisions in the last twelve months (R-MON-3). */
  record Decisions(long count, long withinTerm, String percentWithinTerm) {}

  /** Open and overdue placement-duty cases. */
  record PlacementDutyCount(long open, long overdue) {}

  /** A count with its rate per 1,000. */
  record PerThousand(long count, String per1000) {}

  /** Students out of school (R-TZ-4). */
  record OutOfSchool(long count, long population, String perThousand, Map<String, Long> byDuration, long beyondNationalTarget,
      PerThousand thuiszitters, PerThousand absoluteAbsence, String populationSource) {}

  /** A target with its value and verdict (R-MON-2). */
  record Target(String metric, boolean atMost, String percent, String value, Boolean met, String source, String kind, String status, String reason) {
    static Target of(TargetResult t) {
      return new Target(t.target().metric(), t.target().atMost(), t.target().percent().toPlainString(), plain(t.value().orElse(null)),
          t.met().orElse(null), t.target().source(), t.target().kind().name(), t.status().name(), t.reason());
    }
  }

  /** The monitoring report of a partnership (R-MON-3). */
  record Report(String partnershipId, LocalDate countDate, Map<String, Long> studentsByType, Map<String, String> participation,
      long participationDenominator, Map<String, Map<String, Long>> statementsByTypeAndCategory, Decisions decisionsInLast12Months,
      PlacementDutyCount placementDutyCases, OutOfSchool outOfSchool, Map<String, Long> exemptionsByGround, long statementsEndingWithinSixMonths,
      long lwooDesignations, long lwooDesignationsInForce, List<Target> targets) {

    static Report of(MonitoringReport r) {
      Map<String, String> participation = new LinkedHashMap<>();
      r.participation().forEach((k, v) -> participation.put(k.name(), v.toPlainString()));
      Map<String, Map<String, Long>> statements = new LinkedHashMap<>();
      r.statementsByType().forEach((k, v) -> statements.put(k.name(), v));
      OutOfSchool out = new OutOfSchool(r.outOfSchool(), r.population(), plain(r.outOfSchoolPerThousand().orElse(null)),
          names(r.outOfSchoolByDuration()), r.outOfSchoolBeyondNationalTarget(),
          new PerThousand(r.thuiszitters(), plain(r.thuiszittersPerThousand().orElse(null))),
          new PerThousand(r.absoluteAbsence(), plain(r.absoluteAbsencePerThousand().orElse(null))), r.populationSource().name());
      return new Report(r.partnership().value(), r.countDate(), names(r.studentsByType()), participation, r.participationDenominator(), statements,
          new Decisions(r.decisions(), r.decisionsWithinTerm(), plain(r.decisionsWithinTermPercent().orElse(null))),
          new PlacementDutyCount(r.openPlacementDutyCases(), r.overduePlacementDutyCases()), out, names(r.exemptionsByGround()),
          r.statementsEndingWithinSixMonths(), r.lwooDesignations(), r.lwooDesignations(), r.targets().stream().map(Target::of).toList());
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static <K extends Enum<K>> Map<String, Long> names(Map<K, Long> map) {
    Map<String, Long> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.name(), v));
    return out;
  }
}
