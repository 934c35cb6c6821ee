package nl.passend.domain.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.Validation;

/**
 * Toelichting in gewone taal: the rules of an eligibility evaluation in Dutch, one sentence per rule
 * with its verdict, for the people a decision is about (the decision letter, R-DL-6). The sentences
 * are made from the scheme version's own parameters (IQ bands, delay norms), so that a letter says
 * what the partnership's policy says; every rule id a built-in scheme can give has its sentence, and
 * a rule id without one is refused rather than shown in English.
 */
public final class DutchExplanation {
  private DutchExplanation() {}

  /**
   * One rule in Dutch.
   *
   * @param ruleId the rule id, as in the evaluation
   * @param holds true, false, or empty when the known facts do not decide it
   * @param sentence the rule in Dutch
   */
  public record Line(String ruleId, Optional<Boolean> holds, String sentence) {
    /** Validates the line. */
    public Line {
      Validation.text(ruleId, "ruleId");
      Validation.present(holds, "holds");
      Validation.text(sentence, "sentence");
    }

    /** The verdict in Dutch: voldaan, niet voldaan, or niet vast te stellen. */
    public String verdict() {
      return holds.map(h -> h ? "voldaan" : "niet voldaan").orElse("niet vast te stellen");
    }
  }

  /**
   * The rules of {@code result} in Dutch, in the order of the evaluation (the scheme's own rule,
   * its conclusion, first).
   *
   * @param definition the scheme version that gave the result
   * @param result its evaluation
   * @throws IllegalArgumentException when a rule has no Dutch sentence
   */
  public static List<Line> of(SchemeDefinition definition, EligibilityResult result) {
    Validation.present(definition, "definition");
    Validation.present(result, "result");
    List<Line> lines = new ArrayList<>(result.rules().size());
    for (RuleOutcome rule : result.rules()) {
      lines.add(new Line(rule.id(), rule.holds(), sentence(definition, result, rule.id())));
    }
    return List.copyOf(lines);
  }

  /** The name of the scheme in Dutch, as a letter names it ("praktijkonderwijs", "cluster 4"). */
  public static String schemeName(Scheme scheme) {
    return switch (scheme) {
      case SBO -> "speciaal basisonderwijs (SBO)";
      case ZML -> "zeer moeilijk lerende kinderen (ZML, cluster 3)";
      case LZ -> "langdurig zieke kinderen (LZ, cluster 3)";
      case LG -> "lichamelijk gehandicapte kinderen (LG, cluster 3)";
      case MG -> "meervoudig gehandicapte kinderen (MG, cluster 3)";
      case CLUSTER_4 -> "cluster 4 (gedrags- en psychiatrische problematiek)";
      case PRO -> "praktijkonderwijs (PrO)";
      case LWOO -> "leerwegondersteunend onderwijs (LWOO)";
      case VSO -> "voortgezet speciaal onderwijs (VSO)";
    };
  }

  /** A finding in Dutch, as a clause ("er is een medische diagnose"). */
  public static String finding(Finding f) {
    return switch (f) {
      case MEDICAL_DIAGNOSIS -> "de stoornis of beperking is vastgesteld met een medische diagnose";
      case SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS -> "er zijn ernstige gedrags- en/of sociaal-emotionele problemen";
      case CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION -> "de problemen veroorzaken de onderwijsbeperking";
      case REGULAR_SUPPORT_EXHAUSTED -> "de passende interventies op school en thuis zijn gedaan en de reguliere ondersteuning schiet tekort";
      case VERY_LOW_SELF_RELIANCE -> "de (sociale) redzaamheid is zeer laag";
      case VERY_LIMITED_PROGRESS -> "de ontwikkeling gaat zeer beperkt vooruit";
      case FREQUENT_ABSENCE -> "de leerling verzuimt vaak";
      case LEARNING_DELAY -> "er is een leerachterstand";
      case COMORBID_DISORDER_IMPAIRING_LEARNING -> "een vastgestelde bijkomende stoornis belemmert het leren ernstig";
      case SOCIAL_EMOTIONAL_PROBLEMS -> "er is sociaal-emotionele problematiek";
      case EDUCATIONAL_REPORT_PRESENT -> "er is een onderwijskundig rapport";
      case SCHOOL_REACHED_LIMITS -> "de school heeft de grenzen bereikt van wat zij kan bieden";
      case SECOND_DISABILITY_DIAGNOSED -> "er is een tweede beperking vastgesteld";
      case SPECIFIC_LEARNING_DISORDER -> "er is een specifieke leerstoornis (lezen, spellen, rekenen of taal)";
      case DEVELOPMENTAL_DISORDER -> "er is een ontwikkelingsstoornis van aandacht, concentratie of sociaal contact";
      case BEHAVIOURAL_DISORDER -> "er is een gedragsstoornis (sociale vaardigheden, aanpassing, normen)";
      case LARGE_OVERALL_DELAY -> "er is een zeer grote algehele leerachterstand";
      case PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER -> "er is primair een ernstige gedragsstoornis";
      case COMPLEX_PSYCHIATRIC_PROBLEMS -> "er is zeer complexe psychiatrische problematiek";
      case CLEARLY_NEEDS_SPECIAL_SCHOOL -> "de leerling is duidelijk aangewezen op het speciaal onderwijs";
      case INTEGRATED_PROBLEM_ANALYSIS -> "uit een integrale probleemanalyse blijkt dat de school geen passend programma meer kan bieden";
      case CASCADE_MODEL_FOLLOWED -> "de school heeft een zorgvuldig ondersteuningstraject langs de stappen van het cascademodel gevolgd";
    };
  }

  /** An IQ band in Dutch: "een IQ van 55 tot en met 80". */
  static String iq(IqBand band) {
    return "een IQ van " + band.min() + " tot en met " + band.max();
  }

  /** A delay norm in Dutch. */
  static String delays(DomainThreshold t) {
    String measure = t.kind() == DomainThreshold.Kind.DLE
        ? "een DLE van " + t.low() + " tot en met " + t.high()
        : t.high() > 100 ? "een leerachterstand van ten minste " + t.low() + "%" : "een leerachterstand van " + t.low() + "% tot " + t.high() + "%";
    return measure + " op ten minste " + t.minDomains() + (t.minDomains() == 1 ? " leergebied" : " leergebieden")
        + (t.keyDomainRequired() ? (t.minDomains() == 1 ? ", en dat is" : ", waarvan één") + " rekenen-wiskunde of begrijpend lezen" : "");
  }

  private static String sentence(SchemeDefinition d, EligibilityResult r, String id) {
    Optional<String> s;
    if (d instanceof SchemeDefinition.Sbo sbo) {
      s = sbo(sbo, r, id);
    } else if (d instanceof SchemeDefinition.Zml zml) {
      s = zml(zml, r, id);
    } else if (d instanceof SchemeDefinition.Medical medical) {
      s = medical(medical, r, id);
    } else if (d instanceof SchemeDefinition.Cluster4) {
      s = cluster4(r, id);
    } else if (d instanceof SchemeDefinition.Pro pro) {
      s = pro(pro, r, id);
    } else if (d instanceof SchemeDefinition.LwooNational lwoo) {
      s = lwooNational(lwoo.bands(), r, id);
    } else if (d instanceof SchemeDefinition.LwooDle lwoo) {
      s = lwooDle(lwoo.delays(), r, id);
    } else if (d instanceof SchemeDefinition.VsoCascade) {
      s = vso(r, id);
    } else {
      s = committee((SchemeDefinition.CommitteeJudgement) d, id);
    }
    return s.orElseThrow(() -> new IllegalArgumentException("no Dutch sentence for rule " + id + " of scheme kind " + d.kind()));
  }

  private static String undecided(String name) {
    return "Of de leerling toelaatbaar is tot " + name + ", is pas vast te stellen als de ontbrekende gegevens er zijn.";
  }

  private static Optional<String> sbo(SchemeDefinition.Sbo d, EligibilityResult r, String id) {
    String name = schemeName(Scheme.SBO);
    return Optional.ofNullable(switch (id) {
      case "R-CRI-SBO" -> switch (r.outcome()) {
        case NOT_ELIGIBLE -> "Niet toelaatbaar tot het " + name + ": er geldt een uitsluitingsgrond van de richtlijnen.";
        case INSUFFICIENT_EVIDENCE -> "De richtlijnen zijn pas af te wegen als vaststaat dat er een onderwijskundig rapport is en dat de school"
            + " de grenzen heeft bereikt van wat zij kan bieden.";
        default -> "De commissie weegt de richtlijnen af; " + (r.matchedProfiles().isEmpty() ? "geen van de profielen past."
            : (r.matchedProfiles().size() == 1 ? "het passende profiel is " : "de passende profielen zijn ") + joined(r.matchedProfiles()) + ".");
      };
      case "R-CRI-SBO.exclusions" -> "Er geldt geen uitsluitingsgrond: een IQ onder " + d.exclusionIqBelow() + ", primair een ernstige"
          + " gedragsstoornis, zeer complexe psychiatrische problematiek of duidelijk aangewezen zijn op het speciaal onderwijs.";
      case "R-CRI-SBO.procedure" -> "Er is een onderwijskundig rapport en de school laat zien dat zij de grenzen heeft bereikt van wat zij kan bieden.";
      case "R-CRI-SBO.profile-1" -> "Profiel 1: een IQ van 55 tot en met 60, een zeer grote algehele leerachterstand, leerbaar en redelijk zelfredzaam.";
      case "R-CRI-SBO.profile-2" -> "Profiel 2: een IQ van 60 tot en met 75 met grote leerachterstanden en een specifieke leerstoornis.";
      case "R-CRI-SBO.profile-3" -> "Profiel 3: een IQ van 60 tot en met 75 met een grote algehele leerachterstand en een stoornis in aandacht,"
          + " concentratie of sociaal contact.";
      case "R-CRI-SBO.profile-4" -> "Profiel 4: een IQ van 70 of hoger met leerachterstanden en een specifieke leerstoornis, zonder verdere stoornis.";
      case "R-CRI-SBO.profile-5" -> "Profiel 5: een IQ van 70 of hoger met grote leerachterstanden op veel vakken en een ontwikkelingsstoornis.";
      case "R-CRI-SBO.profile-6" -> "Profiel 6: een IQ van 70 of hoger, met vooral een stoornis in aandacht, concentratie of contact.";
      case "R-CRI-SBO.profile-7" -> "Profiel 7: een IQ van 70 of hoger, met vooral een gedragsstoornis.";
      default -> null;
    });
  }

  private static Optional<String> zml(SchemeDefinition.Zml d, EligibilityResult r, String id) {
    boolean multiple = d.scheme() == Scheme.MG;
    String name = "het speciaal onderwijs voor " + schemeName(d.scheme());
    String own = multiple ? "R-CRI-C3-MG" : "R-CRI-C3-ZML";
    if (id.equals(own)) {
      return Optional.of(switch (r.outcome()) {
        case ELIGIBLE -> "Toelaatbaar tot " + name + ".";
        case NOT_ELIGIBLE -> "Niet toelaatbaar tot " + name + ": daarvoor is een IQ onder " + d.iqBelow() + " nodig"
            + (multiple ? " en een tweede beperking" : "") + ", en vanaf een IQ van " + d.iqOnItsOwnBelow() + " ook het verdere bewijs.";
        default -> undecided(name);
      });
    }
    return Optional.ofNullable(switch (id) {
      case "R-CRI-C3-ZML.iq" -> "Het IQ is lager dan " + d.iqBelow() + ".";
      case "R-CRI-C3-ZML.iq-alone" -> "Het IQ is lager dan " + d.iqOnItsOwnBelow() + "; dan hoeven een onderwijsbeperking en uitgeputte"
          + " ondersteuning niet te worden aangetoond.";
      case "R-CRI-C3-ZML.limitation" -> "Een zeer lage zelfredzaamheid en een zeer beperkte ontwikkeling zijn aangetoond.";
      case "R-CRI-C3-ZML.support-exhausted" -> "De reguliere ondersteuning is uitgeput.";
      case "R-CRI-C3-ZML.young-child" -> "Is het kind jonger dan " + d.youngerThan() + " jaar en is het IQ " + d.iqOnItsOwnBelow()
          + " of hoger, dan belemmert een vastgestelde bijkomende stoornis het leren ernstig (voor een ouder kind geldt deze eis niet).";
      case "R-CRI-C3-MG.second-disability" -> multiple ? "Er is een tweede beperking vastgesteld." : null;
      default -> null;
    });
  }

  private static Optional<String> medical(SchemeDefinition.Medical d, EligibilityResult r, String id) {
    String own = "R-CRI-C3-" + d.scheme().name();
    String name = "het speciaal onderwijs voor " + schemeName(d.scheme());
    if (id.equals(own)) {
      return Optional.of(switch (r.outcome()) {
        case ELIGIBLE -> "Toelaatbaar tot " + name + ": de medische diagnose, de onderwijsbeperking en de uitgeputte reguliere ondersteuning"
            + " zijn alle drie aangetoond.";
        case NOT_ELIGIBLE -> "Niet toelaatbaar tot " + name + ": een medische diagnose, een onderwijsbeperking en uitgeputte reguliere"
            + " ondersteuning moeten alle drie zijn aangetoond.";
        default -> undecided(name);
      });
    }
    String rule = id.startsWith(own + ".") ? id.substring(own.length() + 1) : "";
    return Optional.ofNullable(switch (rule) {
      case "diagnosis" -> "De stoornis of beperking is vastgesteld met een medische diagnose.";
      case "limitation" -> "Er is een onderwijsbeperking: een leerachterstand, een zeer lage zelfredzaamheid of veel verzuim.";
      case "support-exhausted" -> "De passende interventies zijn gedaan en de reguliere ondersteuning schiet tekort.";
      default -> null;
    });
  }

  private static Optional<String> cluster4(EligibilityResult r, String id) {
    String name = schemeName(Scheme.CLUSTER_4);
    return Optional.ofNullable(switch (id) {
      case "R-CRI-C4" -> switch (r.outcome()) {
        case ELIGIBLE -> "Toelaatbaar tot " + name + ": de ernstige problemen, hun oorzakelijk verband met de onderwijsbeperking en de"
            + " uitgeputte ondersteuning zijn alle drie aangetoond.";
        case NOT_ELIGIBLE -> "Niet toelaatbaar tot " + name + ": ernstige problemen, een oorzakelijk verband en uitgeputte ondersteuning"
            + " moeten alle drie zijn aangetoond.";
        default -> undecided(name);
      };
      case "R-CRI-C4.problems" -> "Er zijn ernstige gedrags- en/of sociaal-emotionele problemen.";
      case "R-CRI-C4.causal-link" -> "De problemen veroorzaken de onderwijsbeperking.";
      case "R-CRI-C4.support-exhausted" -> "De reguliere ondersteuning is uitgeput.";
      default -> null;
    });
  }

  private static Optional<String> pro(SchemeDefinition.Pro d, EligibilityResult r, String id) {
    String name = schemeName(Scheme.PRO);
    return Optional.ofNullable(switch (id) {
      case "R-CRI-PRO" -> switch (r.outcome()) {
        case ELIGIBLE -> "Toelaatbaar tot het " + name + ": " + iq(d.iqBand()) + " en leerachterstanden die groot genoeg zijn.";
        case NOT_ELIGIBLE -> "Niet toelaatbaar tot het " + name + ": daarvoor is " + iq(d.iqBand()) + " nodig en " + delays(d.delays()) + ".";
        case JUDGEMENT_REQUIRED -> "De commissie weegt de situatie af: het IQ ligt in de overgangszone"
            + d.judgementZone().map(z -> " van " + z.min() + " tot en met " + z.max()).orElse("")
            + ", of maar één criterium voor praktijkonderwijs is voldaan terwijl het andere aan het LWOO-criterium voldoet (art. 15d lid 6);"
            + " de ernst van de leerachterstanden beslist tussen praktijkonderwijs en vmbo met LWOO.";
        default -> undecided("het " + name);
      };
      case "R-CRI-PRO.iq" -> "De leerling heeft " + iq(d.iqBand()) + ".";
      case "R-CRI-PRO.delays" -> "Er is " + delays(d.delays()) + ".";
      case "R-CRI-PRO.transition-zone" -> d.judgementZone().map(z -> "Het IQ ligt in de overgangszone van " + z.min() + " tot en met " + z.max()
          + ", waar de ernst van de leerachterstanden beslist tussen praktijkonderwijs en vmbo met LWOO.").orElse(null);
      case "R-CRI-PRO.mixed-lwoo-delays" -> d.lwooRoute().map(l -> "Gemengd profiel (art. 15d lid 6): er is " + delays(l.delays()) + ".")
          .orElse(null);
      case "R-CRI-PRO.mixed-lwoo-iq" -> d.lwooRoute().map(l -> "Gemengd profiel (art. 15d lid 6): " + lwooIq(l) + ".").orElse(null);
      default -> null;
    });
  }

  private static String lwooIq(SchemeDefinition.LwooBands l) {
    return iq(l.lower()) + ", of " + iq(l.upper()) + " met sociaal-emotionele problematiek";
  }

  private static Optional<String> lwooNational(SchemeDefinition.LwooBands l, EligibilityResult r, String id) {
    return Optional.ofNullable(switch (id) {
      case "R-CRI-LWOO" -> switch (r.outcome()) {
        case ELIGIBLE -> "De leerling voldoet aan de landelijke criteria voor leerwegondersteunend onderwijs.";
        case NOT_ELIGIBLE -> "De leerling voldoet niet aan de landelijke criteria voor leerwegondersteunend onderwijs: daarvoor is "
            + lwooIq(l) + " nodig, en " + delays(l.delays()) + ".";
        default -> "Of de leerling aan de criteria voor leerwegondersteunend onderwijs voldoet, is pas vast te stellen als de ontbrekende"
            + " gegevens er zijn.";
      };
      case "R-CRI-LWOO.delays" -> "Er is " + delays(l.delays()) + ".";
      case "R-CRI-LWOO.iq-lower" -> "De leerling heeft " + iq(l.lower()) + ".";
      case "R-CRI-LWOO.iq-upper-with-problems" -> "De leerling heeft " + iq(l.upper()) + " en er is sociaal-emotionele problematiek.";
      default -> null;
    });
  }

  private static Optional<String> lwooDle(DomainThreshold t, EligibilityResult r, String id) {
    return Optional.ofNullable(switch (id) {
      case "R-CRI-LWOO" -> switch (r.outcome()) {
        case ELIGIBLE -> "De leerling heeft recht op leerwegondersteunend onderwijs: er is " + delays(t) + ".";
        case NOT_ELIGIBLE -> "De leerling heeft geen recht op leerwegondersteunend onderwijs: daarvoor is " + delays(t) + " nodig.";
        default -> "Of de leerling recht heeft op leerwegondersteunend onderwijs, is pas vast te stellen als de ontbrekende leerresultaten"
            + " er zijn.";
      };
      case "R-CRI-LWOO.delays" -> "Er is " + delays(t) + ".";
      default -> null;
    });
  }

  private static Optional<String> vso(EligibilityResult r, String id) {
    String name = "het " + schemeName(Scheme.VSO);
    return Optional.ofNullable(switch (id) {
      case "R-CRI-VSO" -> switch (r.outcome()) {
        case ELIGIBLE -> "Toelaatbaar tot " + name + ": zowel de integrale probleemanalyse (A) als het doorlopen cascademodel (B) is aangetoond.";
        case JUDGEMENT_REQUIRED -> "De commissie weegt de situatie af: de integrale probleemanalyse (A) en het doorlopen cascademodel (B)"
            + " zijn niet allebei aangetoond.";
        default -> "Of de leerling toelaatbaar is tot " + name + ", is pas vast te stellen als (A) en (B) bekend zijn.";
      };
      case "R-CRI-VSO.A" -> "(A) Uit een integrale probleemanalyse blijkt dat de school geen passend programma meer kan bieden.";
      case "R-CRI-VSO.B" -> "(B) De school heeft een zorgvuldig ondersteuningstraject langs de stappen van het cascademodel gevolgd.";
      default -> null;
    });
  }

  private static Optional<String> committee(SchemeDefinition.CommitteeJudgement d, String id) {
    String own = "R-CRI-" + d.scheme().name() + "-JUDGEMENT";
    if (id.equals(own)) {
      return Optional.of("Het samenwerkingsverband heeft voor " + schemeName(d.scheme()) + " geen criteria vastgesteld; de commissie weegt"
          + " de gegevens hieronder af.");
    }
    if (!id.startsWith(own + ".")) {
      return Optional.empty();
    }
    String rule = id.substring(own.length() + 1);
    if (d.weighsIqAndDelays() && rule.equals("iq")) {
      return Optional.of("Af te wegen: " + iq(IqBand.of(55, 80)) + ".");
    }
    if (d.weighsIqAndDelays() && rule.equals("delays")) {
      return Optional.of("Af te wegen: " + delays(DomainThreshold.delayAtLeast(50)) + ".");
    }
    return Finding.fromJsonName(rule).filter(d.weighed()::contains).map(f -> "Af te wegen: " + finding(f) + ".");
  }

  private static String joined(List<Integer> numbers) {
    List<String> words = numbers.stream().map(String::valueOf).toList();
    return words.size() == 1 ? words.get(0) : String.join(", ", words.subList(0, words.size() - 1)) + " en " + words.get(words.size() - 1);
  }
}
