package nl.passend.domain.eligibility;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Regelingdefinitie: a scheme version as typed data, one record per kind of rule set, so that a
 * policy can be written to a document and read back without the domain knowing the format (the
 * policy codec of the {@code formats} module maps documents to these records). {@link #build()}
 * gives the scheme; the scheme's constructor validates the values and names the one that is wrong.
 */
public sealed interface SchemeDefinition {

  /** The kind of rule set as policy documents name it: {@code SBO_GUIDELINES}, {@code ZML}, … */
  String kind();

  /** The scheme it implements. */
  Scheme scheme();

  /** The first assessment date it applies to. */
  LocalDate effectiveFrom();

  /** Builds the scheme. */
  EligibilityScheme build();

  /** The SBO guidelines (R-CRI-SBO). */
  record Sbo(LocalDate effectiveFrom, int exclusionIqBelow) implements SchemeDefinition {
    @Override
    public String kind() {
      return "SBO_GUIDELINES";
    }

    @Override
    public Scheme scheme() {
      return Scheme.SBO;
    }

    @Override
    public EligibilityScheme build() {
      return new SboGuidelines(effectiveFrom, exclusionIqBelow);
    }
  }

  /** The ZML criteria, for ZML or MG (R-CRI-ZML). */
  record Zml(Scheme scheme, LocalDate effectiveFrom, SchoolType schoolType, FundingCategory fundingCategory, int iqBelow, int iqOnItsOwnBelow,
      int youngerThan) implements SchemeDefinition {
    @Override
    public String kind() {
      return "ZML";
    }

    @Override
    public EligibilityScheme build() {
      return new ZmlScheme(scheme, effectiveFrom, schoolType, fundingCategory, iqBelow, iqOnItsOwnBelow, youngerThan);
    }
  }

  /** The medical criteria, for LZ or LG. */
  record Medical(Scheme scheme, LocalDate effectiveFrom, SchoolType schoolType, FundingCategory fundingCategory) implements SchemeDefinition {
    @Override
    public String kind() {
      return "MEDICAL";
    }

    @Override
    public EligibilityScheme build() {
      return new MedicalScheme(scheme, effectiveFrom, schoolType, fundingCategory);
    }
  }

  /** The cluster 4 criteria. */
  record Cluster4(LocalDate effectiveFrom, SchoolType schoolType, FundingCategory fundingCategory) implements SchemeDefinition {
    @Override
    public String kind() {
      return "CLUSTER_4";
    }

    @Override
    public Scheme scheme() {
      return Scheme.CLUSTER_4;
    }

    @Override
    public EligibilityScheme build() {
      return new Cluster4Scheme(effectiveFrom, schoolType, fundingCategory);
    }
  }

  /** The PrO criteria, with the LWOO route of the 2020 rules when there is one. */
  record Pro(LocalDate effectiveFrom, IqBand iqBand, Optional<IqBand> judgementZone, DomainThreshold delays, Optional<LwooBands> lwooRoute)
      implements SchemeDefinition {
    /** Validates the presence of the parts. */
    public Pro {
      Validation.present(judgementZone, "judgementZone");
      Validation.present(lwooRoute, "lwooRoute");
    }

    @Override
    public String kind() {
      return "PRO";
    }

    @Override
    public Scheme scheme() {
      return Scheme.PRO;
    }

    @Override
    public EligibilityScheme build() {
      return new ProScheme(effectiveFrom, iqBand, judgementZone, delays,
          lwooRoute.map(l -> new LwooNationalScheme(effectiveFrom, l.lower(), l.upper(), l.delays())));
    }
  }

  /**
   * The bands and delays of the national LWOO criteria.
   *
   * @param lower the lower IQ band
   * @param upper the upper IQ band
   * @param delays the learning delays that count
   */
  record LwooBands(IqBand lower, IqBand upper, DomainThreshold delays) {}

  /** The national LWOO criteria. */
  record LwooNational(LocalDate effectiveFrom, LwooBands bands) implements SchemeDefinition {
    @Override
    public String kind() {
      return "LWOO_NATIONAL";
    }

    @Override
    public Scheme scheme() {
      return Scheme.LWOO;
    }

    @Override
    public EligibilityScheme build() {
      return new LwooNationalScheme(effectiveFrom, bands.lower(), bands.upper(), bands.delays());
    }
  }

  /** The LWOO criteria on the DLE. */
  record LwooDle(LocalDate effectiveFrom, DomainThreshold delays) implements SchemeDefinition {
    @Override
    public String kind() {
      return "LWOO_DLE";
    }

    @Override
    public Scheme scheme() {
      return Scheme.LWOO;
    }

    @Override
    public EligibilityScheme build() {
      return new LwooDleScheme(effectiveFrom, delays);
    }
  }

  /** The VSO cascade. */
  record VsoCascade(LocalDate effectiveFrom, FundingCategory fundingCategory) implements SchemeDefinition {
    @Override
    public String kind() {
      return "VSO_CASCADE";
    }

    @Override
    public Scheme scheme() {
      return Scheme.VSO;
    }

    @Override
    public EligibilityScheme build() {
      return new VsoCascadeScheme(effectiveFrom, fundingCategory);
    }
  }

  /** A committee's judgement on the findings it weighs. */
  record CommitteeJudgement(Scheme scheme, LocalDate effectiveFrom, SchoolType schoolType, Optional<FundingCategory> fundingCategory,
      Set<Finding> weighed, boolean weighsIqAndDelays) implements SchemeDefinition {
    /** Copies the findings. */
    public CommitteeJudgement {
      Validation.present(fundingCategory, "fundingCategory");
      weighed = weighed == null || weighed.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(weighed));
    }

    @Override
    public String kind() {
      return "COMMITTEE_JUDGEMENT";
    }

    @Override
    public EligibilityScheme build() {
      return new CommitteeJudgementScheme(scheme, effectiveFrom, schoolType, fundingCategory, weighed, weighsIqAndDelays);
    }
  }
}
