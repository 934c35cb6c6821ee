package nl.passend.formats;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Passend's strict JSON: unknown properties, wrong types, floats for integers, deep nesting, dates
 * given as numbers, nulls inside lists and maps, repeated keys and huge numbers are refused; dates
 * are ISO strings; no floating-point output. The HTTP API and the policy documents read the same way.
 */
public final class StrictJson {
  private static final ObjectMapper MAPPER = build();

  private StrictJson() {}

  /** The shared, fully configured mapper (thread-safe; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The path of the field a Jackson error is about, such as {@code eligibility[2].scheme}; empty for the whole document. */
  public static String field(com.fasterxml.jackson.databind.JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  /**
   * What is wrong, as a field and a reason.
   *
   * @param field the path of the bad field, empty for the whole document
   * @param reason why it is wrong
   */
  public record Problem(String field, String reason) {}

  /** The field and the reason of a Jackson error while reading a document. */
  public static Problem problem(com.fasterxml.jackson.core.JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return new Problem(field(u), "is not a known field");
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
      return new Problem(field(f), "has the wrong format or an unknown value" + allowed(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      return new Problem(field(m), "has the wrong type" + allowed(m.getTargetType()));
    }
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
      // Such as a number too large for its field.
      return new Problem(field(m), m.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
          || m.getOriginalMessage().contains("out of range") ? "is out of range for a whole number" : "has a wrong value");
    }
    return new Problem("", "is not valid JSON");
  }

  /** For an enum type, {@code "; allowed: A, B, C"}; otherwise empty. */
  public static String allowed(Class<?> type) {
    if (type != null && type.isEnum()) {
      return "; allowed: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
    return "";
  }

  private static ObjectMapper build() {
    ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxNumberLength(20).maxStringLength(1_000_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
        .defaultLeniency(false)
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictLocalDate()))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    // An empty string is never read as "absent": "iq": "" is a wrong value, not a missing one.
    mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    // A number or boolean is never silently turned into a string, nor a string into a number.
    mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Dates only as ISO strings ({@code "2025-09-16"}): JavaTimeModule would also take epoch days
   * ({@code 20000}), arrays ({@code [2025, 9, 16]}) and read an empty array as no date at all.
   */
  private static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {
    StrictLocalDate() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 1900 || date.getYear() > 9999) {
          // R-INT-5: dates before 1900 or beyond year 9999 are no dates of this domain; 400, never a 500 later on.
          return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "is not a date between 1900-01-01 and 9999-12-31");
        }
        return date;
      } catch (DateTimeParseException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "is not a date of the form YYYY-MM-DD");
      }
    }
  }
}
