package nl.passend.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;

/** Messages say "an auditor" and "an SBO statement", as people say them. */
class WordsTest {
  @Test
  void acronymsTakeTheArticleOfTheirFirstLettersName() {
    assertThat(SchoolType.SO.withArticle()).isEqualTo("an SO");
    assertThat(SchoolType.SBO.withArticle()).isEqualTo("an SBO");
    assertThat(SchoolType.BO.withArticle()).isEqualTo("a BO");
    assertThat(SchoolType.VO.withArticle()).isEqualTo("a VO");
    assertThat(SchoolType.VSO.withArticle()).isEqualTo("a VSO");
    assertThat(SchoolType.PRO.withArticle()).isEqualTo("a PRO");
    assertThat(Words.withArticle("LZ")).isEqualTo("an LZ");
    assertThat(Words.withArticle("MG")).isEqualTo("an MG");
    assertThat(Words.withArticle("LWOO")).isEqualTo("an LWOO");
    assertThat(Words.withArticle("ZML")).isEqualTo("a ZML");
  }

  @Test
  void wordsTakeTheArticleOfTheirFirstLetter() {
    assertThat(Words.withArticle("auditor")).isEqualTo("an auditor");
    assertThat(Words.withArticle("committee member")).isEqualTo("a committee member");
    assertThat(Words.withArticle("administrator")).isEqualTo("an administrator");
    assertThat(Words.of(java.time.DayOfWeek.MONDAY)).isEqualTo("monday");
  }
}
