package nl.passend.domain.common;

import java.util.Locale;

/** Small helpers for the English of messages. */
public final class Words {
  /** Letters whose spoken name starts with a vowel sound: "an SO", "an LG", "an MG", "an LWOO". */
  private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

  private Words() {}

  /**
   * The word with "a" or "an" as it is spoken: an acronym by the name of its first letter ("an SBO",
   * "an LZ", "a VSO", "a BO"), a word by its first letter ("an auditor", "a committee member"). PRO
   * is said as a word ("a PRO").
   */
  public static String withArticle(String word) {
    Validation.text(word, "word");
    boolean acronym = word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && !word.equals("PRO");
    char first = Character.toUpperCase(word.charAt(0));
    boolean an = acronym ? VOWEL_SOUND_LETTERS.indexOf(first) >= 0 : "AEIOU".indexOf(first) >= 0;
    return (an ? "an " : "a ") + word;
  }

  /** An enum constant in words: {@code COMMITTEE_MEMBER} becomes "committee member". */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
