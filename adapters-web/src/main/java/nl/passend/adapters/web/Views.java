package nl.passend.adapters.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.decision.port.in.AdmissibilityApplicationView;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.RuleOutcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.monitoring.TargetResult;
import nl.passend.domain.organisation.Board;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.School;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.student.Enrolment;

/** Maps domain values to the JSON shapes of API.md (maps keep the field order of the contract). */
final class Views {
  private Views() {}

  static Map<String, Object> partnership(Versioned<Partnership> v) {
    Partnership p = v.value();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id().value());
    m.put("name", p.name());
    m.put("sector", p.sector().name());
    m.put("policyId", p.policy().value());
    m.put("region", p.region());
    m.put("memberBoards", p.memberBoards().stream().map(b -> b.value()).toList());
    m.put("version", v.version());
    return m;
  }

  static Map<String, Object> board(Versioned<Board> v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.value().id().value());
    m.put("name", v.value().name());
    m.put("partnershipIds", v.value().partnerships().stream().map(p -> p.value()).toList());
    m.put("version", v.version());
    return m;
  }

  static Map<String, Object> school(Versioned<School> v) {
    School s = v.value();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("brin", s.brin().value());
    m.put("name", s.name());
    m.put("boardId", s.board().value());
    m.put("schoolType", s.type().name());
    s.cluster().map(Cluster::number).ifPresent(c -> m.put("cluster", c));
    m.put("specialNeedsTypes", s.servedTypes().stream().map(Enum::name).toList());
    m.put("version", v.version());
    return m;
  }

  static Map<String, Object> student(Versioned<StudentRecord> v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.value().student().id().value());
    m.put("dateOfBirth", v.value().student().dateOfBirth());
    List<Map<String, Object>> enrolments = new ArrayList<>();
    for (Enrolment e : v.value().student().enrolments().enrolments()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("schoolBrin", e.school().value());
      em.put("schoolType", e.schoolType().name());
      em.put("from", e.from());
      em.put("until", e.until().orElse(null));
      enrolments.add(em);
    }
    m.put("enrolments", enrolments);
    m.put("partnershipId", v.value().partnership().value());
    m.put("version", v.version());
    return m;
  }

  static Map<String, Object> eligibility(String policyId, EligibilityResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policyId", policyId);
    m.put("scheme", r.scheme().name());
    m.put("schemeVersion", r.schemeVersion());
    m.put("outcome", r.outcome().name());
    r.schoolType().ifPresent(t -> m.put("schoolType", t.name()));
    r.fundingCategory().ifPresent(c -> m.put("fundingCategory", c.name()));
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleOutcome o : r.rules()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("id", o.id());
      rm.put("holds", o.holds().orElse(null));
      rm.put("explanation", o.explanation());
      rules.add(rm);
    }
    m.put("rules", rules);
    m.put("missing", r.missing());
    if (r.scheme() == Scheme.SBO) {
      m.put("matchedProfiles", r.matchedProfiles());
    }
    return m;
  }

  static Map<String, Object> application(AdmissibilityApplicationView view) {
    AdmissibilityApplication a = view.application();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id().value());
    m.put("policyId", a.policy().value());
    m.put("partnershipId", a.partnership().value());
    m.put("studentId", a.student().value());
    m.put("applyingSchoolBrin", a.applyingSchool().value());
    m.put("schoolType", a.schoolType().name());
    a.specialNeedsType().ifPresent(t -> m.put("specialNeedsType", t.name()));
    m.put("proSpecialRoute", a.proSpecialRoute());
    a.renews().ifPresent(n -> m.put("renews", String.valueOf(n)));
    a.replaces().ifPresent(n -> m.put("replaces", String.valueOf(n)));
    m.put("receivedOn", a.receivedOn());
    m.put("state", a.state().name());
    m.put("version", a.version());
    m.put("deadlines", view.deadlines().dates());
    m.put("decisionDue", view.decisionDue());
    m.put("extended", a.extended());
    m.put("suspendedDays", a.suspendedDays());
    a.decidedOn().ifPresent(d -> m.put("decidedOn", d));
    List<Map<String, Object>> trail = new ArrayList<>();
    a.trail().forEach(t -> {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("action", t.action().apiName());
      tm.put("by", t.by());
      tm.put("on", t.on());
      tm.put("reason", t.reason());
      trail.add(tm);
    });
    m.put("trail", trail);
    a.advice().ifPresent(v -> {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("advice", v.advice().name());
      am.put("on", v.on());
      am.put("reason", v.reason());
      m.put("advice", am);
    });
    a.statement().ifPresent(s -> m.put("statement", statement(s, view.today())));
    a.objection().ifPresent(o -> {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("by", o.by().name());
      om.put("receivedOn", o.receivedOn());
      om.put("decisionNotifiedOn", o.decisionNotifiedOn());
      o.upheld().ifPresent(u -> om.put("upheld", u));
      o.decidedOn().ifPresent(d -> om.put("decidedOn", d));
      m.put("objection", om);
    });
    Map<String, Object> dossier = new LinkedHashMap<>();
    dossier.put("items", a.dossier().stream().map(Enum::name).sorted().toList());
    dossier.put("missingItems", view.missingDossierItems().stream().map(Enum::name).toList());
    dossier.put("expertAdviceProblems", view.expertAdviceProblems());
    a.firstChoiceSchool().ifPresent(s -> dossier.put("firstChoiceSchoolBrin", s.value()));
    m.put("dossier", dossier);
    return m;
  }

  /** A statement with its status on {@code today} (R-INT-4): EXPIRED after its end, never a stored status that time overtook. */
  static Map<String, Object> statement(AdmissibilityStatement s, java.time.LocalDate today) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", s.number());
    m.put("partnershipId", s.partnership().value());
    m.put("studentId", s.student().value());
    m.put("schoolType", s.schoolType().name());
    s.specialNeedsType().ifPresent(t -> m.put("specialNeedsType", t.name()));
    s.fundingCategory().ifPresent(c -> m.put("fundingCategory", c.name()));
    s.categoryOverrideReason().ifPresent(r -> m.put("categoryOverrideReason", r));
    m.put("issuedOn", s.issuedOn());
    m.put("startDate", s.startDate());
    // The last day it is valid: for a replaced statement the day before its replacement starts (R-INT-4).
    m.put("endDate", s.lastDay().orElse(null));
    m.put("legalBasis", s.legalBasis());
    m.put("status", s.statusOn(today).name());
    s.renews().ifPresent(n -> m.put("renews", String.valueOf(n)));
    s.replacement().ifPresent(r -> m.put("replacingStatement", String.valueOf(r.number())));
    return m;
  }

  /** An exemption; its ground is shown to the partnership's staff only (R-INT-9 keeps it out of the audit trail). */
  static Map<String, Object> exemption(nl.passend.application.cases.port.out.ExemptionRepository.Stored e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", String.valueOf(e.id()));
    m.put("partnershipId", e.partnership().value());
    m.put("studentId", e.student().value());
    m.put("ground", e.exemption().ground().name());
    m.put("from", e.exemption().from());
    m.put("until", e.exemption().until().orElse(null));
    return m;
  }

  static Map<String, Object> registration(nl.passend.domain.student.Registration r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("studentId", r.student().value());
    m.put("schoolBrin", r.school().value());
    m.put("schoolType", r.schoolType().name());
    m.put("registeredOn", r.registeredOn());
    return m;
  }

  static Map<String, Object> lwooDesignation(nl.passend.domain.decision.LwooDesignation d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("partnershipId", d.partnership().value());
    m.put("studentId", d.student().value());
    m.put("schoolBrin", d.school().value());
    m.put("receivedOn", d.receivedOn());
    m.put("state", d.state().name());
    m.put("version", d.version());
    m.put("outcome", d.outcome().name());
    m.put("schemeVersion", d.schemeVersion());
    d.decidedOn().ifPresent(x -> m.put("decidedOn", x));
    d.startDate().ifPresent(x -> m.put("startDate", x));
    d.endDate().ifPresent(x -> m.put("endDate", x));
    d.registeredWithDuoOn().ifPresent(x -> m.put("registeredWithDuoOn", x));
    d.objection().ifPresent(o -> {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("by", o.by().name());
      om.put("receivedOn", o.receivedOn());
      o.upheld().ifPresent(u -> om.put("upheld", u));
      o.decidedOn().ifPresent(x -> om.put("decidedOn", x));
      m.put("objection", om);
    });
    List<Map<String, Object>> trail = new ArrayList<>();
    d.trail().forEach(t -> {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("action", t.step().apiName());
      tm.put("by", t.by());
      tm.put("on", t.on());
      tm.put("reason", t.reason());
      trail.add(tm);
    });
    m.put("trail", trail);
    return m;
  }

  static Map<String, Object> placementDuty(PlacementDutyCase c, LocalDate today, DeadlineRules rules) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id().value());
    m.put("partnershipId", c.partnership().value());
    m.put("studentId", c.student().value());
    m.put("boardId", c.board().value());
    m.put("schoolBrin", c.school().value());
    m.put("registeredOn", c.registeredOn());
    c.extensionWeeks().ifPresent(w -> m.put("extensionWeeks", w));
    m.put("decideBy", c.decideBy(rules));
    m.put("status", c.statusOn(today, rules).name());
    m.put("overdue", c.isOverdue(today, rules));
    c.outcome().ifPresent(o -> m.put("outcome", o.name()));
    c.placedAt().ifPresent(p -> m.put("placedAtBrin", p.value()));
    c.concludedOn().ifPresent(d -> m.put("concludedOn", d));
    c.temporarilyEnrolledOn().ifPresent(d -> m.put("temporarilyEnrolledOn", d));
    m.put("version", c.version());
    return m;
  }

  static Map<String, Object> outOfSchool(OutOfSchoolCase c, LocalDate today, nl.passend.domain.absence.AbsenceRules rules) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id().value());
    m.put("partnershipId", c.partnership().value());
    m.put("studentId", c.student().value());
    m.put("category", c.category().name());
    m.put("startedOn", c.startedOn());
    m.put("reason", c.reason());
    c.boardWithDuty().ifPresent(b -> m.put("boardWithDuty", b.value()));
    m.put("coordinator", c.coordinator());
    m.put("durationDays", c.durationDaysOn(today));
    m.put("beyondNationalTarget", c.exceedsNationalTarget(today, rules));
    c.offerOn().ifPresent(d -> m.put("offerOn", d));
    c.escalatedOn().ifPresent(d -> m.put("escalatedOn", d));
    c.designatedSchool().ifPresent(s -> m.put("designatedSchoolBrin", s.value()));
    c.closedOn().ifPresent(d -> m.put("closedOn", d));
    List<Map<String, Object>> steps = new ArrayList<>();
    c.steps().forEach(s -> {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("on", s.on());
      sm.put("by", s.by());
      sm.put("description", s.description());
      steps.add(sm);
    });
    m.put("steps", steps);
    m.put("version", c.version());
    return m;
  }

  static Map<String, Object> report(MonitoringReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partnershipId", r.partnership().value());
    m.put("countDate", r.countDate());
    m.put("studentsByType", names(r.studentsByType()));
    Map<String, String> participation = new LinkedHashMap<>();
    r.participation().forEach((k, v) -> participation.put(k.name(), v.toPlainString()));
    m.put("participation", participation);
    m.put("participationDenominator", r.participationDenominator());
    Map<String, Object> statements = new LinkedHashMap<>();
    r.statementsByType().forEach((k, v) -> statements.put(k.name(), v));
    m.put("statementsByTypeAndCategory", statements);
    Map<String, Object> decisions = new LinkedHashMap<>();
    decisions.put("count", r.decisions());
    decisions.put("withinTerm", r.decisionsWithinTerm());
    decisions.put("percentWithinTerm", r.decisionsWithinTermPercent().map(BigDecimal::toPlainString).orElse(null));
    m.put("decisionsInLast12Months", decisions);
    m.put("placementDutyCases", Map.of("open", r.openPlacementDutyCases(), "overdue", r.overduePlacementDutyCases()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", r.outOfSchool());
    out.put("population", r.population());
    out.put("perThousand", r.outOfSchoolPerThousand().map(BigDecimal::toPlainString).orElse(null));
    out.put("byDuration", names(r.outOfSchoolByDuration()));
    out.put("beyondNationalTarget", r.outOfSchoolBeyondNationalTarget());
    Map<String, Object> thuiszitters = new LinkedHashMap<>();
    thuiszitters.put("count", r.thuiszitters());
    thuiszitters.put("per1000", r.thuiszittersPerThousand().map(BigDecimal::toPlainString).orElse(null));
    out.put("thuiszitters", thuiszitters);
    Map<String, Object> absolute = new LinkedHashMap<>();
    absolute.put("count", r.absoluteAbsence());
    absolute.put("per1000", r.absoluteAbsencePerThousand().map(BigDecimal::toPlainString).orElse(null));
    out.put("absoluteAbsence", absolute);
    out.put("populationSource", r.populationSource().name());
    m.put("outOfSchool", out);
    m.put("exemptionsByGround", names(r.exemptionsByGround()));
    m.put("statementsEndingWithinSixMonths", r.statementsEndingWithinSixMonths());
    m.put("lwooDesignations", r.lwooDesignations());
    m.put("lwooDesignationsInForce", r.lwooDesignations());
    List<Map<String, Object>> targets = new ArrayList<>();
    for (TargetResult t : r.targets()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("metric", t.target().metric());
      tm.put("atMost", t.target().atMost());
      tm.put("percent", t.target().percent().toPlainString());
      tm.put("value", t.value().map(BigDecimal::toPlainString).orElse(null));
      tm.put("met", t.met().orElse(null));
      tm.put("source", t.target().source());
      tm.put("kind", t.target().kind().name());
      tm.put("status", t.status().name());
      tm.put("reason", t.reason());
      targets.add(tm);
    }
    m.put("targets", targets);
    return m;
  }

  static Map<String, Object> audit(AuditEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at().toString());
    m.put("actor", e.actor());
    m.put("action", e.action());
    m.put("subject", e.subject());
    m.put("reason", e.reason());
    return m;
  }

  private static <K extends Enum<K>> Map<String, Object> names(Map<K, Long> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.name(), v));
    return out;
  }
}
