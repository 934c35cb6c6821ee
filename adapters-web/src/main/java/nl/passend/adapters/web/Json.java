package nl.passend.adapters.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.passend.formats.StrictJson;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * JSON in and out on {@link StrictJson} (unknown properties, wrong types, floats for integers, deep
 * nesting, dates given as numbers, nulls inside lists and maps, repeated keys and huge numbers are
 * refused), with every bad field of a request named in one 400.
 */
final class Json {
  static final ObjectMapper MAPPER = StrictJson.mapper();

  private Json() {}

  /** Reads a request body into a DTO, translating every Jackson error into a 400 that names the field. */
  static <T> T read(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw WebProblem.badRequest("body", "a JSON body is required");
    }
    if (isRequest(type)) {
      JsonNode tree;
      try {
        tree = MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        throw WebProblem.badRequest("body", "is not valid JSON (or nests too deeply, or holds a number or string that is too long)");
      } catch (java.io.IOException e) {
        throw WebProblem.badRequest("body", "could not be read");
      }
      if (tree == null || !tree.isObject()) {
        throw WebProblem.badRequest("body", "a JSON object is required");
      }
      Fields fields = new Fields();
      T value = record(tree, type, "", fields);
      fields.check();
      return value;
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw WebProblem.badRequest("body", "a JSON object is required");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw WebProblem.badRequest(path(e), "is not a known field");
    } catch (InvalidFormatException e) {
      throw WebProblem.badRequest(path(e), "has the wrong format or an unknown value" + allowed(e.getTargetType()));
    } catch (MismatchedInputException e) {
      String field = path(e);
      throw WebProblem.badRequest(field.isEmpty() ? "body" : field, "has the wrong type" + allowed(e.getTargetType()));
    } catch (JsonProcessingException e) {
      throw WebProblem.badRequest("body", "is not valid JSON (or nests too deeply, or holds a number or string that is too long)");
    } catch (java.io.IOException e) {
      throw WebProblem.badRequest("body", "could not be read");
    }
  }

  /**
   * Reads a record component by component, so that every bad field of a request is named, not the
   * first only (API 1.1): unknown fields, wrong types and formats, in nested records too.
   */
  private static <T> T record(JsonNode tree, Class<T> type, String prefix, Fields fields) {
    Shape shape = SHAPES.get(type);
    Object[] values = new Object[shape.names().length];
    for (int i = 0; i < values.length; i++) {
      JsonNode node = tree.get(shape.names()[i]);
      if (node == null || node.isNull()) {
        continue;
      }
      String field = prefix + shape.names()[i];
      if (shape.readers()[i] == null) {
        if (node.isObject()) {
          values[i] = record(node, shape.types()[i], field + ".", fields);
        } else {
          fields.add(field, "has the wrong type");
        }
        continue;
      }
      try {
        values[i] = shape.readers()[i].readValue(node);
      } catch (UnrecognizedPropertyException e) {
        fields.add(join(field, path(e)), "is not a known field");
      } catch (InvalidFormatException e) {
        fields.add(join(field, path(e)), "has the wrong format or an unknown value" + allowed(e.getTargetType()));
      } catch (MismatchedInputException e) {
        fields.add(join(field, path(e)), "has the wrong type" + allowed(e.getTargetType()));
      } catch (java.io.IOException e) {
        fields.add(field, "could not be read");
      }
    }
    tree.fieldNames().forEachRemaining(name -> {
      if (!shape.known().contains(name)) {
        fields.add(prefix + name, "is not a known field");
      }
    });
    try {
      return type.cast(shape.constructor().newInstance(values));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("request record " + type.getSimpleName() + " cannot be built", e);
    }
  }

  /**
   * What reading a request record needs, found once per record type (its components are fixed, and
   * reflection, generic signatures and Jackson's readers cost more than the reading on a busy route):
   * the component names and types, a reader per component (none for a nested request record, which
   * is read field by field), and the canonical constructor.
   */
  private record Shape(String[] names, Class<?>[] types, com.fasterxml.jackson.databind.ObjectReader[] readers, java.util.Set<String> known,
      java.lang.reflect.Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
      String[] names = new String[components.length];
      Class<?>[] types = new Class<?>[components.length];
      com.fasterxml.jackson.databind.ObjectReader[] readers = new com.fasterxml.jackson.databind.ObjectReader[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName();
        types[i] = components[i].getType();
        readers[i] = isRequest(types[i]) ? null : MAPPER.readerFor(MAPPER.getTypeFactory().constructType(components[i].getGenericType()));
      }
      try {
        return new Shape(names, types, readers, java.util.Set.of(names), type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("request record " + type.getSimpleName() + " has no canonical constructor", e);
      }
    }
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  /** The request bodies of the API (records in {@link Requests}), read field by field. */
  private static boolean isRequest(Class<?> type) {
    return type.isRecord() && type.getEnclosingClass() == Requests.class;
  }

  private static String join(String field, String inner) {
    return inner.isEmpty() ? field : inner.startsWith("[") ? field + inner : field + "." + inner;
  }

  /** Reads a body as a tree, for documents whose shape is checked by the caller. */
  static JsonNode tree(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw WebProblem.badRequest("body", "is not valid JSON");
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response could not be written as JSON", e);
    }
  }

  private static String allowed(Class<?> type) {
    return StrictJson.allowed(type);
  }

  private static String path(MismatchedInputException e) {
    return StrictJson.field(e);
  }
}
