package nl.passend.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak: a mixed load at a fixed rate against a running server in demo mode (issue 22): reads of
 * students and applications, eligibility evaluations, monitoring reports, and submissions each
 * followed by an acknowledgement with the ETag read. Requests start on a fixed schedule whatever the
 * answers take (no coordinated omission); latency is measured from the scheduled start. Prints each
 * minute's count, errors, p50 and p99, and the totals.
 *
 * <pre>java -cp benchmarks.jar nl.passend.benchmarks.Soak http://127.0.0.1:18080 200 600</pre>
 */
public final class Soak {
  private static final Pattern ID = Pattern.compile("\"id\":\"(app-[^\"]+)\"");
  private static final Pattern ETAG = Pattern.compile("\"?(\\d+)\"?");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(32)).build();
  private final String base;
  private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final List<String> applications = Collections.synchronizedList(new ArrayList<>());

  private Soak(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    new Soak(base).run(rate, seconds);
  }

  private void run(int rate, int seconds) throws Exception {
    ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    ticker.scheduleAtFixedRate(() -> fire(sent.getAndIncrement(), System.nanoTime()), 0, periodNanos, TimeUnit.NANOSECONDS);
    List<Long> all = new ArrayList<>();
    int totalErrors = 0;
    for (int minute = 1; minute * 60 <= seconds || (minute - 1) * 60 < seconds; minute++) {
      long wait = Math.min(60, seconds - (minute - 1) * 60);
      Thread.sleep(wait * 1000);
      List<Long> window = drain();
      int e = errors.getAndSet(0);
      totalErrors += e;
      all.addAll(window);
      report("minute " + minute, window, e, wait);
    }
    ticker.shutdownNow();
    Thread.sleep(2000);
    List<Long> rest = drain();
    all.addAll(rest);
    totalErrors += errors.get();
    report("total", all, totalErrors, (System.nanoTime() - start) / 1_000_000_000L);
    System.exit(0);
  }

  private List<Long> drain() {
    List<Long> out = new ArrayList<>();
    Long v;
    while ((v = latencies.poll()) != null) {
      out.add(v);
    }
    return out;
  }

  private static void report(String label, List<Long> nanos, int errors, long seconds) {
    Collections.sort(nanos);
    double p50 = nanos.isEmpty() ? 0 : nanos.get(nanos.size() / 2) / 1e6;
    double p99 = nanos.isEmpty() ? 0 : nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(nanos.size() * 0.99) - 1)) / 1e6;
    double max = nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1) / 1e6;
    System.out.printf(Locale.ROOT, "[soak] %s: %d answers (%.0f/s), %d errors, p50 %.2f ms, p99 %.2f ms, max %.1f ms%n", label, nanos.size(),
        nanos.size() / (double) Math.max(1, seconds), errors, p50, p99, max);
  }

  /** One request of the mix, by its number: 35% student, 20% application, 20% eligibility, 5% report, 20% submit then acknowledge. */
  private void fire(long n, long scheduled) {
    int slot = (int) (n % 20);
    if (slot < 7) {
      get("demo-school", "/api/v1/students/demo-" + String.format("%04d", 1 + n % 20), scheduled);
    } else if (slot < 11) {
      String app = applications.isEmpty() ? null : applications.get((int) (n % applications.size()));
      get("demo-partnership", app == null ? "/api/v1/applications?partnershipId=po-22-01&pageSize=20" : "/api/v1/applications/" + app, scheduled);
    } else if (slot < 15) {
      post("demo-school", "/api/v1/policies/po-22-01/eligibility/ZML", "{\"assessmentDate\": \"2025-03-01\", \"dateOfBirth\": \"2013-05-01\","
          + " \"iq\": " + (40 + n % 30) + ", \"domains\": {\"ARITHMETIC\": {\"dl\": 60, \"dle\": 28}}, \"findings\": {\"veryLowSelfReliance\": true,"
          + " \"veryLimitedProgress\": true, \"regularSupportExhausted\": true}}", null, scheduled, null);
    } else if (slot < 16) {
      get("demo-partnership", "/api/v1/reports/monitoring?partnershipId=po-22-01&countDate=" + LocalDate.now(), scheduled);
    } else {
      String student = String.format("demo-%04d", 1 + n % 20);
      post("demo-school", "/api/v1/applications", "{\"policyId\": \"po-22-01\", \"partnershipId\": \"po-22-01\", \"studentId\": \"" + student
          + "\", \"applyingSchoolBrin\": \"99PE00\", \"schoolType\": \"SBO\", \"receivedOn\": \"" + LocalDate.now().minusDays(1) + "\"}", null,
          scheduled, response -> {
            Matcher m = ID.matcher(response.body());
            if (response.statusCode() == 201 && m.find()) {
              String id = m.group(1);
              applications.add(id);
              String etag = response.headers().firstValue("ETag").orElse("\"1\"");
              post("demo-partnership", "/api/v1/applications/" + id + "/acknowledge", "{\"on\": \"" + LocalDate.now() + "\"}", etag, System.nanoTime(),
                  null);
            }
          });
    }
  }

  private void get(String token, String path, long scheduled) {
    send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
        scheduled, null);
  }

  private void post(String token, String path, String body, String ifMatch, long scheduled, java.util.function.Consumer<HttpResponse<String>> then) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null && ETAG.matcher(ifMatch).matches()) {
      b.header("If-Match", ifMatch);
    }
    send(b.build(), scheduled, then);
  }

  private void send(HttpRequest request, long scheduled, java.util.function.Consumer<HttpResponse<String>> then) {
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
      latencies.add(System.nanoTime() - scheduled);
      if (failure != null || response.statusCode() >= 400) {
        errors.incrementAndGet();
        if (errors.get() <= 5) {
          System.out.println("[soak] error: " + (failure != null ? failure.getClass().getSimpleName() : response.statusCode() + " "
              + request.method() + " " + request.uri().getPath() + " " + response.body().substring(0, Math.min(200, response.body().length()))));
        }
        return;
      }
      if (then != null) {
        then.accept(response);
      }
    });
  }
}
