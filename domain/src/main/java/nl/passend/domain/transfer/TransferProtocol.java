package nl.passend.domain.transfer;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.util.List;
import nl.passend.domain.common.Validation;

/**
 * Stappenplan doorstroming PO-VO: a partnership's transfer protocol as data (R-ZP-4).
 *
 * @param steps the steps, numbered uniquely
 */
public record TransferProtocol(List<TransferStep> steps) {
  /** Validates the protocol. */
  public TransferProtocol {
    steps = ImmutableList.copyOf(Validation.present(steps, "steps"));
    Validation.require(steps.stream().map(TransferStep::number).distinct().count() == steps.size(), "steps", "step numbers must be unique");
  }

  private static TransferStep step(int n, Anchor a, int fromMonth, int fromDay, int untilMonth, int untilDay, String action, String by) {
    return new TransferStep(n, a, MonthDay.of(fromMonth, fromDay), MonthDay.of(untilMonth, untilDay), action, by);
  }

  /**
   * The protocol of {@code po-22-01}, Bijlage 6 ({@code 004:L1368-1430}). A period given as a month
   * runs over that month; a fixed day ("1 maart") is a window of that one day; "vanaf" (from) runs to
   * the end of that school year (decided).
   */
  public static TransferProtocol po2201() {
    Anchor g7 = Anchor.GROUP_7;
    Anchor g8 = Anchor.GROUP_8;
    return new TransferProtocol(List.of(
        step(1, g7, 9, 1, 10, 31, "Primary school provisionally selects the students for the protocol", "internal supervisor / teacher PO"),
        step(2, g7, 10, 1, 10, 31, "Primary school consults VO whether the selected students qualify", "internal supervisor PO and intake VO"),
        step(3, g7, 11, 1, 11, 30, "Guardians are pointed to the open days of VO schools", "teacher PO"),
        step(4, g7, 1, 1, 1, 31, "Visits to open days", "guardians and student"),
        step(5, g7, 1, 1, 2, 28, "Definitive selection after the group discussion", "teacher and internal supervisor PO"),
        step(6, g7, 2, 1, 2, 28, "Talk with the guardians about the transfer; agreement to enter the protocol", "teacher and/or internal supervisor"),
        step(7, g7, 2, 1, 2, 28, "Talk of teacher, student and guardians about the choice of VO school", "teacher"),
        step(8, g7, 2, 1, 2, 28, "Guardians state a provisional preference and register in writing", "guardians"),
        step(9, g7, 2, 1, 3, 31, "Orientation talk of guardians, internal supervisor PO and VO intake", "guardians, internal supervisor and VO intake"),
        step(10, g7, 3, 1, 3, 31, "Count of registered students; consultation and advice if wished", "VO intake, PCL and committee"),
        step(11, g7, 3, 1, 3, 31, "Feedback to guardians and primary school, follow-up agreed", "VO intake"),
        step(12, g7, 6, 1, 6, 30, "Plan of approach drawn up with the guardians and the teacher", "VO intake"),
        step(13, g8, 8, 1, 12, 31, "Plan of approach carried out", "those involved"),
        step(14, g8, 11, 1, 11, 30, "Evaluation of the plan of approach, follow-up plan if needed", "VO intake, guardians, teacher, internal supervisor"),
        step(15, g8, 3, 1, 3, 1, "School advice and educational report (OKR) delivered", "teacher group 8"),
        step(16, g8, 12, 1, 12, 1, "Official registration at VO for LWOO and PrO (placement duty VO)", "guardians"),
        step(17, g8, 3, 15, 3, 15, "Official registration at VO for other forms (placement duty VO)", "guardians"),
        step(18, g8, 12, 1, 5, 1, "Second part of the plan of approach, if any", "guardians, internal supervisor and VO intake"),
        step(19, g8, 12, 1, 7, 31, "Assessment for PrO, LWOO or VSO where needed", "PCL, committee, partnership board, VO school"),
        step(20, g8, 1, 1, 7, 31, "Designations, statements and admission decisions", "PCL, committee, partnership board, VO school"),
        step(21, g8, 5, 1, 5, 31, "Agreements of guardians and VO on the start in VO", "guardians, VO intake, mentor"),
        step(22, g8, 5, 1, 5, 31, "After a negative decision, an alternative fitting offer is made", "VO intake"),
        step(23, Anchor.FIRST_YEAR_VO, 8, 1, 8, 31, "Start at the VO school", "student"),
        step(24, Anchor.FIRST_YEAR_VO, 2, 1, 2, 28, "Feedback to primary school on the student's progress", "VO intake"),
        step(25, Anchor.FOURTH_YEAR_VO, 8, 1, 8, 31, "Feedback to primary school on the student's progress", "VO")));
  }
}
