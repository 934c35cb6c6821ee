package nl.passend.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.PreconditionRequiredException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.StorageUnavailableException;
import nl.passend.application.common.UnreadableDocumentException;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.decision.TransitionRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become {@code application/problem+json} (RFC 9457): each domain and
 * application error has its status; nothing else reaches the client, never a stack trace.
 */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /** Writes the problem for any exception. */
  static void handle(Exception e, Context ctx) {
    Problem body;
    if (e instanceof WebProblem p) {
      body = Problem.of(p.type, p.title, p.status, p.getMessage());
      if (!p.errors.isEmpty()) {
        body = body.withErrors(p.errors);
      }
    } else if (e instanceof InvalidValueException v) {
      body = Problem.of("validation", "Invalid request", 400, v.getMessage()).withErrors(List.of(Problem.FieldError.of(v.field(), v.reason())));
    } else if (e instanceof ImportRejectedException r) {
      body = Problem.of("validation", "Invalid import", 400, r.getMessage()).withErrors(r.errors().stream()
          .map(err -> new Problem.FieldError(Optional.of(err.line()), err.field(), err.message())).toList());
    } else if (e instanceof UnreadableDocumentException u) {
      body = u.tooLarge() ? Problem.of("too-large", "Request too large", 413, u.getMessage())
          : Problem.of("validation", "Unreadable document", 400, u.getMessage()).withErrors(List.of(Problem.FieldError.of(u.path(), u.reason())));
    } else if (e instanceof AccessDeniedException) {
      body = Problem.of("forbidden", "Not allowed", 403, e.getMessage());
    } else if (e instanceof NotFoundException) {
      body = Problem.of("not-found", "Not found", 404, e.getMessage());
    } else if (e instanceof AlreadyExistsException) {
      body = Problem.of("conflict", "Already exists", 409, e.getMessage());
    } else if (e instanceof TransitionRejectedException t) {
      body = Problem.of("illegal-transition", "Step not allowed", 409, t.getMessage()).withRule(t.ruleId(), Optional.of(t.state().name()));
    } else if (e instanceof RuleViolationException r) {
      Optional<List<String>> schools = r instanceof nl.passend.domain.decision.ApplicantRefusedException refused
          ? Optional.of(refused.schoolsThatMayApply()) : Optional.empty();
      body = Problem.of("rule-violation", "Refused by a rule", 409, r.getMessage()).withRule(r.ruleId(), Optional.empty())
          .withSchoolsAndMissing(schools, r.missing());
    } else if (e instanceof PreconditionRequiredException) {
      body = Problem.of("precondition-required", "If-Match required", 428, "a change needs the If-Match header with the ETag of the version you read");
    } else if (e instanceof StaleVersionException) {
      body = Problem.of("stale-version", "Changed in the meantime", 412, e.getMessage() + "; read it again and retry with its ETag");
    } else if (e instanceof StorageUnavailableException) {
      body = Problem.of("unavailable", "Storage unavailable", 503, "the database cannot be reached; nothing was changed, try again later");
      ctx.header("Retry-After", "5");
      LOG.warn("storage unavailable: {}", e.getClass().getSimpleName());
    } else if (e instanceof HttpResponseException h) {
      int status = h.getStatus();
      String type = status == 413 ? "too-large" : status == 404 ? "not-found" : "http-" + status;
      body = Problem.of(type, h.getMessage() == null ? "Error" : h.getMessage(), status, h.getMessage() == null ? "" : h.getMessage());
    } else if (e instanceof IllegalArgumentException) {
      body = Problem.of("validation", "Invalid request", 400, "the request holds an invalid value");
    } else {
      String id = UUID.randomUUID().toString();
      body = Problem.of("internal", "Internal error", 500, "an unexpected error occurred; reference " + id);
      // Only the exception types: messages of drivers can hold data.
      LOG.error("unexpected error {} on {} {}: {}", id, ctx.method(), template(ctx), chain(e));
    }
    ctx.status(body.status()).contentType(CONTENT_TYPE).result(Json.write(body));
  }

  /** Writes a problem for a plain status (unknown route, method not allowed). */
  static void status(Context ctx, int status, String type, String title, String detail) {
    ctx.status(status).contentType(CONTENT_TYPE).result(json(type, title, status, detail));
  }

  /** A problem document without field errors, as JSON text. */
  static String json(String type, String title, int status, String detail) {
    return Json.write(Problem.of(type, title, status, detail));
  }

  static String template(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(unmatched)";
    }
  }

  private static String chain(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (out.length() > 0) {
        out.append(" <- ");
      }
      out.append(t.getClass().getName());
    }
    return out.toString();
  }
}
