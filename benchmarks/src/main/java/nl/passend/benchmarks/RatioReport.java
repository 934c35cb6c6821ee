package nl.passend.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads JMH's JSON result of a run with several forks and prints, for Passend against its peer, the
 * ratio within each fork (each fork runs both, one after the other: A, B, A, B, …) with the median and
 * the spread, since this machine's absolute figures move by a factor of two between runs.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.RatioReport result.json passendMethod peerMethod</pre>
 */
public final class RatioReport {
  private RatioReport() {}

  /** The mean of each fork's measured iterations, in fork order. */
  static List<Double> perFork(JsonNode result) {
    List<Double> out = new ArrayList<>();
    for (JsonNode fork : result.get("primaryMetric").get("rawData")) {
      double sum = 0;
      for (JsonNode v : fork) {
        sum += v.asDouble();
      }
      out.add(sum / fork.size());
    }
    return out;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Prints the per-fork ratios of Passend's method to the peer's (times: peer/Passend is "how many times faster"). */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: RatioReport <jmh-result.json> <passend method> <peer method>");
      System.exit(2);
    }
    JsonNode all = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    JsonNode passend = null;
    JsonNode peer = null;
    for (JsonNode r : all) {
      String name = r.get("benchmark").asText();
      if (name.endsWith("." + args[1])) {
        passend = r;
      } else if (name.endsWith("." + args[2])) {
        peer = r;
      }
    }
    if (passend == null || peer == null) {
      throw new IllegalArgumentException("the result has no " + (passend == null ? args[1] : args[2]));
    }
    String unit = passend.get("primaryMetric").get("scoreUnit").asText();
    boolean throughput = passend.get("mode").asText().equals("thrpt");
    List<Double> a = perFork(passend);
    List<Double> b = perFork(peer);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ratios.add(a.get(i) / b.get(i));
    }
    System.out.printf(Locale.ROOT, "%s against %s, %d forks (each runs both), unit %s%n", args[1], args[2], ratios.size(), unit);
    for (int i = 0; i < ratios.size(); i++) {
      System.out.printf(Locale.ROOT, "  fork %d: Passend %.1f, peer %.1f, ratio %.3f%n", i + 1, a.get(i), b.get(i), ratios.get(i));
    }
    System.out.printf(Locale.ROOT, "median ratio Passend/peer %.3f (min %.3f, max %.3f)%s%n", median(ratios), Collections.min(ratios),
        Collections.max(ratios), throughput ? " (throughput: above 1 is faster)" : " (time: below 1 is faster)");
  }
}
