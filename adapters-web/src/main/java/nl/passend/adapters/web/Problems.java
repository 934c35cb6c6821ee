package nl.passend.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.PreconditionRequiredException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.StorageUnavailableException;
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
    Map<String, Object> body = new LinkedHashMap<>();
    int status;
    if (e instanceof WebProblem p) {
      status = p.status;
      fill(body, p.type, p.title, status, p.getMessage());
      if (!p.errors.isEmpty()) {
        body.put("errors", p.errors);
      }
    } else if (e instanceof InvalidValueException v) {
      status = 400;
      fill(body, "validation", "Invalid request", status, v.getMessage());
      body.put("errors", List.of(Map.of("field", v.field(), "message", v.reason())));
    } else if (e instanceof ImportRejectedException r) {
      status = 400;
      fill(body, "validation", "Invalid import", status, r.getMessage());
      List<Map<String, Object>> errors = new ArrayList<>();
      r.errors().forEach(err -> errors.add(Map.of("line", err.line(), "field", err.field(), "message", err.message())));
      body.put("errors", errors);
    } else if (e instanceof AccessDeniedException) {
      status = 403;
      fill(body, "forbidden", "Not allowed", status, e.getMessage());
    } else if (e instanceof NotFoundException) {
      status = 404;
      fill(body, "not-found", "Not found", status, e.getMessage());
    } else if (e instanceof AlreadyExistsException) {
      status = 409;
      fill(body, "conflict", "Already exists", status, e.getMessage());
    } else if (e instanceof TransitionRejectedException t) {
      status = 409;
      fill(body, "illegal-transition", "Step not allowed", status, t.getMessage());
      body.put("ruleId", t.ruleId());
      body.put("state", t.state().name());
    } else if (e instanceof RuleViolationException r) {
      status = 409;
      fill(body, "rule-violation", "Refused by a rule", status, r.getMessage());
      body.put("ruleId", r.ruleId());
      if (r instanceof nl.passend.domain.decision.ApplicantRefusedException refused) {
        body.put("schoolsThatMayApply", refused.schoolsThatMayApply());
      }
      if (!r.missing().isEmpty()) {
        body.put("missing", r.missing());
      }
    } else if (e instanceof PreconditionRequiredException) {
      status = 428;
      fill(body, "precondition-required", "If-Match required", status, "a change needs the If-Match header with the ETag of the version you read");
    } else if (e instanceof StaleVersionException) {
      status = 412;
      fill(body, "stale-version", "Changed in the meantime", status, e.getMessage() + "; read it again and retry with its ETag");
    } else if (e instanceof StorageUnavailableException) {
      status = 503;
      fill(body, "unavailable", "Storage unavailable", status, "the database cannot be reached; nothing was changed, try again later");
      ctx.header("Retry-After", "5");
      LOG.warn("storage unavailable: {}", e.getClass().getSimpleName());
    } else if (e instanceof HttpResponseException h) {
      status = h.getStatus();
      String type = status == 413 ? "too-large" : status == 404 ? "not-found" : "http-" + status;
      fill(body, type, h.getMessage() == null ? "Error" : h.getMessage(), status, h.getMessage() == null ? "" : h.getMessage());
    } else if (e instanceof IllegalArgumentException) {
      status = 400;
      fill(body, "validation", "Invalid request", status, "the request holds an invalid value");
    } else {
      status = 500;
      String id = UUID.randomUUID().toString();
      fill(body, "internal", "Internal error", status, "an unexpected error occurred; reference " + id);
      // Only the exception types: messages of drivers can hold data.
      LOG.error("unexpected error {} on {} {}: {}", id, ctx.method(), template(ctx), chain(e));
    }
    ctx.status(status).contentType(CONTENT_TYPE).result(Json.write(body));
  }

  /** Writes a problem for a plain status (unknown route, method not allowed). */
  static void status(Context ctx, int status, String type, String title, String detail) {
    ctx.status(status).contentType(CONTENT_TYPE).result(json(type, title, status, detail));
  }

  /** A problem document without field errors, as JSON text. */
  static String json(String type, String title, int status, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    fill(body, type, title, status, detail);
    return Json.write(body);
  }

  private static void fill(Map<String, Object> body, String type, String title, int status, String detail) {
    body.put("type", "urn:passend:problem:" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
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
