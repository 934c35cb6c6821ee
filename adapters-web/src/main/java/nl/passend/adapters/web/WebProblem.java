package nl.passend.adapters.web;

import java.util.List;
import java.util.Map;

/**
 * A problem the web adapter itself finds (a bad query parameter, a missing If-Match, a body too
 * large, a missing token), with its status and, for validation, the fields.
 */
final class WebProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String type;
  final String title;
  final transient List<Problem.FieldError> errors;

  WebProblem(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = errors;
  }

  static WebProblem badRequest(String field, String message) {
    return new WebProblem(400, "validation", "Invalid request", field + ": " + message, List.of(Problem.FieldError.of(field, message)));
  }

  static WebProblem notFound(String what) {
    return new WebProblem(404, "not-found", "Not found", what + " does not exist", List.of());
  }

  static WebProblem unauthorized() {
    return new WebProblem(401, "unauthorized", "Not authenticated", "a valid bearer token is required", List.of());
  }

  static WebProblem preconditionRequired() {
    return new WebProblem(428, "precondition-required", "If-Match required",
        "a change needs the If-Match header with the ETag of the version you read", List.of());
  }

  static WebProblem tooLarge(long limit) {
    return new WebProblem(413, "too-large", "Request too large", "the body is larger than " + limit + " bytes", List.of());
  }

  static WebProblem unsupportedMediaType(String expected) {
    return new WebProblem(415, "unsupported-media-type", "Unsupported media type", "the body must be " + expected, List.of());
  }
}
