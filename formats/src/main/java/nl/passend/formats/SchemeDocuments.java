package nl.passend.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.eligibility.DomainThreshold;
import nl.passend.domain.eligibility.EligibilityScheme;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.IqBand;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.eligibility.SchemeDefinition;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * The {@code parameters} of an eligibility scheme in a policy document, one record per kind, read
 * and written by Jackson and mapped to the domain's typed {@link SchemeDefinition}. Numbers are
 * boxed so that a missing one is named rather than read as 0.
 */
final class SchemeDocuments {
  private SchemeDocuments() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Band(Integer min, Integer max) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Delays(DomainThreshold.Kind kind, Integer low, Integer high, Integer minDomains, Boolean keyDomainRequired) {}

  record Sbo(Integer exclusionIqBelow) {}

  record Zml(SchoolType schoolType, FundingCategory fundingCategory, Integer iqBelow, Integer iqOnItsOwnBelow, Integer youngerThan) {}

  record Placed(SchoolType schoolType, FundingCategory fundingCategory) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Pro(Band iqBand, Band judgementZone, Delays delays, Lwoo lwooRoute) {}

  record Lwoo(Band lower, Band upper, Delays delays) {}

  record Dle(Delays delays) {}

  record Vso(FundingCategory fundingCategory) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Committee(SchoolType schoolType, FundingCategory fundingCategory, List<String> weighed, Boolean weighsIqAndDelays) {}

  /** The kinds a document may name, with the record of their parameters. */
  private static final Map<String, Class<?>> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("SBO_GUIDELINES", Sbo.class);
    KINDS.put("ZML", Zml.class);
    KINDS.put("MEDICAL", Placed.class);
    KINDS.put("CLUSTER_4", Placed.class);
    KINDS.put("PRO", Pro.class);
    KINDS.put("LWOO_NATIONAL", Lwoo.class);
    KINDS.put("LWOO_DLE", Dle.class);
    KINDS.put("VSO_CASCADE", Vso.class);
    KINDS.put("COMMITTEE_JUDGEMENT", Committee.class);
  }

  /** The parameters of a definition as a JSON object. */
  static JsonNode write(SchemeDefinition d) {
    Object doc;
    if (d instanceof SchemeDefinition.Sbo s) {
      doc = new Sbo(s.exclusionIqBelow());
    } else if (d instanceof SchemeDefinition.Zml z) {
      doc = new Zml(z.schoolType(), z.fundingCategory(), z.iqBelow(), z.iqOnItsOwnBelow(), z.youngerThan());
    } else if (d instanceof SchemeDefinition.Medical m) {
      doc = new Placed(m.schoolType(), m.fundingCategory());
    } else if (d instanceof SchemeDefinition.Cluster4 c) {
      doc = new Placed(c.schoolType(), c.fundingCategory());
    } else if (d instanceof SchemeDefinition.Pro p) {
      doc = new Pro(band(p.iqBand()), p.judgementZone().map(SchemeDocuments::band).orElse(null), delays(p.delays()),
          p.lwooRoute().map(SchemeDocuments::lwoo).orElse(null));
    } else if (d instanceof SchemeDefinition.LwooNational l) {
      doc = lwoo(l.bands());
    } else if (d instanceof SchemeDefinition.LwooDle l) {
      doc = new Dle(delays(l.delays()));
    } else if (d instanceof SchemeDefinition.VsoCascade v) {
      doc = new Vso(v.fundingCategory());
    } else {
      SchemeDefinition.CommitteeJudgement c = (SchemeDefinition.CommitteeJudgement) d;
      doc = new Committee(c.schoolType(), c.fundingCategory().orElse(null), c.weighed().stream().sorted().map(Finding::jsonName).toList(),
          c.weighsIqAndDelays());
    }
    return StrictJson.mapper().valueToTree(doc);
  }

  private static Band band(IqBand b) {
    return new Band(b.min(), b.max());
  }

  private static Delays delays(DomainThreshold t) {
    return new Delays(t.kind(), t.low(), t.high(), t.minDomains(), t.keyDomainRequired());
  }

  private static Lwoo lwoo(SchemeDefinition.LwooBands l) {
    return new Lwoo(band(l.lower()), band(l.upper()), delays(l.delays()));
  }

  /**
   * Reads one scheme of a document and builds it.
   *
   * @param at the scheme's place in the document, such as {@code eligibility[2]}, for the error
   * @throws InvalidValueException naming the field below {@code at} that is wrong
   */
  static EligibilityScheme read(String kindName, Scheme scheme, LocalDate effectiveFrom, JsonNode parameters, String at) {
    if (kindName == null || kindName.isBlank()) {
      throw new InvalidValueException(at + ".kind", "is required; allowed: " + String.join(", ", KINDS.keySet()));
    }
    String kind = kindName.toUpperCase(Locale.ROOT);
    Class<?> type = KINDS.get(kind);
    if (type == null) {
      throw new InvalidValueException(at + ".kind", "'" + kindName + "' is not a kind of scheme; allowed: " + String.join(", ", KINDS.keySet()));
    }
    if (scheme == null) {
      throw new InvalidValueException(at + ".scheme", "is required");
    }
    if (effectiveFrom == null) {
      throw new InvalidValueException(at + ".effectiveFrom", "is required");
    }
    Reader r = new Reader(at + ".parameters.");
    Object doc = r.parse(parameters == null || parameters.isNull() ? JsonNodeFactory.instance.objectNode() : parameters, type);
    SchemeDefinition d = switch (kind) {
      case "SBO_GUIDELINES" -> new SchemeDefinition.Sbo(effectiveFrom, r.need(((Sbo) doc).exclusionIqBelow(), "exclusionIqBelow"));
      case "ZML" -> {
        Zml z = (Zml) doc;
        yield new SchemeDefinition.Zml(scheme, effectiveFrom, r.need(z.schoolType(), "schoolType"), r.need(z.fundingCategory(), "fundingCategory"),
            r.need(z.iqBelow(), "iqBelow"), r.need(z.iqOnItsOwnBelow(), "iqOnItsOwnBelow"), r.need(z.youngerThan(), "youngerThan"));
      }
      case "MEDICAL" -> {
        Placed p = (Placed) doc;
        yield new SchemeDefinition.Medical(scheme, effectiveFrom, r.need(p.schoolType(), "schoolType"), r.need(p.fundingCategory(), "fundingCategory"));
      }
      case "CLUSTER_4" -> {
        Placed p = (Placed) doc;
        yield new SchemeDefinition.Cluster4(effectiveFrom, r.need(p.schoolType(), "schoolType"), r.need(p.fundingCategory(), "fundingCategory"));
      }
      case "PRO" -> {
        Pro p = (Pro) doc;
        yield new SchemeDefinition.Pro(effectiveFrom, r.band(p.iqBand(), "iqBand"),
            Optional.ofNullable(p.judgementZone()).map(z -> r.band(z, "judgementZone")), r.delays(p.delays(), "delays"),
            Optional.ofNullable(p.lwooRoute()).map(l -> r.lwoo(l, "lwooRoute.")));
      }
      case "LWOO_NATIONAL" -> new SchemeDefinition.LwooNational(effectiveFrom, r.lwoo((Lwoo) doc, ""));
      case "LWOO_DLE" -> new SchemeDefinition.LwooDle(effectiveFrom, r.delays(((Dle) doc).delays(), "delays"));
      case "VSO_CASCADE" -> new SchemeDefinition.VsoCascade(effectiveFrom, r.need(((Vso) doc).fundingCategory(), "fundingCategory"));
      default -> {
        Committee c = (Committee) doc;
        Set<Finding> weighed = EnumSet.noneOf(Finding.class);
        for (String name : r.need(c.weighed(), "weighed")) {
          weighed.add(Finding.fromJsonName(name).orElseThrow(() -> new InvalidValueException(r.prefix + "weighed", "'" + name + "' is not a finding")));
        }
        yield new SchemeDefinition.CommitteeJudgement(scheme, effectiveFrom, r.need(c.schoolType(), "schoolType"), Optional.ofNullable(c.fundingCategory()),
            weighed, r.need(c.weighsIqAndDelays(), "weighsIqAndDelays"));
      }
    };
    if (d.scheme() != scheme) {
      throw new InvalidValueException(at + ".scheme", kind + " implements scheme " + d.scheme() + ", not " + scheme);
    }
    try {
      return d.build();
    } catch (InvalidValueException e) {
      // The scheme's own checks name its constructor's argument: the scheme, or one of the parameters.
      throw new InvalidValueException(e.field().equals("scheme") ? at + ".scheme" : r.prefix + e.field(), e.reason());
    }
  }

  /** Reads the parameters of one scheme, naming a bad field with its full path. */
  private record Reader(String prefix) {
    Object parse(JsonNode node, Class<?> type) {
      try {
        return StrictJson.mapper().treeToValue(node, type);
      } catch (JsonProcessingException e) {
        StrictJson.Problem p = StrictJson.problem(e);
        throw new InvalidValueException(p.field().isEmpty() ? prefix.substring(0, prefix.length() - 1) : prefix + p.field(), p.reason());
      }
    }

    <T> T need(T value, String field) {
      if (value == null) {
        throw new InvalidValueException(prefix + field, "is required");
      }
      return value;
    }

    IqBand band(Band b, String field) {
      need(b, field);
      int min = need(b.min(), field + ".min");
      int max = need(b.max(), field + ".max");
      try {
        return new IqBand(min, max);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(prefix + field, e.reason());
      }
    }

    DomainThreshold delays(Delays t, String field) {
      need(t, field);
      DomainThreshold.Kind kind = need(t.kind(), field + ".kind");
      int low = need(t.low(), field + ".low");
      int high = need(t.high(), field + ".high");
      int minDomains = need(t.minDomains(), field + ".minDomains");
      try {
        return new DomainThreshold(kind, low, high, minDomains, t.keyDomainRequired() == null || t.keyDomainRequired());
      } catch (InvalidValueException e) {
        throw new InvalidValueException(prefix + (e.field().equals("minDomains") ? field + ".minDomains" : field), e.reason());
      }
    }

    SchemeDefinition.LwooBands lwoo(Lwoo l, String at) {
      return new SchemeDefinition.LwooBands(band(l.lower(), at + "lower"), band(l.upper(), at + "upper"), delays(l.delays(), at + "delays"));
    }
  }
}
