package nl.passend.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * The one reader and writer of policy documents ({@link PolicyDocument}, JSON): the built-in
 * policies shipped as documents in this jar, custom documents in a folder, and the documents the
 * HTTP API serves. A bad document fails with a {@link PolicyDocumentException} that names the
 * document and the field.
 *
 * <pre>{@code
 * PartnershipPolicy mine = PolicyCodec.read(Path.of("policies/po-99-01.json"));
 * List<PartnershipPolicy> builtIn = PolicyCodec.builtIns();
 * }</pre>
 */
public final class PolicyCodec {
  /** The built-in documents, in this jar under {@code nl/passend/policies/}. */
  public static final List<String> BUILT_IN_DOCUMENTS = List.of("po-22-01.json", "vo-22-01.json", "vo-31-02.json", "vo-zo-drenthe.json");

  private static volatile List<PartnershipPolicy> builtIns;

  private PolicyCodec() {}

  /**
   * The built-in policies (the seeds' partnerships), read once from the documents shipped in this jar.
   *
   * @throws PolicyDocumentException if a shipped document is broken (a build error)
   */
  public static List<PartnershipPolicy> builtIns() {
    List<PartnershipPolicy> read = builtIns;
    if (read == null) {
      List<PartnershipPolicy> policies = new ArrayList<>();
      for (String name : BUILT_IN_DOCUMENTS) {
        try (InputStream in = PolicyCodec.class.getResourceAsStream("/nl/passend/policies/" + name)) {
          if (in == null) {
            throw new PolicyDocumentException(name, "body", "is missing from the jar");
          }
          policies.add(read(in.readAllBytes(), name));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      read = List.copyOf(policies);
      builtIns = read;
    }
    return read;
  }

  /** The built-in policy with this id, if there is one. */
  public static Optional<PartnershipPolicy> builtIn(PolicyId id) {
    return builtIns().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Reads one document.
   *
   * @param json the document's bytes (UTF-8 JSON)
   * @param name the file or resource name, for the error message
   * @throws PolicyDocumentException naming the first bad field
   */
  public static PartnershipPolicy read(byte[] json, String name) {
    PolicyDocument document;
    try {
      document = StrictJson.mapper().readValue(json, PolicyDocument.class);
    } catch (JsonProcessingException e) {
      StrictJson.Problem p = StrictJson.problem(e);
      throw new PolicyDocumentException(name, p.field().isEmpty() ? "body" : p.field(), p.reason());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (document == null) {
      throw new PolicyDocumentException(name, "body", "a JSON object is required");
    }
    try {
      return document.toPolicy();
    } catch (InvalidValueException e) {
      throw new PolicyDocumentException(name, e.field(), e.reason());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new PolicyDocumentException(name, "body", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads one document from a file.
   *
   * @throws PolicyDocumentException naming the file and the first bad field, or that it cannot be read
   */
  public static PartnershipPolicy read(Path file) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyDocumentException(name, "body", "cannot be read");
    }
    return read(bytes, name);
  }

  /**
   * Reads every {@code *.json} document of a folder, in the order of their file names.
   *
   * @return each file's name with its policy, in that order
   * @throws PolicyDocumentException naming the first bad file and field, or two documents with one id
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static Map<String, PartnershipPolicy> readFolder(Path folder) {
    Map<String, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
      stream.forEach(f -> files.put(f.getFileName().toString(), f));
    } catch (IOException e) {
      throw new UncheckedIOException("policy folder " + folder + " cannot be read", e);
    }
    Map<PolicyId, String> seen = new TreeMap<>();
    Map<String, PartnershipPolicy> policies = new java.util.LinkedHashMap<>();
    files.forEach((name, file) -> {
      PartnershipPolicy policy = read(file);
      String earlier = seen.putIfAbsent(policy.id(), name);
      if (earlier != null) {
        throw new PolicyDocumentException(name, "id", "policy " + policy.id() + " is also defined by " + earlier);
      }
      policies.put(name, policy);
    });
    return java.util.Collections.unmodifiableMap(policies);
  }

  /** The document of a policy, as the API serves it. */
  public static PolicyDocument document(PartnershipPolicy policy) {
    return PolicyDocument.of(policy);
  }

  /** A policy written as a document (indented JSON, UTF-8) that {@link #read(byte[], String)} reads back to an equal policy. */
  public static byte[] write(PartnershipPolicy policy) {
    try {
      return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(PolicyDocument.of(policy));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("policy " + policy.id() + " cannot be written", e);
    }
  }
}
