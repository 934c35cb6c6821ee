package nl.passend.domain.support;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Standaard basisondersteuning: the checklist of basic support a partnership agreed, in one version
 * with the day it took effect (R-SUP-3). A partnership revises its standard (vo-zo-drenthe announced
 * a revision for 2022), so catalogues are versioned.
 *
 * @param id the catalogue's identifier, usually the policy id
 * @param version the version label (e.g. the plan period)
 * @param validFrom the first day the version applies
 * @param source where the items come from (seed and lines)
 * @param standards the items, with unique codes
 */
public record BasicSupportCatalogue(
    String id, String version, LocalDate validFrom, String source, List<BasicSupportStandard> standards) {

  /** Validates the catalogue. */
  public BasicSupportCatalogue {
    Validation.identifier(id, "catalogueId");
    version = Validation.text(version, "version");
    Validation.present(validFrom, "validFrom");
    source = Validation.text(source, "source");
    standards = ImmutableList.copyOf(Validation.present(standards, "standards"));
    Validation.require(!standards.isEmpty(), "standards", "a catalogue holds at least one standard");
    Validation.require(codes(standards).size() == standards.size(), "standards", "codes must be unique");
  }

  /** The codes of the items. */
  public Set<String> codes() {
    return codes(standards);
  }

  /** The item with this code. */
  public Optional<BasicSupportStandard> standard(String code) {
    return standards.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  private static Set<String> codes(List<BasicSupportStandard> standards) {
    return standards.stream().map(BasicSupportStandard::code).collect(ImmutableSet.toImmutableSet());
  }
}
