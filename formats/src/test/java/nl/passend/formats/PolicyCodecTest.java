package nl.passend.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.passend.domain.eligibility.EligibilityScheme;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.policy.SeedPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCodecTest {
  @TempDir
  Path dir;

  /**
   * The shipped documents are the seeds' rules: each reads to the policy that the domain's tests check
   * rule by rule (the hand-built {@link SeedPolicies} fixture), every component equal and every
   * eligibility scheme with the same definition and description.
   */
  @Test
  void theBuiltInDocumentsAreTheSeedPoliciesTheDomainTestsCheck() {
    List<PartnershipPolicy> shipped = PolicyCodec.builtIns();
    assertThat(shipped).extracting(PartnershipPolicy::id).containsExactlyElementsOf(SeedPolicies.all().stream().map(PartnershipPolicy::id).toList());
    for (PartnershipPolicy seed : SeedPolicies.all()) {
      PartnershipPolicy read = PolicyCodec.builtIn(seed.id()).orElseThrow();
      assertThat(read).usingRecursiveComparison().ignoringFields("eligibility").isEqualTo(seed);
      assertThat(read.eligibility().versions().keySet()).isEqualTo(seed.eligibility().versions().keySet());
      seed.eligibility().versions().forEach((scheme, versions) -> {
        List<EligibilityScheme> other = read.eligibility().versions().get(scheme);
        assertThat(other).hasSameSizeAs(versions);
        for (int i = 0; i < versions.size(); i++) {
          assertThat(other.get(i).definition()).as("%s %s #%d", seed.id(), scheme, i).isEqualTo(versions.get(i).definition());
          assertThat(other.get(i).description()).isEqualTo(versions.get(i).description());
        }
      });
    }
  }

  @Test
  void aPolicyWrittenAsADocumentReadsBackTheSame() {
    for (PartnershipPolicy seed : SeedPolicies.all()) {
      byte[] document = PolicyCodec.write(seed);
      assertThat(new String(PolicyCodec.write(PolicyCodec.read(document, "x.json")), StandardCharsets.UTF_8))
          .isEqualTo(new String(document, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aBadDocumentNamesTheDocumentAndTheField() throws IOException {
    ObjectNode doc = seedDocument("po-22-01");
    doc.put("sector", "HBO");
    assertThatThrownBy(() -> PolicyCodec.read(bytes(doc), "broken.json")).isInstanceOfSatisfying(PolicyDocumentException.class, e -> {
      assertThat(e.document()).isEqualTo("broken.json");
      assertThat(e.field()).isEqualTo("sector");
      assertThat(e.getMessage()).startsWith("policy document broken.json: field sector: has the wrong format or an unknown value; allowed: PO, VO");
    });

    ObjectNode unknown = seedDocument("po-22-01");
    ((ObjectNode) unknown.get("deadlines")).put("decisionWeekz", 6);
    assertThatThrownBy(() -> PolicyCodec.read(bytes(unknown), "u.json")).hasMessage("policy document u.json: field deadlines.decisionWeekz: is not a known field");

    ObjectNode badScheme = seedDocument("vo-31-02");
    ((ObjectNode) ((ArrayNode) badScheme.get("eligibility")).get(1)).put("scheme", "NOPE");
    assertThatThrownBy(() -> PolicyCodec.read(bytes(badScheme), "s.json")).hasMessageContaining("field eligibility[1].scheme");

    ObjectNode badMoney = seedDocument("po-22-01");
    ((ObjectNode) badMoney.get("supportRates")).put("lightPersonnel", "veel");
    assertThatThrownBy(() -> PolicyCodec.read(bytes(badMoney), "m.json")).hasMessageContaining("field supportRates.lightPersonnel");

    assertThatThrownBy(() -> PolicyCodec.read("{\"id\": \"po-x\"".getBytes(StandardCharsets.UTF_8), "cut.json"))
        .hasMessage("policy document cut.json: field body: is not valid JSON");
    assertThatThrownBy(() -> PolicyCodec.read("{\"id\": \"po-x\", \"name\": \"X\"}".getBytes(StandardCharsets.UTF_8), "nosector.json"))
        .hasMessageContaining("field sector");
  }

  /** A bad scheme is named by its path in the document, down to the parameter (R-CRI-*: the schemes' parameters are policy data). */
  @Test
  void aBadSchemeIsNamedByItsPathDownToTheParameter() {
    assertSchemeError("vo-31-02", 1, s -> s.put("scheme", "ZML"), "eligibility[1].scheme", "LWOO_NATIONAL implements scheme LWOO, not ZML");
    assertSchemeError("vo-31-02", 1, s -> s.put("kind", "NOPE"), "eligibility[1].kind", "'NOPE' is not a kind of scheme; allowed: SBO_GUIDELINES");
    assertSchemeError("vo-31-02", 1, s -> s.remove("kind"), "eligibility[1].kind", "is required");
    assertSchemeError("vo-31-02", 2, s -> delays(s).remove("low"), "eligibility[2].parameters.delays.low", "is required");
    assertSchemeError("vo-31-02", 2, s -> delays(s).put("low", 60), "eligibility[2].parameters.delays", "lower bound 60 exceeds upper bound 50");
    assertSchemeError("vo-31-02", 2, s -> delays(s).put("minDomains", 5), "eligibility[2].parameters.delays.minDomains", "must be 1 to 4");
    assertSchemeError("vo-31-02", 0, s -> delays(s).put("keyDomainRequired", "no"), "eligibility[0].parameters.delays.keyDomainRequired",
        "has the wrong type");
    assertSchemeError("vo-31-02", 0, s -> ((ObjectNode) s.get("parameters").get("iqBand")).put("min", "55"), "eligibility[0].parameters.iqBand.min",
        "has the wrong type");
    assertSchemeError("vo-31-02", 0, s -> ((ObjectNode) s.get("parameters").get("iqBand")).put("min", 81), "eligibility[0].parameters.iqBand",
        "lower bound 81 exceeds upper bound 80");
    assertSchemeError("vo-31-02", 0, s -> ((ObjectNode) s.get("parameters")).put("iqBandz", 1), "eligibility[0].parameters.iqBandz",
        "is not a known field");
    assertSchemeError("vo-31-02", 1, s -> ((ObjectNode) s.get("parameters")).remove("lower"), "eligibility[1].parameters.lower", "is required");
    assertSchemeError("vo-31-02", 3, s -> ((ObjectNode) s.get("parameters")).put("fundingCategory", "HUGE"),
        "eligibility[3].parameters.fundingCategory", "allowed: LOW, MEDIUM, HIGH");
    assertSchemeError("po-22-01", 1, s -> ((ObjectNode) s.get("parameters")).put("youngerThan", 30), "eligibility[1].parameters.youngerThan",
        "must be 4 to 20 years");
    assertSchemeError("po-22-01", 1, s -> ((ObjectNode) s.get("parameters")).put("iqBelow", 3_000_000_000L), "eligibility[1].parameters.iqBelow", "out of range");
    assertSchemeError("po-22-01", 1, s -> s.put("scheme", "LZ"), "eligibility[1].scheme", "not LZ");
    assertSchemeError("po-22-01", 0, s -> s.remove("parameters"), "eligibility[0].parameters.exclusionIqBelow", "is required");
    assertSchemeError("vo-zo-drenthe", 2, s -> ((ObjectNode) s.get("parameters")).putArray("weighed").add("nope"), "eligibility[2].parameters.weighed",
        "'nope' is not a finding");
    assertSchemeError("vo-zo-drenthe", 2, s -> ((ObjectNode) s.get("parameters")).put("weighsIqAndDelays", "yes"),
        "eligibility[2].parameters.weighsIqAndDelays", "has the wrong type");
    // The kind is read whatever its case.
    ObjectNode lower = seedDocument("vo-31-02");
    scheme(lower, 1).put("kind", "lwoo_national");
    assertThat(PolicyCodec.read(bytes(lower), "l.json").eligibility().versions().get(nl.passend.domain.eligibility.Scheme.LWOO).get(0).definition())
        .isEqualTo(PolicyCodec.builtIn(PolicyId.of("vo-31-02")).orElseThrow().eligibility().versions().get(nl.passend.domain.eligibility.Scheme.LWOO).get(0)
            .definition());
  }

  private static void assertSchemeError(String seed, int index, java.util.function.Consumer<ObjectNode> change, String field, String reason) {
    ObjectNode doc = seedDocument(seed);
    change.accept(scheme(doc, index));
    assertThatThrownBy(() -> PolicyCodec.read(bytes(doc), "s.json")).as(field + " " + reason).isInstanceOfSatisfying(PolicyDocumentException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(reason);
    });
  }

  private static ObjectNode scheme(ObjectNode doc, int index) {
    return (ObjectNode) ((ArrayNode) doc.get("eligibility")).get(index);
  }

  private static ObjectNode delays(ObjectNode scheme) {
    return (ObjectNode) scheme.get("parameters").get("delays");
  }

  @Test
  void aDocumentNeedsOnlyIdNameAndSectorAndTakesTheNationalRulesForTheRest() {
    PartnershipPolicy minimal = PolicyCodec.read("{\"id\": \"po-99-01\", \"name\": \"Voorbeeld\", \"sector\": \"PO\"}".getBytes(StandardCharsets.UTF_8), "m.json");
    assertThat(minimal.id()).isEqualTo(PolicyId.of("po-99-01"));
    assertThat(minimal.sector()).isEqualTo(Sector.PO);
    assertThat(minimal.participationDenominator()).containsExactly(SchoolType.BO, SchoolType.SBO);
    assertThat(minimal.deadlines()).isEqualTo(PartnershipPolicy.builder().id(PolicyId.of("x")).name("x").sector(Sector.PO)
        .addParticipationDenominator(SchoolType.BO).build().deadlines());
  }

  @Test
  void aFolderIsReadInFileNameOrderAndTwoDocumentsMayNotShareAnId() throws IOException {
    ObjectNode b = seedDocument("po-22-01");
    b.put("id", "po-b");
    ObjectNode a = seedDocument("vo-31-02");
    a.put("id", "vo-a");
    Files.write(dir.resolve("2-b.json"), bytes(b));
    Files.write(dir.resolve("1-a.json"), bytes(a));
    Files.writeString(dir.resolve("notes.txt"), "not a policy");
    assertThat(PolicyCodec.readFolder(dir).keySet()).containsExactly("1-a.json", "2-b.json");
    assertThat(PolicyCodec.readFolder(dir).values()).extracting(p -> p.id().value()).containsExactly("vo-a", "po-b");

    Files.write(dir.resolve("3-again.json"), bytes(a));
    assertThatThrownBy(() -> PolicyCodec.readFolder(dir)).hasMessage("policy document 3-again.json: field id: policy vo-a is also defined by 1-a.json");
  }

  private static ObjectNode seedDocument(String id) {
    return (ObjectNode) StrictJson.mapper().valueToTree(PolicyCodec.document(SeedPolicies.find(PolicyId.of(id)).orElseThrow()));
  }

  private static byte[] bytes(ObjectNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
