package nl.passend.benchmarks;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityPolicy;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.formats.PolicyCodec;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Eligibility on 10,000 seeded assessments: Passend's vo-31-02 PrO and LWOO and po-22-01 ZML
 * schemes (each result with its explanation: every rule evaluated, the missing facts), against the
 * same PrO and LWOO rules as DMN decision tables run by the Camunda DMN engine. Before anything is
 * timed, both must give the same outcome on every assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EligibilityBenchmark {
  private List<Assessment> assessments;
  private VariableMap[] variables;
  private EligibilityPolicy vo3102;
  private EligibilityPolicy po2201;
  private DmnEngine dmn;
  private DmnDecision dmnPro;
  private DmnDecision dmnLwoo;

  /** The DMN tables' input names of the learning domains: the DLE as {@code x}, the DL as {@code xDl}. */
  private static final java.util.Map<String, LearningDomain> DMN_DOMAINS = java.util.Map.of("technicalReading", LearningDomain.TECHNICAL_READING,
      "readingComprehension", LearningDomain.READING_COMPREHENSION, "spelling", LearningDomain.SPELLING, "arithmetic", LearningDomain.ARITHMETIC);

  @Setup
  public void setUp() {
    assessments = Assessments.generate(20_251_123L);
    vo3102 = PolicyCodec.builtIn(PolicyId.of("vo-31-02")).orElseThrow().eligibility();
    po2201 = PolicyCodec.builtIn(PolicyId.of("po-22-01")).orElseThrow().eligibility();
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    dmnPro = parse("/dmn/vo-31-02-pro.dmn", "pro");
    dmnLwoo = parse("/dmn/vo-31-02-lwoo.dmn", "lwoo");
    variables = new VariableMap[assessments.size()];
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      variables[i] = Variables.createVariables();
      for (java.util.Map.Entry<String, LearningDomain> d : DMN_DOMAINS.entrySet()) {
        variables[i].putValue(d.getKey(), a.domains().get(d.getValue()).dle()).putValue(d.getKey() + "Dl", a.domains().get(d.getValue()).dl());
      }
      variables[i].putValue("iq", a.iq().orElseThrow());
    }
    int[] eligible = new int[2];
    for (int i = 0; i < assessments.size(); i++) {
      same(Scheme.PRO, i, dmnPro);
      same(Scheme.LWOO, i, dmnLwoo);
      eligible[0] += vo3102.evaluate(Scheme.PRO, assessments.get(i)).orElseThrow().outcome() == Outcome.ELIGIBLE ? 1 : 0;
      eligible[1] += vo3102.evaluate(Scheme.LWOO, assessments.get(i)).orElseThrow().outcome() == Outcome.ELIGIBLE ? 1 : 0;
    }
    System.out.printf("%n[check] Passend and Camunda DMN agree on all %d assessments for PrO (%d eligible) and LWOO (%d eligible)%n",
        assessments.size(), eligible[0], eligible[1]);
  }

  private void same(Scheme scheme, int i, DmnDecision decision) {
    EligibilityResult passend = vo3102.evaluate(scheme, assessments.get(i)).orElseThrow();
    String peer = dmn.evaluateDecisionTable(decision, variables[i]).getSingleResult().getSingleEntry();
    if (!passend.outcome().name().equals(peer)) {
      throw new IllegalStateException(scheme + " differs on assessment " + i + ": Passend " + passend.outcome() + ", DMN " + peer);
    }
    if (passend.rules().isEmpty()) {
      throw new IllegalStateException("Passend built no explanation");
    }
  }

  private DmnDecision parse(String resource, String id) {
    try (InputStream in = EligibilityBenchmark.class.getResourceAsStream(resource)) {
      return dmn.parseDecision(id, in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  @Benchmark
  @OperationsPerInvocation(Assessments.COUNT)
  public void passendPro(Blackhole bh) {
    evaluateAll(vo3102, Scheme.PRO, bh);
  }

  @Benchmark
  @OperationsPerInvocation(Assessments.COUNT)
  public void passendLwoo(Blackhole bh) {
    evaluateAll(vo3102, Scheme.LWOO, bh);
  }

  @Benchmark
  @OperationsPerInvocation(Assessments.COUNT)
  public void passendZml(Blackhole bh) {
    evaluateAll(po2201, Scheme.ZML, bh);
  }

  @Benchmark
  @OperationsPerInvocation(Assessments.COUNT)
  public void dmnPro(Blackhole bh) {
    evaluateAll(dmnPro, bh);
  }

  @Benchmark
  @OperationsPerInvocation(Assessments.COUNT)
  public void dmnLwoo(Blackhole bh) {
    evaluateAll(dmnLwoo, bh);
  }

  private void evaluateAll(EligibilityPolicy policy, Scheme scheme, Blackhole bh) {
    for (Assessment a : assessments) {
      bh.consume(policy.evaluate(scheme, a));
    }
  }

  private void evaluateAll(DmnDecision decision, Blackhole bh) {
    for (VariableMap v : variables) {
      bh.consume(dmn.evaluateDecisionTable(decision, v).getSingleResult().getSingleEntry());
    }
  }
}
