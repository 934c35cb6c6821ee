package nl.passend.domain.eligibility;

import java.util.Optional;

/**
 * Bevinding: a fact established by experts, true or false with evidence, or unknown when not given.
 * The JSON names of the API are {@link #jsonName()} (SPEC §5.4).
 */
public enum Finding {
  /** A disorder or disability shown by a medical diagnosis. */
  MEDICAL_DIAGNOSIS("medicalDiagnosis"),
  /** Severe behavioural and/or social-emotional problems. */
  SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS("severeBehaviouralOrEmotionalProblems"),
  /** A causal link between the problems and the educational limitation. */
  CAUSAL_LINK_TO_EDUCATIONAL_LIMITATION("causalLinkToEducationalLimitation"),
  /** The right interventions at school and at home were done and regular support is insufficient. */
  REGULAR_SUPPORT_EXHAUSTED("regularSupportExhausted"),
  /** Very low (social) self-reliance. */
  VERY_LOW_SELF_RELIANCE("veryLowSelfReliance"),
  /** Very limited progress in development. */
  VERY_LIMITED_PROGRESS("veryLimitedProgress"),
  /** Frequent absence. */
  FREQUENT_ABSENCE("frequentAbsence"),
  /** A learning delay (leerachterstand). */
  LEARNING_DELAY("learningDelay"),
  /** A diagnosed comorbid disorder that seriously impairs learning. */
  COMORBID_DISORDER_IMPAIRING_LEARNING("comorbidDisorderImpairingLearning"),
  /** Social-emotional problems. */
  SOCIAL_EMOTIONAL_PROBLEMS("socialEmotionalProblems"),
  /** An educational report (onderwijskundig rapport) is present. */
  EDUCATIONAL_REPORT_PRESENT("educationalReportPresent"),
  /** The school has reached the limits of what it can offer. */
  SCHOOL_REACHED_LIMITS("schoolReachedLimits"),
  /** A second disability is diagnosed (MG). */
  SECOND_DISABILITY_DIAGNOSED("secondDisabilityDiagnosed"),
  /** A specific learning disorder (reading, spelling, arithmetic, language). */
  SPECIFIC_LEARNING_DISORDER("specificLearningDisorder"),
  /** A developmental disorder of attention, concentration or social contact. */
  DEVELOPMENTAL_DISORDER("developmentalDisorder"),
  /** A behavioural disorder (social skills, adaptability, norms). */
  BEHAVIOURAL_DISORDER("behaviouralDisorder"),
  /** A very large overall (integral) learning delay. */
  LARGE_OVERALL_DELAY("largeOverallDelay"),
  /** SBO exclusion: primarily a severe behavioural disorder. */
  PRIMARILY_SEVERE_BEHAVIOURAL_DISORDER("primarilySevereBehaviouralDisorder"),
  /** SBO exclusion: very complex psychiatric problems. */
  COMPLEX_PSYCHIATRIC_PROBLEMS("complexPsychiatricProblems"),
  /** SBO exclusion: the student clearly needs a special school (SO). */
  CLEARLY_NEEDS_SPECIAL_SCHOOL("clearlyNeedsSpecialSchool"),
  /** VSO (vo-31-02): an integrated problem analysis shows the school can no longer offer a fitting programme. */
  INTEGRATED_PROBLEM_ANALYSIS("integratedProblemAnalysis"),
  /** VSO (vo-31-02): a careful support path through the steps of the cascade model. */
  CASCADE_MODEL_FOLLOWED("cascadeModelFollowed");

  private final String jsonName;

  Finding(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field name in the API and in explanations. */
  public String jsonName() {
    return jsonName;
  }

  /** The finding with this JSON name. */
  public static Optional<Finding> fromJsonName(String name) {
    for (Finding f : values()) {
      if (f.jsonName.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
