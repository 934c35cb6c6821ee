package nl.passend.adapters.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.passend.domain.common.InvalidValueException;

/**
 * The bad fields of one request, collected so that a 400 names every one of them (API 1.1), not only
 * the first: reading a body, checking required fields and converting values add to it; {@link #check()}
 * answers them together.
 */
final class Fields {
  private final Map<String, String> errors = new LinkedHashMap<>();

  /** Records a bad field (the first message per field is kept). */
  Fields add(String field, String message) {
    errors.putIfAbsent(field, message);
    return this;
  }

  /** The value, or records that the field is required and returns null. */
  <T> T required(T value, String field) {
    if (value == null) {
      add(field, "is required");
    }
    return value;
  }

  /** Converts a value, recording the domain's refusal under {@code field}; null when refused. */
  <T> T as(String field, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      add(field, e.reason());
      return null;
    }
  }

  /** Whether a field is bad already. */
  boolean has(String field) {
    return errors.containsKey(field);
  }

  /** Answers 400 with every bad field, when there is one. */
  void check() {
    if (errors.isEmpty()) {
      return;
    }
    List<Problem.FieldError> list = new ArrayList<>();
    errors.forEach((field, message) -> list.add(Problem.FieldError.of(field, message)));
    String detail = list.size() == 1 ? list.get(0).field() + ": " + list.get(0).message()
        : list.size() + " fields are invalid: " + String.join(", ", errors.keySet());
    throw new WebProblem(400, "validation", "Invalid request", detail, List.copyOf(list));
  }
}
