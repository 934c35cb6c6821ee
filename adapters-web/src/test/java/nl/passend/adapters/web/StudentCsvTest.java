package nl.passend.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import org.junit.jupiter.api.Test;

/** The import's CSV read as a stream: rows and unreadable lines in file order, and the limits. */
class StudentCsvTest {
  private static final String HEADER = "studentId,dateOfBirth,schoolBrin,schoolType,enrolledFrom,enrolledUntil\n";

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rowsAndLinesWithTheWrongNumberOfCellsComeInFileOrder() {
    List<String> seen = new ArrayList<>();
    StudentCsv.rows(text(HEADER + "a,2016-01-01,99PE00,BO,2020-08-01,\nb,2016-01-01\n\"c\",2016-01-01,99PE00,BO,2020-08-01,2021-07-31\n"))
        .read(r -> seen.add(r.line() + " row " + r.studentId() + " " + r.enrolledUntil()), e -> seen.add(e.line() + " " + e.field() + " " + e.message()));
    assertThat(seen).containsExactly("2 row a ", "3 line has 2 cells, but the header has 6", "4 row c 2021-07-31");
  }

  @Test
  void aBadHeaderHandsOnNoRowAndNamesEveryBadLine() {
    List<ImportStudentsUseCase.Row> rows = new ArrayList<>();
    assertThatThrownBy(() -> StudentCsv.rows(text("studentId,bsn\na,1\nb\n")).read(rows::add, e -> {}))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).extracting(err -> err.line() + ":" + err.field())
            .contains("1:header", "3:line"));
    assertThat(rows).isEmpty();
  }

  @Test
  void aBodyLargerThanTheLimitIs413WhileItIsRead() {
    List<ImportStudentsUseCase.Row> rows = new ArrayList<>();
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < 1_000; i++) {
      b.append("s-").append(i).append(",2016-01-01,99PE00,BO,2020-08-01,\n");
    }
    assertThatThrownBy(() -> StudentCsv.rows(text(b.toString()), 10_000).read(rows::add, e -> {}))
        .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.status).isEqualTo(413));
    assertThat(rows).isNotEmpty().hasSizeLessThan(1_000);
  }

  @Test
  void aRecordWithMoreCellsThanAnyFileHasIsRefusedBeforeItIsHeld() {
    String wide = "x,".repeat(2_000) + "x\n";
    assertThatThrownBy(() -> StudentCsv.rows(text(HEADER + wide)).read(r -> {}, e -> {}))
        .isInstanceOfSatisfying(WebProblem.class, p -> {
          assertThat(p.status).isEqualTo(400);
          assertThat(p.getMessage()).contains("the record at line 2 has more than 1000 cells");
        });
  }

  @Test
  void anEmptyBodyNamesTheHeader() {
    assertThatThrownBy(() -> StudentCsv.rows(text("")).read(r -> {}, e -> {}))
        .isInstanceOfSatisfying(WebProblem.class, p -> assertThat(p.getMessage()).startsWith("header:"));
  }
}
