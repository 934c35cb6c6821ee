package nl.passend.bootstrap;

import nl.passend.formats.PolicyCodec;
import nl.passend.formats.StrictJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.passend.domain.policy.SeedPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's start-up configuration: the embedded H2 default, custom policies, tokens files. */
class ServerConfigurationTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    Map<String, String> env = TestDatabases.serverEnv();
    env.remove("PASSEND_DEMO");
    return env;
  }

  @Test
  void theEmbeddedH2DatabaseKeepsWhatWasWrittenAcrossARestart() {
    Map<String, String> env = env();
    // The default URL is ./data/passend; the test points the same H2 file adapter at a temporary folder.
    env.put("PASSEND_DB_URL", "jdbc:h2:file:" + dir.resolve("passend").toAbsolutePath());
    env.put("PASSEND_DEMO", "true");
    String location;
    try (PassendServer first = PassendServer.create(env).start()) {
      Client client = new Client(first.port());
      Client.Reply submitted = client.post("demo-school", "/api/v1/applications", """
          {"policyId": "po-22-01", "partnershipId": "po-22-01", "studentId": "demo-0009", "applyingSchoolBrin": "99PE00",
           "schoolType": "SBO", "receivedOn": "2025-09-15"}""");
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
      location = submitted.header("Location");
    }
    try (PassendServer second = PassendServer.create(env).start()) {
      Client client = new Client(second.port());
      Client.Reply read = client.get("demo-school", location);
      assertThat(read.status()).as(read.body()).isEqualTo(200);
      assertThat(read.json().get("state").asText()).isEqualTo("SUBMITTED");
      // Demo data is seeded once: the second start finds it and adds nothing twice.
      assertThat(client.get("demo-admin", "/api/v1/schools").json().findValuesAsText("brin")).containsOnlyOnce("99PE00");
    }
  }

  @Test
  void customPoliciesAreLoadedAndListedBesideTheBuiltIns() throws IOException {
    ObjectNode doc = (ObjectNode) StrictJson.mapper().valueToTree(PolicyCodec.document(SeedPolicies.find(SeedPolicies.PO_22_01).orElseThrow()));
    doc.put("id", "swv-example-po");
    doc.put("name", "Example partnership PO");
    Path policies = Files.createDirectory(dir.resolve("policies"));
    Files.writeString(policies.resolve("example.json"), doc.toPrettyString(), StandardCharsets.UTF_8);
    Map<String, String> env = env();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_DEMO", "true");
    env.put("PASSEND_POLICY_DIR", policies.toString());
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      assertThat(client.get("demo-school", "/api/v1/policies").json().findValuesAsText("id")).contains("swv-example-po", "po-22-01");
      Client.Reply deadlines = client.post("demo-school", "/api/v1/policies/swv-example-po/deadlines",
          "{\"procedure\": \"ADMISSIBILITY_DECISION\", \"receivedOn\": \"2025-03-03\"}");
      assertThat(deadlines.json().get("decideBy").asText()).isEqualTo("2025-03-31");
      assertThat(client.get("demo-school", "/api/v1/policies/swv-example-po").json().get("name").asText()).isEqualTo("Example partnership PO");
    }
  }

  @Test
  void aBadPolicyDocumentStopsTheStartNamingTheFileAndTheField() throws IOException {
    ObjectNode doc = (ObjectNode) StrictJson.mapper().valueToTree(PolicyCodec.document(SeedPolicies.find(SeedPolicies.PO_22_01).orElseThrow()));
    doc.put("id", "swv-broken");
    doc.put("sector", "HBO");
    Path policies = Files.createDirectory(dir.resolve("broken"));
    Files.writeString(policies.resolve("broken.json"), doc.toString(), StandardCharsets.UTF_8);
    Map<String, String> env = env();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_POLICY_DIR", policies.toString());
    assertThatThrownBy(() -> PassendServer.create(env)).hasMessageContaining("broken.json").hasMessageContaining("sector");

    Files.writeString(policies.resolve("broken.json"), "{\"id\": \"po-22-01\"", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PassendServer.create(env)).hasMessageContaining("broken.json").hasMessageContaining("body");

    ObjectNode clash = (ObjectNode) StrictJson.mapper().valueToTree(PolicyCodec.document(SeedPolicies.find(SeedPolicies.PO_22_01).orElseThrow()));
    Files.writeString(policies.resolve("broken.json"), clash.toString(), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PassendServer.create(env)).hasMessageContaining("broken.json").hasMessageContaining("field id");
  }

  @Test
  void aTokensFileMapsTokensToActors() throws IOException {
    Path tokens = dir.resolve("tokens.csv");
    Files.writeString(tokens, "# token,role,scopeType,scopeId[,affiliatedSchool]\nsecret-staff-token,PARTNERSHIP_STAFF,PARTNERSHIP,po-22-01\n");
    Map<String, String> env = env();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_DEMO", "false");
    env.put("PASSEND_TOKENS_FILE", tokens.toString());
    try (PassendServer server = PassendServer.create(env).start()) {
      Client client = new Client(server.port());
      assertThat(client.get("secret-staff-token", "/api/v1/policies").status()).isEqualTo(200);
      assertThat(client.get("demo-admin", "/api/v1/policies").status()).isEqualTo(401);
    }
  }

  @Test
  void aBadSettingStopsTheStartNamingIt() {
    Map<String, String> env = env();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_PORT", "eighty");
    assertThatThrownBy(() -> PassendServer.create(env)).hasMessageContaining("PASSEND_PORT");
  }
}
