package nl.passend.domain.organisation;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Samenwerkingsverband passend onderwijs (SWV): the regional partnership of school boards of one
 * sector that decides on extra support and admissibility, under its own partnership policy
 * (R-ORG-1).
 *
 * @param id the partnership's identifier
 * @param name its name
 * @param sector PO or VO; it admits only schools of that sector
 * @param region the region it serves, in words (e.g. the municipalities)
 * @param policy the id of its policy, whose sector must be the same
 * @param memberBoards the boards that are members
 * @param postalAddress where its letters come from and objections go to (R-DL-6), in lines; empty when not given
 */
public record Partnership(
    PartnershipId id, String name, Sector sector, String region, PolicyId policy, Set<BoardId> memberBoards, String postalAddress) {

  /** Validates the partnership. */
  public Partnership {
    Validation.present(id, "id");
    name = Validation.text(name, "name");
    Validation.present(sector, "sector");
    region = region == null || region.isBlank() ? "" : region.strip();
    Validation.present(policy, "policyId");
    Validation.present(memberBoards, "memberBoards");
    memberBoards = ImmutableSortedSet.copyOf(memberBoards);
    postalAddress = postalAddress(postalAddress);
  }

  /**
   * A postal address as a partnership keeps it: lines without surrounding blanks, at most 5 lines and
   * 300 characters; empty when none is given.
   *
   * @throws nl.passend.domain.common.InvalidValueException naming {@code postalAddress} when it is too long
   */
  public static String postalAddress(String given) {
    String address = given == null ? "" : given.strip().replace("\r\n", "\n");
    Validation.require(address.length() <= 300, "postalAddress", "is at most 300 characters");
    Validation.require(address.lines().count() <= 5, "postalAddress", "is at most 5 lines");
    return address;
  }

  /** A partnership without a postal address. */
  public Partnership(PartnershipId id, String name, Sector sector, String region, PolicyId policy, Set<BoardId> memberBoards) {
    this(id, name, sector, region, policy, memberBoards, "");
  }

  /** Creates a partnership that follows the policy with id {@code policy}. */
  public static Partnership of(
      PartnershipId id, String name, Sector sector, String region, PolicyId policy, Set<BoardId> memberBoards) {
    return new Partnership(id, name, sector, region, policy, memberBoards);
  }

  /** A copy with the postal address. */
  public Partnership withPostalAddress(String address) {
    return new Partnership(id, name, sector, region, policy, memberBoards, address);
  }

  /**
   * Whether a school of this type can take part in the partnership (R-ORG-1): its type must be of
   * the partnership's sector. SO and VSO schools may take part in several partnerships.
   */
  public boolean admitsSchoolType(SchoolType type) {
    return type.sector() == sector;
  }

  /** A copy with the board added as a member. */
  public Partnership withMember(BoardId board) {
    return new Partnership(id, name, sector, region, policy,
        ImmutableSortedSet.<BoardId>naturalOrder().addAll(memberBoards).add(board).build(), postalAddress);
  }

  /** A copy without the board as a member. */
  public Partnership withoutMember(BoardId board) {
    return new Partnership(id, name, sector, region, policy,
        memberBoards.stream().filter(b -> !b.equals(board)).collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder())),
        postalAddress);
  }
}
