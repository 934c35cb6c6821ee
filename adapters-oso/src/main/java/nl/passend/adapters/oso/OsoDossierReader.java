package nl.passend.adapters.oso;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.passend.application.common.UnreadableDocumentException;
import nl.passend.application.transfer.port.out.TransferDossierReader;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.transfer.TransferDossier;
import nl.passend.domain.transfer.TransferDossier.Warning;

/**
 * Reads an OSO dossier (Edustandaard's data set for the transfer of a pupil's file; namespaces
 * {@code http://www.edustandaard.nl/oso_gegevensset/<version>/dossier} for 1.1, 1.2 and 2016 to 2019)
 * into a {@link TransferDossier}. The mapping, element by element, is documented in {@code docs/oso.md}.
 *
 * <p>It never guesses: a fact that is missing, ambiguous or impossible is left out and named in the
 * warnings (two IQ tests that disagree, several IQ scores in one test, a DLE above its DL, a DL that
 * would have to be derived, a domain named only in a test's free-text name). Elements are found by
 * name below the pupil, so that the versions' small differences in nesting read alike.
 */
public final class OsoDossierReader implements TransferDossierReader {
  /** The default size limit: 20 MB, room for a dossier with embedded documents. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  private static final Pattern NAMESPACE = Pattern.compile("http://www\\.edustandaard\\.nl/oso_gegevensset/(1\\.1|1\\.2|2016|2017|2018|2019)/dossier");
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([zZ]|[+-]\\d{2}:\\d{2})?");

  private final long maxBytes;

  /** A reader with the default size limit. */
  public OsoDossierReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that refuses dossiers over {@code maxBytes}. */
  public OsoDossierReader(long maxBytes) {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("the size limit is at least 1024 bytes");
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public TransferDossier read(InputStream dossier) {
    XmlTree.Node root = XmlTree.parse(dossier, maxBytes);
    if (!root.name().equals("dossier")) {
      throw new UnreadableDocumentException("/" + root.name(), "an OSO dossier has the root element dossier", false);
    }
    if (!NAMESPACE.matcher(root.namespace()).matches()) {
      throw new UnreadableDocumentException("/dossier", "the namespace '" + abbreviate(root.namespace())
          + "' is not one of the OSO data set (http://www.edustandaard.nl/oso_gegevensset/<version>/dossier, versions 1.1 to 2019)", false);
    }
    return new Mapping(root).dossier();
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** One dossier's mapping, collecting warnings as it goes. */
  private static final class Mapping {
    private final XmlTree.Node root;
    private final List<Warning> warnings = new ArrayList<>();

    Mapping(XmlTree.Node root) {
      this.root = root;
    }

    TransferDossier dossier() {
      XmlTree.Node metadata = required(root, "metadata", "/dossier");
      String version = metadata.text("standaardversie").orElseThrow(() -> new UnreadableDocumentException("/dossier/metadata/standaardversie",
          "is required", false));
      XmlTree.Node school = required(root, "huidigeschool", "/dossier");
      XmlTree.Node pupil = required(school, "leerling", "/dossier/huidigeschool");
      Optional<LocalDate> born = date(pupil.text("geboortedatum"), "dateOfBirth");
      Optional<BrinCode> brin = brin(school.text("brincode"), school.text("vestigingscode"), "student.schoolBrin");
      Optional<SchoolType> type = school.text("soort").flatMap(s -> schoolType(s, "student.schoolType"));
      Facts facts = facts(pupil);
      Optional<Assessment> assessment = assessment(born, facts, metadata.text("datum"));
      return new TransferDossier(version, metadata.text("overstap"), new TransferDossier.Pupil(born, brin, type), pupil.text("leerlingid"),
          assessment, facts.sources, career(pupil), plans(pupil), statements(pupil), lwoo(pupil), diagnoses(pupil), arrangements(pupil),
          withheld(metadata), warnings);
    }

    private static XmlTree.Node required(XmlTree.Node parent, String name, String parentPath) {
      return parent.child(name).orElseThrow(() -> new UnreadableDocumentException(parentPath + "/" + name, "is required", false));
    }

    // ----- values -----

    private Optional<LocalDate> date(Optional<String> text, String field) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Matcher m = DATE.matcher(text.get());
      if (m.matches()) {
        try {
          return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      warnings.add(new Warning(field, "'" + abbreviate(text.get()) + "' is not a date (YYYY-MM-DD); left out"));
      return Optional.empty();
    }

    private Optional<Integer> integer(Optional<String> text, String field) {
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(text.get().strip()));
      } catch (NumberFormatException e) {
        warnings.add(new Warning(field, "'" + abbreviate(text.get()) + "' is not a whole number; left out"));
        return Optional.empty();
      }
    }

    private Optional<BrinCode> brin(Optional<String> code, Optional<String> establishment, String field) {
      if (code.isEmpty()) {
        return Optional.empty();
      }
      String value = code.get().strip().toUpperCase(Locale.ROOT) + establishment.map(String::strip).orElse("");
      try {
        return Optional.of(BrinCode.of(value));
      } catch (InvalidValueException e) {
        warnings.add(new Warning(field, "'" + abbreviate(value) + "' is not a BRIN code with establishment number; left out"));
        return Optional.empty();
      }
    }

    /** OSO's school kinds ({@code soort}, {@code schoolsoort}) as Passend's school types. */
    private Optional<SchoolType> schoolType(String kind, String field) {
      String k = kind.strip().toUpperCase(Locale.ROOT).replace(" ", "");
      Optional<SchoolType> type = switch (k) {
        case "BAO", "BO", "PO" -> Optional.of(SchoolType.BO);
        case "SBAO", "SBO" -> Optional.of(SchoolType.SBO);
        case "SO" -> Optional.of(SchoolType.SO);
        case "VSO" -> Optional.of(SchoolType.VSO);
        case "VO" -> Optional.of(SchoolType.VO);
        case "PRO", "PRAKTIJKONDERWIJS" -> Optional.of(SchoolType.PRO);
        default -> Optional.empty();
      };
      if (type.isEmpty()) {
        warnings.add(new Warning(field, "the school kind '" + abbreviate(kind) + "' is none of BAO, SBAO, SO, VSO, VO, PRO; left out"));
      }
      return type;
    }

    // ----- test results -----

    private record Candidate(String test, LocalDate date, Optional<Integer> yearGroup, int value) {}

    private record DomainCandidate(String test, LocalDate date, Optional<Integer> yearGroup, DomainResult result) {}

    private static final class Facts {
      Optional<Candidate> iq = Optional.empty();
      final Map<LearningDomain, DomainCandidate> domains = new EnumMap<>(LearningDomain.class);
      final List<TransferDossier.Source> sources = new ArrayList<>();
    }

    private Facts facts(XmlTree.Node pupil) {
      List<Candidate> iqs = new ArrayList<>();
      Map<LearningDomain, List<DomainCandidate>> byDomain = new EnumMap<>(LearningDomain.class);
      for (XmlTree.Node test : pupil.descendants("toets")) {
        XmlTree.Node id = test.child("toetsidentificatie").orElse(test);
        String code = id.text("eldtoetscode").or(() -> id.text("toetsnaam")).orElse("(unnamed test)");
        Optional<XmlTree.Node> taken = test.child("afname");
        Optional<LocalDate> when = date(taken.flatMap(a -> a.text("afnamedatum")), "sources");
        Optional<Integer> yearGroup = integer(taken.flatMap(a -> a.text("jaargroep")), "sources");
        List<Integer> testIqs = scores(test.all("resultaat"), "IQ");
        List<Integer> partIqs = new ArrayList<>();
        test.all("toetsonderdeel").forEach(part -> partIqs.addAll(scores(part.all("resultaat"), "IQ")));
        if (!testIqs.isEmpty() || !partIqs.isEmpty()) {
          iqOf(code, when, yearGroup, testIqs, partIqs).ifPresent(iqs::add);
        }
        List<Integer> dles = scores(test.all("resultaat"), "DLE");
        if (!dles.isEmpty()) {
          domainOf(id, code, when, yearGroup, taken, dles).ifPresent(c -> byDomain.computeIfAbsent(c.domain, d -> new ArrayList<>()).add(c.candidate));
        }
      }
      Facts facts = new Facts();
      facts.iq = chooseIq(iqs);
      facts.iq.ifPresent(c -> facts.sources.add(new TransferDossier.Source("iq", c.test, c.date, c.yearGroup)));
      byDomain.forEach((domain, list) -> chooseDomain(domain, list).ifPresent(c -> {
        facts.domains.put(domain, c);
        facts.sources.add(new TransferDossier.Source("domains." + domain.name(), c.test, c.date, c.yearGroup));
      }));
      return facts;
    }

    /** The values of the reference scores with this code ({@code codereferentiescore}) in these results. */
    private List<Integer> scores(List<XmlTree.Node> results, String kind) {
      List<Integer> out = new ArrayList<>();
      for (XmlTree.Node result : results) {
        for (XmlTree.Node score : result.all("referentiescore")) {
          if (score.text("codereferentiescore").map(c -> c.strip().equalsIgnoreCase(kind)).orElse(false)) {
            integer(score.text("waarde"), kind.equals("IQ") ? "iq" : "domains").ifPresent(out::add);
          }
        }
      }
      return out;
    }

    private Optional<Candidate> iqOf(String code, Optional<LocalDate> when, Optional<Integer> yearGroup, List<Integer> testIqs, List<Integer> partIqs) {
      if (when.isEmpty()) {
        warnings.add(new Warning("iq", "test " + code + " gives an IQ without the date it was taken; left out"));
        return Optional.empty();
      }
      if (testIqs.size() != 1 || !partIqs.isEmpty()) {
        List<Integer> all = new ArrayList<>(testIqs);
        all.addAll(partIqs);
        warnings.add(new Warning("iq", "test " + code + " of " + when.get() + " gives several IQ scores " + all
            + " (a total and its parts); none is taken from it, the committee names the one that counts"));
        return Optional.empty();
      }
      int value = testIqs.get(0);
      if (value < 30 || value > 160) {
        warnings.add(new Warning("iq", "test " + code + " gives IQ " + value + ", outside 30 to 160; left out"));
        return Optional.empty();
      }
      return Optional.of(new Candidate(code, when.get(), yearGroup, value));
    }

    private Optional<Candidate> chooseIq(List<Candidate> iqs) {
      if (iqs.size() <= 1) {
        return iqs.stream().findFirst();
      }
      if (iqs.stream().map(Candidate::value).distinct().count() == 1) {
        Candidate latest = iqs.stream().max(Comparator.comparing(Candidate::date)).orElseThrow();
        warnings.add(new Warning("iq", iqs.size() + " IQ tests agree on " + latest.value + "; the most recent (" + latest.test + ") is given as the source"));
        return Optional.of(latest);
      }
      warnings.add(new Warning("iq", "several IQ tests disagree (" + iqs.stream().map(c -> c.test + " " + c.date + ": " + c.value).toList()
          + "); the IQ is left out, the committee names the one that counts"));
      return Optional.empty();
    }

    private record Found(LearningDomain domain, DomainCandidate candidate) {}

    private Optional<Found> domainOf(XmlTree.Node id, String code, Optional<LocalDate> when, Optional<Integer> yearGroup,
        Optional<XmlTree.Node> taken, List<Integer> dles) {
      Optional<String> area = id.text("leergebied");
      Optional<LearningDomain> domain = area.flatMap(Mapping::learningDomain);
      if (domain.isEmpty()) {
        String named = area.map(a -> "its learning area '" + abbreviate(a) + "'").orElse("only its free-text name '" + abbreviate(id.text("toetsnaam")
            .orElse(code)) + "'");
        warnings.add(new Warning("domains", "test " + code + " gives a DLE, but " + named + " names no domain Passend knows "
            + "(technisch lezen, begrijpend lezen, spelling, rekenen); left out"));
        return Optional.empty();
      }
      String field = "domains." + domain.get().name();
      if (dles.size() > 1) {
        warnings.add(new Warning(field, "test " + code + " gives several DLEs " + dles + "; left out"));
        return Optional.empty();
      }
      if (when.isEmpty()) {
        warnings.add(new Warning(field, "test " + code + " gives a DLE without the date it was taken; left out"));
        return Optional.empty();
      }
      Optional<Integer> dl = integer(taken.flatMap(a -> a.text("dl")), field + ".dl");
      if (dl.isEmpty()) {
        warnings.add(new Warning(field, "test " + code + " of " + when.get() + " gives DLE " + dles.get(0) + " without its DL; the DL is not derived "
            + "from the year group and date, so the result is left out"));
        return Optional.empty();
      }
      int dle = dles.get(0);
      if (dle > dl.get()) {
        warnings.add(new Warning(field, "test " + code + " of " + when.get() + " gives DLE " + dle + " above its DL " + dl.get() + "; left out"));
        return Optional.empty();
      }
      try {
        return Optional.of(new Found(domain.get(), new DomainCandidate(code, when.get(), yearGroup, new DomainResult(dl.get(), dle))));
      } catch (InvalidValueException e) {
        warnings.add(new Warning(field, "test " + code + " of " + when.get() + ": " + e.reason() + "; left out"));
        return Optional.empty();
      }
    }

    private Optional<DomainCandidate> chooseDomain(LearningDomain domain, List<DomainCandidate> list) {
      DomainCandidate latest = list.stream().max(Comparator.comparing(DomainCandidate::date)).orElseThrow();
      if (list.size() > 1) {
        warnings.add(new Warning("domains." + domain.name(), list.size() + " tests give a result; the most recent (" + latest.test + " of "
            + latest.date + ") is taken"));
      }
      return Optional.of(latest);
    }

    /** The learning domain of an OSO learning area ({@code leergebied}). */
    private static Optional<LearningDomain> learningDomain(String area) {
      String a = area.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
      if (a.equals("technisch lezen") || a.equals("dmt") || a.equals("avi")) {
        return Optional.of(LearningDomain.TECHNICAL_READING);
      }
      if (a.equals("begrijpend lezen") || a.equals("begrijpend luisteren en lezen")) {
        return Optional.of(LearningDomain.READING_COMPREHENSION);
      }
      if (a.equals("spelling") || a.equals("spellen")) {
        return Optional.of(LearningDomain.SPELLING);
      }
      if (a.equals("rekenen") || a.equals("rekenen wiskunde") || a.equals("rekenen en wiskunde") || a.equals("inzichtelijk rekenen")) {
        return Optional.of(LearningDomain.ARITHMETIC);
      }
      return Optional.empty();
    }

    private Optional<Assessment> assessment(Optional<LocalDate> born, Facts facts, Optional<String> dossierDate) {
      Optional<LocalDate> latestFact = facts.sources.stream().map(TransferDossier.Source::date).max(Comparator.naturalOrder());
      Optional<LocalDate> on = latestFact.or(() -> date(dossierDate, "assessment.assessmentDate"));
      if (on.isEmpty()) {
        warnings.add(new Warning("assessment", "the dossier gives no test date and no date of its own; no assessment"));
        return Optional.empty();
      }
      Map<LearningDomain, DomainResult> domains = new EnumMap<>(LearningDomain.class);
      facts.domains.forEach((d, c) -> domains.put(d, c.result));
      Optional<LocalDate> dob = born;
      if (dob.isPresent() && dob.get().isAfter(on.get())) {
        warnings.add(new Warning("assessment.dateOfBirth", "the date of birth lies after the assessment date " + on.get() + "; left out"));
        dob = Optional.empty();
      }
      return Optional.of(new Assessment(on.get(), dob, facts.iq.map(Candidate::value), domains, Map.of()));
    }

    // ----- the rest of the file -----

    private List<TransferDossier.SchoolPeriod> career(XmlTree.Node pupil) {
      List<TransferDossier.SchoolPeriod> out = new ArrayList<>();
      List<XmlTree.Node> periods = pupil.descendants("schoolloopbaan");
      for (int i = 0; i < periods.size(); i++) {
        XmlTree.Node p = periods.get(i);
        String field = "schoolCareer[" + i + "]";
        Optional<LocalDate> from = date(p.text("begindatum"), field + ".from");
        Optional<BrinCode> school = brin(p.text("brincode"), p.text("vestigingscode"), field + ".schoolBrin");
        if (from.isEmpty() || school.isEmpty()) {
          warnings.add(new Warning(field, "a period without its first day or its school; left out"));
          continue;
        }
        out.add(new TransferDossier.SchoolPeriod(p.text("schooljaar").orElse(""), integer(p.text("jaargroep"), field + ".yearGroup"), from.get(),
            date(p.text("einddatum"), field + ".until"), school.get(), p.text("schoolsoort").flatMap(s -> schoolType(s, field + ".schoolType"))));
      }
      return out;
    }

    private List<TransferDossier.Period> plans(XmlTree.Node pupil) {
      List<TransferDossier.Period> out = new ArrayList<>();
      List<XmlTree.Node> plans = pupil.descendants("opp");
      for (int i = 0; i < plans.size(); i++) {
        XmlTree.Node p = plans.get(i);
        Optional<LocalDate> from = date(p.text("opp_ingangdatum"), "developmentPlans[" + i + "].from");
        if (from.isEmpty()) {
          warnings.add(new Warning("developmentPlans[" + i + "]", "a plan without its first day; left out"));
          continue;
        }
        out.add(new TransferDossier.Period(from.get(), date(p.text("opp_einddatum"), "developmentPlans[" + i + "].until")));
      }
      return out;
    }

    private List<TransferDossier.EarlierStatement> statements(XmlTree.Node pupil) {
      List<TransferDossier.EarlierStatement> out = new ArrayList<>();
      List<XmlTree.Node> found = pupil.descendants("tlv");
      for (int i = 0; i < found.size(); i++) {
        XmlTree.Node t = found.get(i);
        String field = "statements[" + i + "]";
        Optional<LocalDate> start = date(t.text("tlvingangdatum"), field + ".startDate");
        Optional<String> number = t.text("tlvbeschikkingsnummer");
        if (start.isEmpty() || number.isEmpty()) {
          warnings.add(new Warning(field, "a statement without its number or first day; left out"));
          continue;
        }
        out.add(new TransferDossier.EarlierStatement(number.get(), t.text("tlvswvnummer").orElse(""),
            t.text("tlvcategorie").flatMap(c -> category(c, field + ".fundingCategory")), start.get(), date(t.text("tlveinddatum"), field + ".endDate")));
      }
      return out;
    }

    private Optional<FundingCategory> category(String code, String field) {
      if (code.strip().equalsIgnoreCase("NVT")) {
        // Codelijst 31: "niet van toepassing", a statement without a category (SBO, PrO): nothing to warn about.
        return Optional.empty();
      }
      Optional<FundingCategory> c = switch (code.strip().toUpperCase(Locale.ROOT)) {
        case "L", "1", "LAAG" -> Optional.of(FundingCategory.LOW);
        case "M", "2", "MIDDEN" -> Optional.of(FundingCategory.MEDIUM);
        case "H", "3", "HOOG" -> Optional.of(FundingCategory.HIGH);
        default -> Optional.empty();
      };
      if (c.isEmpty()) {
        warnings.add(new Warning(field, "the category '" + abbreviate(code) + "' is none of L, M, H, Nvt; left out"));
      }
      return c;
    }

    private List<TransferDossier.EarlierLwoo> lwoo(XmlTree.Node pupil) {
      List<TransferDossier.EarlierLwoo> out = new ArrayList<>();
      List<XmlTree.Node> found = pupil.descendants("lwoo");
      for (int i = 0; i < found.size(); i++) {
        XmlTree.Node l = found.get(i);
        String field = "lwooDesignations[" + i + "]";
        Optional<LocalDate> start = date(l.text("lwoo_ingangdatum"), field + ".startDate");
        Optional<String> number = l.text("lwoo_beschikkingsnummer");
        if (start.isEmpty() || number.isEmpty()) {
          warnings.add(new Warning(field, "a designation without its number or first day; left out"));
          continue;
        }
        out.add(new TransferDossier.EarlierLwoo(number.get(), l.text("lwoo_swvnummer").orElse(""), start.get(),
            date(l.text("lwoo_einddatum"), field + ".endDate")));
      }
      return out;
    }

    private List<TransferDossier.Diagnosis> diagnoses(XmlTree.Node pupil) {
      List<TransferDossier.Diagnosis> out = new ArrayList<>();
      List<XmlTree.Node> found = pupil.descendants("diagnose");
      for (int i = 0; i < found.size(); i++) {
        XmlTree.Node d = found.get(i);
        List<String> codes = d.all("code").stream().map(XmlTree.Node::text).filter(t -> !t.isEmpty()).toList();
        if (codes.isEmpty()) {
          warnings.add(new Warning("diagnoses[" + i + "]", "a diagnosis without a code; left out"));
          continue;
        }
        out.add(new TransferDossier.Diagnosis(codes, date(d.text("datum"), "diagnoses[" + i + "].date")));
      }
      return out;
    }

    private List<TransferDossier.Arrangement> arrangements(XmlTree.Node pupil) {
      List<TransferDossier.Arrangement> out = new ArrayList<>();
      for (String element : List.of("arrangement_pao", "arrangement_cluster12", "arrangement")) {
        List<XmlTree.Node> found = pupil.descendants(element);
        for (XmlTree.Node a : found) {
          String kind = element.equals("arrangement") ? a.text("soort_arrangement").orElse("arrangement") : element.substring("arrangement_".length());
          Optional<LocalDate> on = date(a.text("arrangement_datum"), "arrangements");
          if (on.isEmpty()) {
            warnings.add(new Warning("arrangements", "an arrangement (" + kind + ") without its date; left out"));
            continue;
          }
          out.add(new TransferDossier.Arrangement(kind, on.get(), date(a.text("arrangement_einddatum"), "arrangements"),
              a.text("arrangement_beschikkingsnr")));
        }
      }
      return out;
    }

    /** The categories the guardians withheld ({@code OPT-UIT} in {@code categorie_uitlevering}), without the {@code cat_} prefix. */
    private static List<String> withheld(XmlTree.Node metadata) {
      return metadata.child("categorie_uitlevering").map(c -> c.children().stream()
          .filter(x -> x.text().strip().equalsIgnoreCase("OPT-UIT"))
          .map(x -> x.name().startsWith("cat_") ? x.name().substring(4) : x.name()).toList()).orElse(List.of());
    }
  }
}
