package nl.passend.domain.eligibility;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Regelingdefinitie: a scheme version as plain data (a kind, the scheme, its effective date and its
 * parameters as maps, lists, numbers, strings and booleans), so that a policy can be written to and
 * read from a document without the domain knowing the format. {@link #build()} validates the
 * parameters and names the one that is wrong.
 *
 * @param kind the kind of rule set: {@code SBO_GUIDELINES}, {@code ZML}, {@code MEDICAL},
 *     {@code CLUSTER_4}, {@code PRO}, {@code LWOO_NATIONAL}, {@code LWOO_DLE}, {@code VSO_CASCADE},
 *     {@code COMMITTEE_JUDGEMENT}
 * @param scheme the scheme it implements
 * @param effectiveFrom the first assessment date it applies to
 * @param parameters its parameters
 */
public record SchemeDefinition(String kind, Scheme scheme, LocalDate effectiveFrom, Map<String, Object> parameters) {

  /** Validates the presence of the fields. */
  public SchemeDefinition {
    kind = Validation.text(kind, "kind").toUpperCase(Locale.ROOT);
    Validation.present(scheme, "scheme");
    Validation.present(effectiveFrom, "effectiveFrom");
    parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Builds the scheme, checking every parameter. */
  public EligibilityScheme build() {
    return switch (kind) {
      case "SBO_GUIDELINES" -> {
        require(scheme == Scheme.SBO, "SBO_GUIDELINES implement scheme SBO");
        yield new SboGuidelines(effectiveFrom, integer("exclusionIqBelow"));
      }
      case "ZML" -> new ZmlScheme(scheme, effectiveFrom, schoolType(), category(), integer("iqBelow"), integer("iqOnItsOwnBelow"),
          integer("youngerThan"));
      case "MEDICAL" -> new MedicalScheme(scheme, effectiveFrom, schoolType(), category());
      case "CLUSTER_4" -> {
        require(scheme == Scheme.CLUSTER_4, "CLUSTER_4 implements scheme CLUSTER_4");
        yield new Cluster4Scheme(effectiveFrom, schoolType(), category());
      }
      case "PRO" -> {
        require(scheme == Scheme.PRO, "PRO implements scheme PRO");
        Optional<LwooNationalScheme> route = optionalMap("lwooRoute").map(m -> new LwooNationalScheme(effectiveFrom,
            band(m, "lwooRoute.lower"), band(m, "lwooRoute.upper"), threshold(m, "lwooRoute.delays")));
        yield new ProScheme(effectiveFrom, band(parameters, "iqBand"), optionalMap("judgementZone").map(m -> band(Map.of("b", m), "b")),
            threshold(parameters, "delays"), route);
      }
      case "LWOO_NATIONAL" -> {
        require(scheme == Scheme.LWOO, "LWOO_NATIONAL implements scheme LWOO");
        yield new LwooNationalScheme(effectiveFrom, band(parameters, "lower"), band(parameters, "upper"), threshold(parameters, "delays"));
      }
      case "LWOO_DLE" -> {
        require(scheme == Scheme.LWOO, "LWOO_DLE implements scheme LWOO");
        yield new LwooDleScheme(effectiveFrom, threshold(parameters, "delays"));
      }
      case "VSO_CASCADE" -> {
        require(scheme == Scheme.VSO, "VSO_CASCADE implements scheme VSO");
        yield new VsoCascadeScheme(effectiveFrom, category());
      }
      case "COMMITTEE_JUDGEMENT" -> {
        Set<Finding> weighed = EnumSet.noneOf(Finding.class);
        for (Object name : list("weighed")) {
          weighed.add(Finding.fromJsonName(String.valueOf(name))
              .orElseThrow(() -> new InvalidValueException("parameters.weighed", "'" + name + "' is not a finding")));
        }
        yield new CommitteeJudgementScheme(scheme, effectiveFrom, schoolType(), optionalText("fundingCategory").map(c -> enumValue(FundingCategory.class,
            c, "fundingCategory")), weighed, bool("weighsIqAndDelays"));
      }
      default -> throw new InvalidValueException("kind", "'" + kind + "' is not a kind of scheme");
    };
  }

  // ----- writing -----

  static Map<String, Object> band(IqBand band) {
    return ImmutableMap.of("min", band.min(), "max", band.max());
  }

  static Map<String, Object> threshold(DomainThreshold t) {
    return ImmutableMap.of("kind", t.kind().name(), "low", t.low(), "high", t.high(), "minDomains", t.minDomains(),
        "keyDomainRequired", t.keyDomainRequired());
  }

  // ----- reading -----

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new InvalidValueException("scheme", message + ", not " + scheme);
    }
  }

  private Object value(Map<String, Object> map, String key, String path) {
    Object v = map.get(key);
    if (v == null) {
      throw new InvalidValueException("parameters." + path, "is required");
    }
    return v;
  }

  private int integer(String key) {
    return integer(parameters, key, key);
  }

  private int integer(Map<String, Object> map, String key, String path) {
    Object v = value(map, key, path);
    if (v instanceof Integer i) {
      return i;
    }
    if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    throw new InvalidValueException("parameters." + path, "must be a whole number");
  }

  private boolean bool(String key) {
    Object v = value(parameters, key, key);
    if (v instanceof Boolean b) {
      return b;
    }
    throw new InvalidValueException("parameters." + key, "must be true or false");
  }

  private List<?> list(String key) {
    Object v = value(parameters, key, key);
    if (v instanceof List<?> l) {
      return l;
    }
    throw new InvalidValueException("parameters." + key, "must be a list");
  }

  private Optional<String> optionalText(String key) {
    Object v = parameters.get(key);
    return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
  }

  @SuppressWarnings("unchecked")
  private Optional<Map<String, Object>> optionalMap(String key) {
    Object v = parameters.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Map<?, ?> m) {
      return Optional.of((Map<String, Object>) m);
    }
    throw new InvalidValueException("parameters." + key, "must be an object");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Map<String, Object> parent, String key, String path) {
    Object v = value(parent, key, path);
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new InvalidValueException("parameters." + path, "must be an object");
  }

  private IqBand band(Map<String, Object> parent, String path) {
    String key = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    Map<String, Object> m = map(parent, key, path);
    try {
      return new IqBand(integer(m, "min", path + ".min"), integer(m, "max", path + ".max"));
    } catch (InvalidValueException e) {
      if (e.field().startsWith("parameters.")) {
        throw e;
      }
      throw new InvalidValueException("parameters." + path, e.reason());
    }
  }

  private DomainThreshold threshold(Map<String, Object> parent, String path) {
    String key = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    Map<String, Object> m = map(parent, key, path);
    Object keyRequired = m.getOrDefault("keyDomainRequired", Boolean.TRUE);
    if (!(keyRequired instanceof Boolean)) {
      throw new InvalidValueException("parameters." + path + ".keyDomainRequired", "must be true or false");
    }
    try {
      return new DomainThreshold(enumValue(DomainThreshold.Kind.class, String.valueOf(value(m, "kind", path + ".kind")), path + ".kind"),
          integer(m, "low", path + ".low"), integer(m, "high", path + ".high"), integer(m, "minDomains", path + ".minDomains"), (Boolean) keyRequired);
    } catch (InvalidValueException e) {
      if (e.field().startsWith("parameters.")) {
        throw e;
      }
      throw new InvalidValueException("parameters." + path, e.reason());
    }
  }

  private SchoolType schoolType() {
    return enumValue(SchoolType.class, String.valueOf(value(parameters, "schoolType", "schoolType")), "schoolType");
  }

  private FundingCategory category() {
    return enumValue(FundingCategory.class, String.valueOf(value(parameters, "fundingCategory", "fundingCategory")), "fundingCategory");
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        allowed.add(c.name());
      }
      throw new InvalidValueException("parameters." + path, "'" + value + "' is not one of " + allowed);
    }
  }
}
