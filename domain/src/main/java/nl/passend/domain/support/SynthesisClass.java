package nl.passend.domain.support;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.student.StudentId;

/**
 * Syntheseklas: a small class inside a regular VO school for students who need extra support to move
 * from primary to regular secondary education, switching per subject to a regular class and fully
 * returned within the target years (R-SUP-2, {@code 001:L756-769}).
 *
 * @param school the school that hosts it
 * @param capacity the number of places (12 in {@code vo-31-02})
 * @param returnYears the target years for a full return (2)
 * @param placements the students placed, with the day they started and, when they left, the day they left
 */
public record SynthesisClass(BrinCode school, int capacity, int returnYears, List<Placement> placements) {

  /**
   * Plaatsing: one student's time in the class.
   *
   * @param student the student
   * @param from the first day
   * @param returnedOn the day the student was fully back in a regular class, if so
   */
  public record Placement(StudentId student, LocalDate from, Optional<LocalDate> returnedOn) {
    /** Validates the placement. */
    public Placement {
      Validation.present(student, "studentId");
      Validation.present(from, "from");
      Validation.present(returnedOn, "returnedOn");
      returnedOn.ifPresent(r -> Validation.require(!r.isBefore(from), "returnedOn", "a return cannot precede the placement"));
    }

    /** Whether the student occupies a place on {@code date}. */
    public boolean activeOn(LocalDate date) {
      return !date.isBefore(from) && returnedOn.map(r -> date.isBefore(r)).orElse(true);
    }
  }

  /** Validates the class. */
  public SynthesisClass {
    Validation.present(school, "schoolBrin");
    Validation.require(capacity >= 1 && capacity <= 40, "capacity", "must be 1 to 40 places, but was %d", capacity);
    Validation.require(returnYears >= 1 && returnYears <= 6, "returnYears", "must be 1 to 6 years, but was %d", returnYears);
    placements = ImmutableList.copyOf(Validation.present(placements, "placements"));
  }

  /** An empty class under the partnership's arrangement rules, which must provide a capacity. */
  public static SynthesisClass open(BrinCode school, ArrangementRules rules) {
    int capacity = rules.synthesisClassCapacity().orElseThrow(() -> new RuleViolationException("R-SUP-2",
        "the partnership has no syntheseklas"));
    return new SynthesisClass(school, capacity, rules.synthesisClassReturnYears(), List.of());
  }

  /** The number of places taken on {@code date}. */
  public int occupiedOn(LocalDate date) {
    return (int) placements.stream().filter(p -> p.activeOn(date)).count();
  }

  /** The number of free places on {@code date}. */
  public int freePlacesOn(LocalDate date) {
    return capacity - occupiedOn(date);
  }

  /**
   * A copy with the student placed from {@code date}.
   *
   * @throws RuleViolationException when the class is full on that day or the student is already placed
   */
  public SynthesisClass place(StudentId student, LocalDate date) {
    Validation.present(student, "studentId");
    Validation.present(date, "from");
    if (placements.stream().anyMatch(p -> p.student().equals(student) && p.returnedOn().isEmpty())) {
      throw new RuleViolationException("R-SUP-2", "student " + student + " already has a place in this syntheseklas");
    }
    int busiest = placements.stream().filter(p -> p.returnedOn().isEmpty() || p.returnedOn().get().isAfter(date))
        .mapToInt(p -> 1).sum();
    if (busiest >= capacity) {
      throw new RuleViolationException("R-SUP-2", "the syntheseklas at " + school + " is full: " + capacity + " places");
    }
    List<Placement> next = new ArrayList<>(placements);
    next.add(new Placement(student, date, Optional.empty()));
    return new SynthesisClass(school, capacity, returnYears, next);
  }

  /** A copy in which the student returned fully to a regular class on {@code date}. */
  public SynthesisClass returned(StudentId student, LocalDate date) {
    List<Placement> next = new ArrayList<>();
    boolean found = false;
    for (Placement p : placements) {
      if (!found && p.student().equals(student) && p.returnedOn().isEmpty()) {
        next.add(new Placement(student, p.from(), Optional.of(date)));
        found = true;
      } else {
        next.add(p);
      }
    }
    Validation.require(found, "studentId", "student %s has no open place in this syntheseklas", student);
    return new SynthesisClass(school, capacity, returnYears, next);
  }

  /** The day by which a placement should have ended in a full return (start plus the target years). */
  public LocalDate returnDue(Placement placement) {
    return placement.from().plusYears(returnYears);
  }

  /** The students still in the class on {@code date} past their return target. */
  public List<StudentId> pastReturnTarget(LocalDate date) {
    return placements.stream()
        .filter(p -> p.activeOn(date) && date.isAfter(returnDue(p)))
        .map(Placement::student)
        .collect(ImmutableList.toImmutableList());
  }
}
