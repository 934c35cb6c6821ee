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
 * Reads the JSON results of several JMH runs, each of one fork that measures Passend and then its peer
 * (so the runs go A, B, A, B, …; JMH itself would run all forks of A before those of B), and prints
 * the ratio within each run with the median and the spread, since this machine's absolute figures
 * move by a factor of two between runs.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar nl.passend.benchmarks.RatioReport passendMethod peerMethod run-1.json run-2.json …</pre>
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

  /** Prints the per-run ratios of Passend's method to the peer's. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: RatioReport <passend method> <peer method> <jmh-result.json>...");
      System.exit(2);
    }
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    String unit = "";
    boolean throughput = false;
    for (int f = 2; f < args.length; f++) {
      JsonNode passend = null;
      JsonNode peer = null;
      for (JsonNode r : new ObjectMapper().readTree(Path.of(args[f]).toFile())) {
        String name = r.get("benchmark").asText();
        if (name.endsWith("." + args[0])) {
          passend = r;
        } else if (name.endsWith("." + args[1])) {
          peer = r;
        }
      }
      if (passend == null || peer == null) {
        throw new IllegalArgumentException(args[f] + " has no " + (passend == null ? args[0] : args[1]));
      }
      unit = passend.get("primaryMetric").get("scoreUnit").asText();
      throughput = passend.get("mode").asText().equals("thrpt");
      a.addAll(perFork(passend));
      b.addAll(perFork(peer));
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ratios.add(a.get(i) / b.get(i));
    }
    System.out.printf(Locale.ROOT, "%s against %s, %d runs (each measures both, one after the other), unit %s%n", args[0], args[1], ratios.size(),
        unit);
    for (int i = 0; i < ratios.size(); i++) {
      System.out.printf(Locale.ROOT, "  run %d: Passend %.1f, peer %.1f, ratio %.3f%n", i + 1, a.get(i), b.get(i), ratios.get(i));
    }
    System.out.printf(Locale.ROOT, "median ratio Passend/peer %.3f (min %.3f, max %.3f)%s%n", median(ratios), Collections.min(ratios),
        Collections.max(ratios), throughput ? " (throughput: above 1 is faster)" : " (time: below 1 is faster)");
  }
}
