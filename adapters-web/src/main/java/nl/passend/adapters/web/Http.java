package nl.passend.adapters.web;

import io.javalin.http.Context;
import nl.passend.application.common.Versions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.passend.application.common.Actor;

/** Request helpers shared by the routes: the actor, bodies, dates, ETags and If-Match. */
final class Http {
  static final String ACTOR = "passend.actor";
  static final long MAX_JSON_BYTES = 1_000_000;

  private Http() {}

  /** The authenticated actor (set by the before-handler). */
  static Actor actor(Context ctx) {
    Actor actor = ctx.attribute(ACTOR);
    if (actor == null) {
      throw WebProblem.unauthorized();
    }
    return actor;
  }

  /** A JSON body read strictly into a DTO. */
  static <T> T body(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw WebProblem.unsupportedMediaType("application/json");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > MAX_JSON_BYTES) {
      throw WebProblem.tooLarge(MAX_JSON_BYTES);
    }
    return Json.read(bytes, type);
  }

  /** A required query parameter. */
  static String query(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw WebProblem.badRequest(name, "is required");
    }
    return value;
  }

  /** A required ISO date query parameter. */
  static LocalDate queryDate(Context ctx, String name) {
    return date(query(ctx, name), name);
  }

  static LocalDate date(String value, String field) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw WebProblem.badRequest(field, "must be an ISO date (YYYY-MM-DD)");
    }
    if (date.getYear() < 1900 || date.getYear() > 9999) {
      throw WebProblem.badRequest(field, "must be a date between 1900-01-01 and 9999-12-31 (R-INT-5)");
    }
    return date;
  }

  /** Writes a JSON response with the version as ETag. */
  static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(Json.write(body));
  }

  static void withEtag(Context ctx, long version) {
    ctx.header("ETag", "\"" + version + "\"");
  }

  /**
   * The version of {@code If-Match}: 428 when missing; a value that is no version of ours matches
   * nothing and is stale (412).
   */
  /**
   * The version named by {@code If-Match}, or {@link Versions#NOT_GIVEN} without the header, for a use
   * case that checks it after authorising and loading (and answers 428 then).
   */
  static long ifMatchIfGiven(Context ctx) {
    String header = ctx.header("If-Match");
    return header == null || header.isBlank() ? Versions.NOT_GIVEN : ifMatch(ctx);
  }

  static long ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      throw WebProblem.preconditionRequired();
    }
    String v = header.strip();
    // If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches, and so is stale.
    if (v.startsWith("W/") || v.length() < 3 || !v.startsWith("\"") || !v.endsWith("\"")) {
      return -1;
    }
    try {
      return Long.parseLong(v.substring(1, v.length() - 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Answers 201 with the new resource's {@code Location}, its {@code ETag} and the body. */
  static void created(Context ctx, String location, long version, Object body) {
    ctx.header("Location", location);
    withEtag(ctx, version);
    json(ctx, 201, body);
  }

  /** The largest page a list endpoint gives (API 1.1). */
  static final int MAX_PAGE_SIZE = 200;

  /**
   * One page of a list endpoint added in API 1.1: {@code {"items": [...], "next": "<url or null>"}}
   * with {@code page} (from 1) and {@code pageSize} (1 to 200, default 50) from the query.
   */
  /**
   * One page of a list.
   *
   * @param items the items of the page
   * @param next the URL of the next page, or null on the last
   */
  record Page<T>(List<T> items, String next) {}

  static <T> Page<T> page(Context ctx, List<T> all) {
    int page = intQuery(ctx, "page", 1, 1, Integer.MAX_VALUE);
    int size = intQuery(ctx, "pageSize", 50, 1, MAX_PAGE_SIZE);
    long from = (long) (page - 1) * size;
    List<T> items = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    String next = null;
    if (from + size < all.size()) {
      StringBuilder url = new StringBuilder(ctx.path()).append('?');
      ctx.queryParamMap().forEach((k, v) -> {
        if (!k.equals("page")) {
          v.forEach(x -> url.append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
              .append(java.net.URLEncoder.encode(x, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
        }
      });
      next = url.append("page=").append(page + 1).toString();
    }
    return new Page<>(items, next);
  }

  /**
   * A list endpoint of API 1.0: the array shape stays. With {@code page} or {@code pageSize} in the
   * query (pageSize 1 to 200, default 50) only that page is answered, and a next page is named in a
   * {@code Link: <…>; rel="next"} header (API 1.1, NL API Design Rules); without them the whole list,
   * as in 1.0.
   */
  static <T> List<T> arrayPage(Context ctx, List<T> all) {
    if (ctx.queryParam("page") == null && ctx.queryParam("pageSize") == null) {
      return all;
    }
    Page<T> page = page(ctx, all);
    if (page.next() != null) {
      ctx.header("Link", "<" + page.next() + ">; rel=\"next\"");
    }
    return page.items();
  }

  private static int intQuery(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw WebProblem.badRequest(name, "must be a whole number from " + min + " to " + max);
  }
}
